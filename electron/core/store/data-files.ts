import { readdirSync, rmdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileWrite } from './change-journal.ts';
import { type FolderStamps, folderStamps, type Stamp, stampOf } from './open-catalog.ts';
import { isDataFile, layout } from './project-layout.ts';

/** A project file as a backup sees it: its path relative to the project, and its stamp. */
export interface DataFile {
  rel: string;
  stamp: Stamp;
}

/**
 * Every file of the project's data (isDataFile), with its stamp. Document
 * folders the store has stamped are not read again: one listing of the
 * documents folder, then only the folders it knows nothing of.
 */
export function listDataFiles(dir: string, known: ReadonlyMap<string, FolderStamps>): DataFile[] {
  const files: DataFile[] = [];
  for (const name of safeList(dir)) {
    if (!isDataFile(name)) continue;
    const stamp = stampOf(join(dir, name));
    if (stamp) files.push({ rel: name, stamp });
  }
  // Only documents that were curated have a file here: one listing, a stamp each.
  for (const name of safeList(layout.curationDir(dir))) {
    const rel = `curation/${name}`;
    if (!isDataFile(rel)) continue;
    const stamp = stampOf(join(dir, rel));
    if (stamp) files.push({ rel, stamp });
  }
  const documents = layout.documentsDir(dir);
  for (const id of safeList(documents)) {
    if (id.startsWith('.')) continue;
    const stamps = known.get(id) ?? folderStamps(join(documents, id));
    for (const [name, stamp] of stamps?.files ?? []) {
      const rel = `documents/${id}/${name}`;
      if (isDataFile(rel)) files.push({ rel, stamp });
    }
  }
  return files;
}

/** Makes the folders new files go into (a restored document's folder may be gone). */
export async function makeFoldersFor(writes: readonly FileWrite[]): Promise<void> {
  const folders = new Set(writes.filter((w) => w.data !== null).map((w) => dirname(w.path)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
}

/** Removes document folders a change left empty, so the next open does not take them for broken documents. */
export function removeEmptyFolders(dir: string, writes: readonly FileWrite[]): void {
  const documents = layout.documentsDir(dir);
  for (const folder of new Set(writes.filter((w) => w.data === null).map((w) => dirname(w.path)))) {
    if (dirname(folder) !== documents) continue;
    try {
      rmdirSync(folder); // only when empty
    } catch {
      // Not empty, or already gone.
    }
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
