import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupService } from '../electron/core/backups/backup-service.ts';
import { backupLayout } from '../electron/core/backups/backup-layout.ts';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { annotationEdit } from '../electron/core/store/record-edit.ts';
import { corpus, writeProject } from './generate-project.ts';
import { median, percentile, report } from './measure.ts';

const coder = { id: 'bench-coder', name: 'Bench' };
const MB = 1024 * 1024;

/** Bytes of every file below a folder. */
function diskUsage(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    bytes += entry.isDirectory() ? diskUsage(path) : statSync(path).size;
  }
  return bytes;
}

/** One annotation's memo changed, through the store as the core does it; returns how long the save took. */
async function saveOne(store: ProjectStore, i: number): Promise<number> {
  const docs = store.listDocumentInfos();
  const doc = docs[(i * 7919) % docs.length];
  const annotation = doc && store.annotations(doc.id)[0];
  if (!annotation) return 0;
  const started = performance.now();
  await store.commit(annotationEdit([{ ...annotation, note: `note ${i}` }]));
  return performance.now() - started;
}

/**
 * Backups of a 10,000-document project: the first one (every file read),
 * the saves made while it runs, the next one (only what changed), and a
 * day of work with a backup every ten minutes against the size cap.
 */
export async function backupBench(root: string): Promise<void> {
  const dir = join(root, 'backups');
  writeProject(dir, corpus(10_000, 5_000, 5));
  let clock = Date.parse('2026-12-01T08:00:00Z');
  const store = await ProjectStore.open(dir, { coder });
  const backups = new BackupService(store, { now: () => clock });
  try {
    const started = performance.now();
    const first = backups.take('open');
    // Saves go on meanwhile: each waits only for its own files, never for the backup.
    const saves: number[] = [];
    let running = true;
    void first.finally(() => {
      running = false;
    });
    for (let i = 0; running; i++) {
      saves.push(await saveOne(store, i));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const info = await first;
    const firstMs = performance.now() - started;
    report(
      'first backup of 10,000 documents (every file read)',
      firstMs / 1000,
      's',
      5,
      `(${(info.projectBytes / MB).toFixed(0)} MB in ${info.files} files)`,
    );
    report(
      'saves while that backup ran (95th percentile)',
      percentile(saves, 95),
      'ms',
      50,
      `(${saves.length} saves, median ${median(saves).toFixed(1)} ms, longest ${Math.max(...saves).toFixed(0)} ms)`,
    );

    for (let i = 0; i < 20; i++) await saveOne(store, 1000 + i);
    const next = performance.now();
    await backups.take('interval');
    report('next backup, 20 annotation changes later', performance.now() - next, 'ms', 1000);

    // A day of work: twenty changes between backups, one every ten minutes for ten hours, three days running.
    const cap = Math.ceil((info.projectBytes * 2.5) / MB) * MB;
    await backups.setSettings({ capBytes: cap, intervalMinutes: 10 });
    let most = 0;
    for (let day = 0; day < 3; day++) {
      for (let slot = 0; slot < 60; slot++) {
        for (let i = 0; i < 20; i++) await saveOne(store, day * 10_000 + slot * 20 + i);
        clock += 10 * 60_000;
        await backups.take('interval');
        most = Math.max(most, diskUsage(backupLayout.root(dir)));
      }
      clock += 14 * 3_600_000;
    }
    const kept = (await backups.list()).backups.length;
    report(
      'backups of three days of changes, most space taken on disk',
      most / MB,
      'MB',
      cap / MB,
      `(cap ${(cap / MB).toFixed(0)} MB; ${kept} backups kept of 181)`,
    );
  } finally {
    await store.close();
  }
}
