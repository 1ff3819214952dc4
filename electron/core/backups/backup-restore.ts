import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { SetAsideContent, SetAsideFile } from '../../../shared/backups/backup-info.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { FileWrite } from '../store/change-journal.ts';
import { layout } from '../store/project-layout.ts';
import { backupLayout, type Manifest } from './backup-layout.ts';
import type { BackupService } from './backup-service.ts';
import { message } from '../../../shared/i18n/message.ts';

/**
 * The files that make the project what `target` holds, given what it holds
 * now (`current`, the backup taken just before): every file whose content
 * differs, and the removal of every file the target did not have.
 */
export async function restoreWrites(backups: BackupService, target: Manifest, current: Manifest): Promise<FileWrite[]> {
  const now = new Map(current.files.map(([rel, hash]) => [rel, hash]));
  const changed = target.files.filter(([rel, hash]) => now.get(rel) !== hash);
  // Every content is read (and checked) before anything is written.
  const contents = await readBackedUp(
    backups,
    changed.map(([, hash]) => hash),
  );
  const wanted = new Set(target.files.map(([rel]) => rel));
  return [
    ...changed.map(([rel, hash]) => ({
      path: join(backups.dir, rel),
      data: (contents.get(hash) as Buffer).toString('utf8'),
    })),
    ...current.files.filter(([rel]) => !wanted.has(rel)).map(([rel]) => ({ path: join(backups.dir, rel), data: null })),
  ];
}

const SET_ASIDE = /^(.+)\.damaged-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(\.json)$/;

/** The damaged files set aside in the project folder, newest first, each with the backup that can restore it. */
export async function listSetAside(backups: BackupService): Promise<SetAsideFile[]> {
  const dir = backups.dir;
  const found: Array<{ rel: string; original: string; at: string }> = [];
  const look = (folder: string, prefix: string) => {
    for (const name of safeList(join(dir, folder))) {
      const m = SET_ASIDE.exec(name);
      if (m) found.push({ rel: `${prefix}${name}`, original: `${prefix}${m[1]}${m[3]}`, at: isoOf(m[2] as string) });
    }
  };
  look('', '');
  look('curation', 'curation/');
  for (const id of safeList(layout.documentsDir(dir)))
    if (!id.startsWith('.')) look(`documents/${id}`, `documents/${id}/`);
  const { backups: list } = await backups.list();
  return found
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map(({ rel, original, at }) => {
      const from = list.find((b) => b.created < at && backups.manifest(b.id).files.some(([r]) => r === original));
      return {
        path: rel,
        original,
        setAside: at,
        bytes: statSync(join(dir, rel)).size,
        restorableFrom: from ? { backupId: from.id, created: from.created } : null,
        replacesCurrent: existsSync(join(dir, original)),
      };
    });
}

/** The beginning of a set-aside file, as text, for a look before restoring. */
export async function inspectSetAside(
  backups: BackupService,
  path: string,
  limit = 64 * 1024,
): Promise<SetAsideContent> {
  const file = await setAsideFile(backups, path);
  const bytes = readFileSync(join(backups.dir, file.path));
  return {
    path: file.path,
    bytes: bytes.length,
    text: bytes.subarray(0, limit).toString('utf8'),
    truncated: bytes.length > limit,
  };
}

/** A listed set-aside file (never any other path: the name comes from the window). */
export async function setAsideFile(backups: BackupService, path: string): Promise<SetAsideFile> {
  const file = (await listSetAside(backups)).find((f) => f.path === path);
  if (!file) throw new ApiError('not-found', message('errors:noSetAsideFile', { path }));
  return file;
}

/** The write that puts a set-aside file's last backed-up version back in its place. */
export async function setAsideWrite(backups: BackupService, file: SetAsideFile): Promise<FileWrite> {
  if (!file.restorableFrom) {
    throw new ApiError('not-found', message('errors:noEarlierVersion', { file: file.original }));
  }
  const entry = backups.manifest(file.restorableFrom.backupId).files.find(([rel]) => rel === file.original);
  const hash = (entry as Manifest['files'][number])[1];
  const content = (await readBackedUp(backups, [hash])).get(hash) as Buffer;
  return { path: join(backups.dir, file.original), data: content.toString('utf8') };
}

/** Moves a set-aside file into the backups folder once a version of it is restored: kept, but no longer listed. */
export async function keepSetAside(dir: string, file: SetAsideFile): Promise<void> {
  const folder = backupLayout.setAside(dir);
  await mkdir(folder, { recursive: true });
  await rename(join(dir, file.path), join(folder, file.path.replaceAll('/', '__')));
}

function isoOf(stamp: string): string {
  const [date, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * The backed-up contents, each checked against its hash; a backup whose
 * files are missing or damaged is refused as such (an `io` refusal the user
 * can act on: choose another backup), with nothing written.
 */
async function readBackedUp(backups: BackupService, hashes: string[]): Promise<Map<string, Buffer>> {
  try {
    return await backups.contents(hashes);
  } catch (error) {
    throw new ApiError('io', message('errors:backupDamaged', { reason: (error as Error).message }));
  }
}
