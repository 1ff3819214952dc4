import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, tempFileFor, writeTempFile } from '../fs/durable-write.ts';
import { backupLayout, type Manifest, ManifestSchema } from './backup-layout.ts';

/** A manifest as kept in memory, with the bytes it takes on disk. */
export interface StoredManifest {
  manifest: Manifest;
  bytes: number;
}

/**
 * Every readable manifest of a project's backups, by id. One that cannot be
 * read is left out of the list (and never removed: it may be looked at by hand).
 */
export function readManifests(dir: string): Map<string, StoredManifest> {
  const found = new Map<string, StoredManifest>();
  const folder = backupLayout.manifests(dir);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of names) {
    if (!name.endsWith('.json.gz')) continue;
    try {
      const path = join(folder, name);
      const manifest = ManifestSchema.parse(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')));
      if (`${manifest.id}.json.gz` !== name) continue;
      found.set(manifest.id, { manifest, bytes: statSync(path).size });
    } catch {
      // Damaged: not offered for restoring.
    }
  }
  return found;
}

/** Writes a manifest durably: the moment a backup exists. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<StoredManifest> {
  const folder = backupLayout.manifests(dir);
  await mkdir(folder, { recursive: true });
  const target = backupLayout.manifest(dir, manifest.id);
  const temp = tempFileFor(target, backupLayout.temp(dir));
  // Compressed off the main thread: a 10,000-document manifest is a few megabytes of JSON.
  const bytes = await promisify(gzip)(JSON.stringify(manifest));
  await mkdir(backupLayout.temp(dir), { recursive: true });
  await writeTempFile(temp, bytes);
  await rename(temp, target);
  await syncDirectory(folder);
  return { manifest, bytes: bytes.length };
}

export async function removeManifest(dir: string, id: string): Promise<void> {
  await rm(backupLayout.manifest(dir, id), { force: true });
}

/** A backup id that sorts by time: `20261201T230805123Z-1a2b`. */
export function newBackupId(created: Date): string {
  const compact = created.toISOString().replace(/[-:.]/g, '');
  return `${compact}-${Math.random().toString(16).slice(2, 6).padEnd(4, '0')}`;
}
