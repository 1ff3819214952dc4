import { closeSync, lstatSync, openSync, readFileSync, readdirSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentFacets, DocumentInfo } from '../../../shared/model/document.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { tempFileFor } from '../fs/durable-write.ts';

/**
 * A file's identity as the file system sees it: modification time, size,
 * inode. The same three as git's index uses to tell an unchanged file
 * without reading it. A folder's stamp changes whenever a file in it is
 * created, renamed over or removed — every write Glossator makes.
 */
export type Stamp = [mtimeMs: number, size: number, ino: number];

/** A document folder's stamp and those of every file in it. */
export interface FolderStamps {
  folder: Stamp;
  files: Array<[name: string, stamp: Stamp]>;
}

/** What the catalogue knows of one document folder, with the stamps it was true for. */
export interface CatalogEntry extends FolderStamps {
  id: string;
  info: DocumentInfo;
  legacy: boolean;
  facets: DocumentFacets;
  /** The annotations' ids, so that each can be found before their bodies are parsed. */
  ids: string[];
}

/** An entry as read: the annotations' JSON is kept as bytes until the document needs them. */
export interface CatalogRead extends CatalogEntry {
  annotations: Buffer;
}

/** An entry to write, with its annotations as objects or as the bytes they were read as. */
export interface CatalogWrite extends CatalogEntry {
  annotations: readonly Annotation[] | Buffer;
}

const FORMAT = 'glossator-open-catalog';
const VERSION = 1;

/** Where the catalogue lives: a cache, never part of the project's data (safe to delete; not backed up or synced). */
export const catalogFile = (dir: string) => join(dir, '.cache', 'open-catalog.jsonl');

export function stampOf(path: string): Stamp | null {
  try {
    const s = lstatSync(path);
    return [s.mtimeMs, s.size, s.ino];
  } catch {
    return null;
  }
}

const sameStamp = (a: Stamp | null, b: Stamp) => a !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * True when nothing in the document's folder changed since the entry was
 * written: the folder (no file added, removed or replaced) and every file
 * (no edit in place) have the stamps the entry recorded.
 */
export function entryHolds(documentsDir: string, entry: CatalogEntry): boolean {
  const folder = join(documentsDir, entry.id);
  if (!sameStamp(stampOf(folder), entry.folder)) return false;
  return entry.files.every(([name, stamp]) => sameStamp(stampOf(join(folder, name)), stamp));
}

/** The stamps of a document folder and its files, as they are now. */
export function folderStamps(folder: string, listing?: ReadonlyArray<{ name: string }>): FolderStamps | null {
  const own = stampOf(folder);
  if (!own) return null;
  const files: Array<[string, Stamp]> = [];
  for (const name of listing?.map((e) => e.name) ?? readdirSync(folder)) {
    const stamp = stampOf(join(folder, name));
    if (stamp) files.push([name, stamp]);
  }
  return { folder: own, files };
}

/**
 * Reads the catalogue: a header line, then one line per document — its
 * entry as JSON, a tab (JSON never holds a raw tab), and its annotations as
 * JSON, which is kept as bytes. Anything unexpected — another format, a
 * cut-off line — and it is not used at all: the project is then read file
 * by file, as without one.
 */
export function readCatalog(dir: string): Map<string, CatalogRead> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(catalogFile(dir));
  } catch {
    return null;
  }
  const entries = new Map<string, CatalogRead>();
  try {
    let end = bytes.indexOf(10);
    if (end < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', 0, end)) as Record<string, unknown>;
    if (header.format !== FORMAT || header.version !== VERSION || header.schemaVersion !== SCHEMA_VERSION) return null;
    let start = end + 1;
    while (start < bytes.length) {
      end = bytes.indexOf(10, start);
      const tab = bytes.indexOf(9, start);
      if (end < 0 || tab < 0 || tab > end) return null; // cut off: every line ends with a newline
      const entry = JSON.parse(bytes.toString('utf8', start, tab)) as CatalogRead;
      entry.annotations = bytes.subarray(tab + 1, end);
      entries.set(entry.id, entry);
      start = end + 1;
    }
    return header.documents === entries.size ? entries : null;
  } catch {
    return null;
  }
}

/**
 * Writes the catalogue (a temp file renamed into place). Not flushed: a
 * catalogue lost to a power cut only means the next open reads every file.
 */
export function writeCatalog(dir: string, entries: readonly CatalogWrite[]): void {
  const file = catalogFile(dir);
  const temp = tempFileFor(file);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    const header = { format: FORMAT, version: VERSION, schemaVersion: SCHEMA_VERSION, documents: entries.length };
    let chunk = `${JSON.stringify(header)}\n`;
    for (const { annotations, ...entry } of entries) {
      chunk += `${JSON.stringify(entry)}\t`;
      if (Buffer.isBuffer(annotations)) {
        writeSync(fd, chunk);
        writeSync(fd, annotations);
        chunk = '\n';
      } else chunk += `${JSON.stringify(annotations)}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
