import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type FileHandle, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupCounts, BackupInfo, BackupReason } from '../../../shared/backups/backup-info.ts';
import type { Message } from '../../../shared/i18n/message.ts';
import { tempFileFor } from '../fs/durable-write.ts';
import type { DataFile } from '../store/data-files.ts';
import type { Stamp } from '../store/open-catalog.ts';
import type { ProjectStore } from '../store/project-store.ts';
import {
  BACKUP_FORMAT,
  type BackupSettings,
  BackupSettingsSchema,
  backupLayout,
  type Manifest,
} from './backup-layout.ts';
import { newBackupId, readManifests, removeManifest, type StoredManifest, writeManifest } from './backup-manifests.ts';
import { PackStore, PackWriter, sha256 } from './backup-packs.ts';
import { chooseKept, defaultPolicy, type RotationEntry } from './backup-rotation.ts';

export interface BackupOptions {
  now?: () => number;
  /** Backups an undo step will restore: never rotated away. */
  pinned?: () => ReadonlySet<string>;
}

/** A backup between its start, in order with the changes, and its manifest. */
interface Run {
  id: string;
  created: number;
  reason: BackupReason;
  step: Message | null;
  counts: BackupCounts;
  files: DataFile[];
  hashes: Map<string, string>;
  /** Files whose content is still to be read. */
  pending: Map<string, DataFile>;
  /** Contents kept because a change was about to replace them before they were read. */
  captured: Map<string, Buffer>;
}

/** How long a backup reads before letting saves and the window through. */
const SLICE_MS = 8;
export const defaultSettings: BackupSettings = { capBytes: defaultPolicy.capBytes, intervalMinutes: 10 };

/**
 * Snapshots of one open project (D6). A backup starts at a point in the
 * order of changes (ProjectStore.snapshotFiles) and then reads the files in
 * the background, so saves go on meanwhile; a file a change replaces before
 * it is read is kept first (onBeforeReplace), so the backup holds the
 * project exactly as it was when it started. Files unchanged since the last
 * backup (same stamp) are not read again, and each content is stored once.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly packs: PackStore;
  private stamps = new Map<string, [Stamp, string]>();
  private manifests: Map<string, StoredManifest> | null = null;
  private readonly runs = new Set<Run>();
  private lastStart = 0;
  private failure: { at: string; message: string } | null = null;
  private settingsValue: BackupSettings;
  private readonly now: () => number;

  constructor(
    private readonly store: ProjectStore,
    private readonly options: BackupOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.packs = new PackStore(backupLayout.packs(store.dir));
    this.stamps = readStampCache(store.dir);
    this.settingsValue = readSettings(store.dir);
    store.onBeforeReplace((files) => this.keepBeforeReplace(files));
  }

  get dir(): string {
    return this.store.dir;
  }

  settings(): BackupSettings {
    return { ...this.settingsValue };
  }

  async setSettings(settings: BackupSettings): Promise<void> {
    this.settingsValue = BackupSettingsSchema.parse(settings);
    writeSmallFile(backupLayout.settings(this.dir), JSON.stringify(this.settingsValue));
    await this.enqueue(() => this.rotate());
  }

  lastFailure(): { at: string; message: string } | null {
    return this.failure;
  }

  /**
   * Takes a backup of the project as it is at this point in the order of
   * changes; resolves once it is on disk. A change asked for after this call
   * is not in it, however soon it is written.
   */
  take(reason: BackupReason, step: Message | null = null): Promise<BackupInfo> {
    return this.begin(reason, step).done;
  }

  /** As take, also telling when the backup has its starting point (writes made after that are not in it). */
  begin(reason: BackupReason, step: Message | null = null): { started: Promise<void>; done: Promise<BackupInfo> } {
    this.lastStart = this.now();
    const started = this.store.snapshotFiles((files, counts) => this.start(files, counts, reason, step));
    const done = started.then((run) => this.enqueue(() => this.finish(run)));
    done.catch((error: Error) => {
      this.failure = { at: new Date(this.now()).toISOString(), message: error.message };
    });
    return { started: started.then(() => {}), done };
  }

  /** After a change: a backup when the interval has passed since the last one began. */
  noteChange(): void {
    if (this.now() - this.lastStart < this.settingsValue.intervalMinutes * 60_000) return;
    this.take('interval').catch(() => {});
  }

  /** Every kept backup, newest first. */
  async list(): Promise<{ backups: BackupInfo[]; usedBytes: number }> {
    return this.enqueue(async () => {
      const all = [...this.loaded().values()].sort((a, b) => (a.manifest.id < b.manifest.id ? 1 : -1));
      const holders = new Map<string, number>();
      for (const { manifest } of all) {
        for (const [, hash] of unique(manifest)) holders.set(hash, (holders.get(hash) ?? 0) + 1);
      }
      const backups = all.map(({ manifest, bytes }) => {
        let own = bytes;
        for (const [, hash, size] of unique(manifest)) if (holders.get(hash) === 1) own += size;
        return infoOf(manifest, own);
      });
      return { backups, usedBytes: this.usedBytes() };
    });
  }

  manifest(id: string): Manifest {
    const found = this.loaded().get(id);
    if (!found) throw new Error(`there is no backup ${id}`);
    return found.manifest;
  }

  /** Reads the contents of backed-up files (checked against their hashes). */
  async contents(hashes: readonly string[]): Promise<Map<string, Buffer>> {
    return this.enqueue(async () => {
      const out = new Map<string, Buffer>();
      const handles = new Map<string, FileHandle>();
      try {
        for (const hash of hashes) if (!out.has(hash)) out.set(hash, await this.packs.read(hash, handles));
      } finally {
        for (const h of handles.values()) await h.close();
      }
      return out;
    });
  }

  /** Waits for every backup begun so far. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private start(files: DataFile[], counts: BackupCounts, reason: BackupReason, step: Message | null): Run {
    const created = this.now();
    const run: Run = {
      id: newBackupId(new Date(created)),
      created,
      reason,
      step,
      counts,
      files,
      hashes: new Map(),
      pending: new Map(),
      captured: new Map(),
    };
    for (const f of files) {
      const cached = this.stamps.get(f.rel);
      if (cached && sameStamp(cached[0], f.stamp) && this.packs.has(cached[1])) run.hashes.set(f.rel, cached[1]);
      else run.pending.set(f.rel, f);
    }
    this.runs.add(run);
    return run;
  }

  /** Synchronous, before a change replaces files: what a running backup has not read yet is kept now. */
  private keepBeforeReplace(files: string[]): void {
    for (const run of this.runs) {
      for (const rel of files) {
        if (!run.pending.has(rel) || run.captured.has(rel)) continue;
        try {
          run.captured.set(rel, readFileSync(join(this.dir, rel)));
        } catch {
          // Read again by the backup itself, which then fails with the reason.
        }
      }
    }
  }

  private async finish(run: Run): Promise<BackupInfo> {
    const writer = new PackWriter(backupLayout.packs(this.dir), backupLayout.temp(this.dir));
    try {
      const keep = (rel: string, bytes: Buffer) => {
        const hash = sha256(bytes);
        run.hashes.set(rel, hash);
        if (!this.packs.has(hash)) writer.add(hash, bytes);
      };
      // Read in short synchronous slices: the event loop and the file-system threads stay free for
      // saves, and no change can come between reading a file and noting it read.
      let slice = performance.now();
      for (const f of [...run.pending.values()]) {
        if (!run.captured.has(f.rel)) keep(f.rel, readFileSync(join(this.dir, f.rel)));
        run.pending.delete(f.rel);
        if (performance.now() - slice > SLICE_MS) {
          await writer.flush();
          await nextTurn();
          slice = performance.now();
        }
      }
      for (const [rel, bytes] of run.captured) keep(rel, bytes);
      run.pending.clear();
      const index = await writer.finish();
      if (index) this.packs.add(writer.name, index);
      const manifest: Manifest = {
        format: 'glossator-backup',
        version: BACKUP_FORMAT,
        id: run.id,
        created: new Date(run.created).toISOString(),
        reason: run.reason,
        step: run.step,
        counts: run.counts,
        files: run.files.map((f) => {
          const hash = run.hashes.get(f.rel) as string;
          return [f.rel, hash, f.stamp[1]] as [string, string, number];
        }),
      };
      const stored = await writeManifest(this.dir, manifest);
      this.loaded().set(manifest.id, stored);
      this.stamps = new Map(run.files.map((f) => [f.rel, [f.stamp, run.hashes.get(f.rel) as string]]));
      await nextTurn();
      await writeStampCache(this.dir, this.stamps);
      this.failure = null;
      this.runs.delete(run);
      await nextTurn();
      await this.rotate();
      return infoOf(manifest, stored.bytes);
    } catch (error) {
      this.runs.delete(run);
      await writer.abandon();
      throw new Error(`the backup could not be written (${(error as Error).message})`);
    }
  }

  /** Drops backups the rotation no longer keeps, then the packs no kept backup needs. */
  private async rotate(): Promise<void> {
    const all = this.loaded();
    const entries: RotationEntry[] = [...all.values()].map(({ manifest, bytes }) => ({
      id: manifest.id,
      created: Date.parse(manifest.created),
      manifestSize: bytes,
      objects: unique(manifest).map(([, hash, size]) => ({ hash, size })),
    }));
    const policy = { ...defaultPolicy, capBytes: this.settingsValue.capBytes };
    const kept = chooseKept(entries, policy, this.now(), this.options.pinned?.() ?? new Set());
    for (const id of [...all.keys()]) {
      if (kept.has(id)) continue;
      await removeManifest(this.dir, id);
      all.delete(id);
    }
    const needed = new Set<string>();
    for (const { manifest } of all.values()) for (const [, hash] of manifest.files) needed.add(hash);
    for (const run of this.runs) for (const hash of run.hashes.values()) needed.add(hash);
    for (const pack of this.packs.packs()) {
      if (!this.packs.objectsOf(pack).some(([hash]) => needed.has(hash))) await this.packs.remove(pack);
    }
    await this.repack(needed);
  }

  /** Packs mostly made of objects no backup needs are rewritten with only those still needed. */
  private async repack(needed: ReadonlySet<string>): Promise<void> {
    const sparse = this.packs.packs().filter((pack) => {
      let total = 0;
      let used = 0;
      for (const [hash, size] of this.packs.objectsOf(pack)) {
        total += size;
        if (needed.has(hash)) used += size;
      }
      return total > 64 * 1024 && used < total / 2;
    });
    if (!sparse.length) return;
    const writer = new PackWriter(backupLayout.packs(this.dir), backupLayout.temp(this.dir));
    try {
      for (const pack of sparse) {
        for (const [hash] of this.packs.objectsOf(pack)) {
          if (needed.has(hash) && !writer.has(hash)) writer.add(hash, await this.packs.read(hash));
          await writer.flush();
        }
      }
      const index = await writer.finish();
      for (const pack of sparse) await this.packs.remove(pack);
      if (index) this.packs.add(writer.name, index);
    } catch {
      await writer.abandon();
    }
  }

  private usedBytes(): number {
    let bytes = 0;
    for (const { bytes: b } of this.loaded().values()) bytes += b;
    for (const pack of this.packs.packs()) for (const [, size] of this.packs.objectsOf(pack)) bytes += size;
    return bytes;
  }

  private loaded(): Map<string, StoredManifest> {
    this.manifests ??= readManifests(this.dir);
    return this.manifests;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }
}

function infoOf(manifest: Manifest, ownBytes: number): BackupInfo {
  return {
    id: manifest.id,
    created: manifest.created,
    reason: manifest.reason,
    step: manifest.step,
    counts: manifest.counts,
    projectBytes: manifest.files.reduce((sum, [, , size]) => sum + size, 0),
    ownBytes,
    files: manifest.files.length,
  };
}

/** A manifest's files with each content once. */
function unique(manifest: Manifest): Manifest['files'] {
  const seen = new Set<string>();
  return manifest.files.filter(([, hash]) => {
    if (seen.has(hash)) return false;
    seen.add(hash);
    return true;
  });
}

const sameStamp = (a: Stamp, b: Stamp) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

function readStampCache(dir: string): Map<string, [Stamp, string]> {
  try {
    const entries = JSON.parse(readFileSync(backupLayout.stamps(dir), 'utf8')) as Array<[string, Stamp, string]>;
    return new Map(entries.map(([rel, stamp, hash]) => [rel, [stamp, hash]]));
  } catch {
    return new Map(); // only means every file is read at the next backup
  }
}

async function writeStampCache(dir: string, stamps: Map<string, [Stamp, string]>): Promise<void> {
  const entries = [...stamps].map(([rel, [stamp, hash]]) => [rel, stamp, hash]);
  const path = backupLayout.stamps(dir);
  const temp = tempFileFor(path);
  try {
    await writeFile(temp, JSON.stringify(entries), { mode: 0o600 });
    await rename(temp, path);
  } catch {
    // A cache: losing it costs a slower next backup.
    await rm(temp, { force: true });
  }
}

/** Lets saves and the window through between two pieces of a backup's work. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function readSettings(dir: string): BackupSettings {
  try {
    return BackupSettingsSchema.parse(JSON.parse(readFileSync(backupLayout.settings(dir), 'utf8')));
  } catch {
    return { ...defaultSettings };
  }
}

function writeSmallFile(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempFileFor(path);
  writeFileSync(temp, data, { mode: 0o600 });
  renameSync(temp, path);
}
