import type { FileHandle } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { EntryRecord } from './zip-entry-table.ts';
import { type FileWindow, readAt } from './zip-file-window.ts';
import { dataStart } from './zip-local-header.ts';
import { refusal, shownName } from './zip-refusal.ts';

const piece = 64 * 1024;
/** Entries up to this size (both ways) are inflated in one step from the file window; larger ones stream. */
const smallEntry = 1024 * 1024;

/**
 * The entry's bytes, checked: the output may never pass the declared size
 * (a bomb that understates it stops at once), must reach it, and must match
 * the declared CRC-32. Memory: the declared size (already under the caps
 * and the caller's limit) and one piece.
 */
export async function readEntryData(
  file: FileHandle,
  window: FileWindow,
  entry: EntryRecord,
  directoryAt: number,
): Promise<Buffer> {
  const shown = { name: shownName(entry.name) };
  const start = await dataStart(window, entry, directoryAt);
  const out =
    entry.size <= smallEntry && entry.compressedSize <= smallEntry
      ? await inflateSmall(window, entry, start)
      : await inflateStreamed(file, entry, start);
  if (out.length !== entry.size) throw refusal('sizeMismatch', shown);
  if (crc32(out) !== entry.crc32 >>> 0) throw refusal('crcMismatch', shown);
  return out;
}

async function inflateSmall(window: FileWindow, entry: EntryRecord, start: number): Promise<Buffer> {
  const shown = { name: shownName(entry.name) };
  const stored = await window.bytes(start, entry.compressedSize);
  if (!stored) throw refusal('entryOutOfBounds', shown);
  // A copy: the window's buffer must not live on in what is returned.
  if (entry.method === 0) return Buffer.from(stored);
  // Some writers leave an empty file's deflate stream out altogether: nothing to inflate then.
  if (stored.length === 0) {
    if (entry.size === 0) return Buffer.alloc(0);
    throw refusal('corruptData', shown);
  }
  try {
    // One byte past the declared size is enough to know it was understated. One chunk of
    // exactly that size: zlib's default 16 KB chunk would stay alive behind every small entry.
    const out = inflateRawSync(stored, { maxOutputLength: entry.size + 1, chunkSize: Math.max(64, entry.size + 1) });
    if (out.length > entry.size) throw refusal('understatedSize', shown);
    return out;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw refusal('understatedSize', shown);
    throw refusal('corruptData', shown);
  }
}

/**
 * A large entry, inflated as it is read with a running count, so an
 * understated size stops the inflation one piece past it.
 */
async function inflateStreamed(file: FileHandle, entry: EntryRecord, start: number): Promise<Buffer> {
  const shown = { name: shownName(entry.name) };
  // Unfilled bytes are never handed out: the entry is refused unless every byte of it was written.
  const out = Buffer.allocUnsafe(entry.size);
  let written = 0;
  const raw = Readable.from(pieces(file, start, entry.compressedSize, entry.name), { objectMode: false });
  const source = entry.method === 8 ? pipeline(raw, createInflateRaw({ chunkSize: piece }), () => {}) : raw;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (written + chunk.length > entry.size) throw refusal('understatedSize', shown);
      chunk.copy(out, written);
      written += chunk.length;
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (isZlibError(error)) throw refusal('corruptData', shown);
    throw error;
  } finally {
    raw.destroy();
  }
  return written === entry.size ? out : out.subarray(0, written);
}

/**
 * The stored bytes, a piece at a time, read by position: the archive's file
 * handle stays open for the next entry (a file stream would close it when
 * destroyed).
 */
async function* pieces(file: FileHandle, start: number, length: number, name: string): AsyncGenerator<Buffer> {
  for (let at = start; at < start + length; ) {
    const want = Math.min(piece, start + length - at);
    const bytes = await readAt(file, at, want);
    if (bytes.length < want) throw refusal('entryOutOfBounds', { name: shownName(name) });
    yield bytes;
    at += want;
  }
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'EIO';
}
