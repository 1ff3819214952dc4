import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import { readAt, readU64 } from './zip-end-record.ts';
import type { EntryRecord } from './zip-entry-table.ts';
import { refusal, shownName } from './zip-refusal.ts';

const localSignature = 0x04034b50;
const dataDescriptorFlag = 0x0008;
const piece = 64 * 1024;

/**
 * Where the entry's data starts, after checking that its local header says
 * what the central directory says: the same name, method and (unless a data
 * descriptor follows the data) CRC and sizes. Tools that read the local
 * headers would otherwise see another archive than we do.
 */
async function dataStart(file: FileHandle, entry: EntryRecord, directoryAt: number): Promise<number> {
  const shown = { name: shownName(entry.name) };
  const header = await readAt(file, entry.offset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== localSignature) throw refusal('localHeaderMismatch', shown);
  const flags = header.readUInt16LE(6);
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const rest = await readAt(file, entry.offset + 30, nameLength + extraLength);
  if (rest.length < nameLength + extraLength) throw refusal('entryOutOfBounds', shown);
  const sizes = localSizes(header, rest.subarray(nameLength));
  const sameHead =
    header.readUInt16LE(8) === entry.method &&
    (flags & 0x2041) === 0 &&
    rest.subarray(0, nameLength).equals(Buffer.from(entry.name, 'utf8'));
  // With a data descriptor the local fields may be zeros; otherwise they must be the directory's.
  const described = (flags & dataDescriptorFlag) !== 0;
  const agrees = (local: number | undefined, real: number) =>
    local === real || (described && local === 0) || local === undefined;
  const sameData =
    agrees(header.readUInt32LE(14), entry.crc32) &&
    agrees(sizes.compressedSize, entry.compressedSize) &&
    agrees(sizes.size, entry.size);
  if (!sameHead || !sameData || sizes.damaged) throw refusal('localHeaderMismatch', shown);
  const start = entry.offset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > directoryAt) throw refusal('entryOutOfBounds', shown);
  return start;
}

/** The local sizes, from the ZIP64 field when the 32-bit ones are all ones (a local ZIP64 field holds both). */
function localSizes(header: Buffer, extra: Buffer): { size?: number; compressedSize?: number; damaged?: boolean } {
  const compressedSize = header.readUInt32LE(18);
  const size = header.readUInt32LE(22);
  if (compressedSize !== 0xffffffff && size !== 0xffffffff) return { size, compressedSize };
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001 && length >= 16 && i + 4 + length <= extra.length)
      return { size: readU64(extra, i + 4), compressedSize: readU64(extra, i + 12) };
    i += 4 + length;
  }
  return { damaged: true };
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * The entry's bytes, inflated with a running count: the output may never
 * pass the declared size (a bomb that understates it stops at once), must
 * reach it, and must match the declared CRC-32. Memory: the declared size
 * (already under the caps and `limit`) and one piece.
 */
export async function readEntryData(file: FileHandle, entry: EntryRecord, directoryAt: number): Promise<Buffer> {
  const shown = { name: shownName(entry.name) };
  const start = await dataStart(file, entry, directoryAt);
  // Unfilled bytes are never handed out: the entry is refused unless every byte of it was written.
  const out = Buffer.allocUnsafe(entry.size);
  let written = 0;
  let crc = 0;
  if (entry.compressedSize > 0) {
    const raw = file.createReadStream({
      start,
      end: start + entry.compressedSize - 1,
      autoClose: false,
      highWaterMark: piece,
    });
    const source = entry.method === 8 ? pipeline(raw, createInflateRaw({ chunkSize: piece }), () => {}) : raw;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        if (written + chunk.length > entry.size) throw refusal('understatedSize', shown);
        chunk.copy(out, written);
        written += chunk.length;
        crc = crc32(chunk, crc);
      }
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (isZlibError(error)) throw refusal('corruptData', shown);
      throw new ApiError('io', message('bundleFile:unreadable', { ...shown, code: errorCode(error) }));
    } finally {
      raw.destroy();
    }
  } else if (entry.method === 8 && entry.size > 0) throw refusal('corruptData', shown);
  if (written !== entry.size) throw refusal('sizeMismatch', { ...shown, size: entry.size, actual: written });
  if (crc >>> 0 !== entry.crc32 >>> 0) throw refusal('crcMismatch', shown);
  return out;
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'EIO';
}
