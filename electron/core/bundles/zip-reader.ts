import { type FileHandle, open, stat } from 'node:fs/promises';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import { type ZipCaps, zipCaps } from './zip-caps.ts';
import { walkDirectory } from './zip-central-directory.ts';
import { errorCode, readEntryData } from './zip-entry-data.ts';
import { findDirectory } from './zip-end-record.ts';
import { FileWindow } from './zip-file-window.ts';
import type { EntryTable } from './zip-entry-table.ts';
import { megabytes, refusal, shownName } from './zip-refusal.ts';

export type { ZipCaps } from './zip-caps.ts';
export { defaultZipCaps } from './zip-caps.ts';

/** A file of the archive as its central directory declares it (folders are not listed). */
export interface ZipEntryInfo {
  readonly name: string;
  /** Uncompressed bytes, as declared; `read` refuses an entry whose data disagrees. */
  readonly size: number;
  readonly compressedSize: number;
}

export interface ZipArchive {
  /** Every file, in the directory's order (a new array each call). */
  entries(): ZipEntryInfo[];
  /** Whether a file of exactly this name is in the archive. */
  has(name: string): boolean;
  /** The file's bytes, checked (size, CRC-32, local header); refused before inflating if it declares more than `maxBytes`. */
  read(name: string, maxBytes?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Opens an untrusted zip for reading. The whole central directory is
 * walked and checked first — names, kinds, encryption, methods, counts,
 * sizes, ratios, duplicates, overlaps — so a hostile archive is refused
 * before a byte of it is inflated, with a `bundleFile:` message that says
 * what is wrong. Nothing is ever written.
 */
export async function openZip(path: string, caps: Partial<ZipCaps> = {}): Promise<ZipArchive> {
  const limits = zipCaps(caps);
  let file: FileHandle;
  try {
    // Not a regular file (a pipe would block the open forever, a device never end): not a bundle.
    if (!(await stat(path)).isFile()) throw refusal('notZip');
    file = await open(path, 'r');
  } catch (error) {
    throw error instanceof ApiError ? error : unreadable(error);
  }
  try {
    const { size } = await file.stat();
    const place = await findDirectory(file, size, limits);
    const table = await walkDirectory(file, place, limits);
    return new OpenZip(file, new FileWindow(file, place.offset), table, place.offset);
  } catch (error) {
    await file.close().catch(() => {});
    throw error instanceof ApiError ? error : unreadable(error);
  }
}

function unreadable(error: unknown): ApiError {
  return new ApiError('io', message('bundleFile:unreadableFile', { code: errorCode(error) }));
}

class OpenZip implements ZipArchive {
  private closed = false;
  constructor(
    private readonly file: FileHandle,
    private readonly window: FileWindow,
    private readonly table: EntryTable,
    private readonly directoryAt: number,
  ) {}

  entries(): ZipEntryInfo[] {
    const out: ZipEntryInfo[] = [];
    for (let i = 0; i < this.table.length; i += 1) {
      if (this.table.isFolder(i)) continue;
      const { name, size, compressedSize } = this.table.at(i);
      out.push(Object.freeze({ name, size, compressedSize }));
    }
    return out;
  }

  has(name: string): boolean {
    return this.table.find(name) !== undefined;
  }

  async read(name: string, maxBytes?: number): Promise<Buffer> {
    if (this.closed) throw new Error('The zip archive was read after it was closed.');
    const entry = this.table.find(name);
    if (!entry) throw refusal('noSuchEntry', { name: shownName(name) });
    if (maxBytes !== undefined && entry.size > maxBytes)
      throw refusal('entryOverLimit', { name: shownName(name), size: megabytes(entry.size), max: megabytes(maxBytes) });
    try {
      return await readEntryData(this.file, this.window, entry, this.directoryAt);
    } catch (error) {
      // The disk failed under the read: not the bundle's fault, and worded as such.
      if (error instanceof ApiError) throw error;
      throw new ApiError('io', message('bundleFile:unreadable', { name: shownName(name), code: errorCode(error) }));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.file.close();
  }
}
