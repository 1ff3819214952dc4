import type { FileHandle } from 'node:fs/promises';
import type { ZipCaps } from './zip-caps.ts';
import { refusal } from './zip-refusal.ts';
import { readAt } from './zip-file-window.ts';
import { notAZip } from './zip-sniff.ts';

/** Where the central directory is, as the end record (or its ZIP64 form) says. */
export interface DirectoryPlace {
  entryCount: number;
  offset: number;
  size: number;
  /** Where the directory must end: the start of the (ZIP64) end record. */
  end: number;
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const endSize = 22;
const maxComment = 0xffff;

/** A 64-bit field as a number: past 2^53 it is no longer exact, but it is then far beyond every cap and every file. */
export function readU64(buffer: Buffer, at: number): number {
  return Number(buffer.readBigUInt64LE(at));
}

/**
 * Finds the end record from the file's end (its comment may be up to 64 KB)
 * and reads where the directory is. Only one reading is accepted: the record
 * whose comment ends exactly at the end of the file, on disk 0, with the
 * directory right before it — anything else is a file other tools may read
 * differently.
 */
export async function findDirectory(file: FileHandle, fileSize: number, caps: ZipCaps): Promise<DirectoryPlace> {
  const tailStart = Math.max(0, fileSize - endSize - maxComment);
  const tail = await readAt(file, tailStart, fileSize - tailStart);
  let at = -1;
  let signatureSeen = false;
  for (let i = tail.length - endSize; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) !== endSignature) continue;
    signatureSeen = true;
    if (tail.readUInt16LE(i + 20) === tail.length - i - endSize) {
      at = i;
      break;
    }
  }
  if (at === -1) {
    if (signatureSeen) throw refusal('damaged');
    throw notAZip(await readAt(file, 0, Math.min(fileSize, 512)), fileSize);
  }
  const record = tail.subarray(at, at + endSize);
  const endAt = tailStart + at;
  let place: DirectoryPlace & { disk: number; directoryDisk: number; onDisk: number } = {
    disk: record.readUInt16LE(4),
    directoryDisk: record.readUInt16LE(6),
    onDisk: record.readUInt16LE(8),
    entryCount: record.readUInt16LE(10),
    size: record.readUInt32LE(12),
    offset: record.readUInt32LE(16),
    end: endAt,
  };
  if (endAt >= 20 && (await readAt(file, endAt - 20, 4)).readUInt32LE(0) === zip64LocatorSignature) {
    place = await readZip64End(file, endAt - 20);
  }
  if (place.disk !== 0 || place.directoryDisk !== 0 || place.onDisk !== place.entryCount) throw refusal('splitArchive');
  if (place.entryCount > caps.maxEntries)
    throw refusal('tooManyEntries', { entries: place.entryCount, max: caps.maxEntries });
  // Every directory record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (place.offset + place.size !== place.end || place.entryCount * 46 > place.size) throw refusal('damaged');
  return { entryCount: place.entryCount, offset: place.offset, size: place.size, end: place.end };
}

async function readZip64End(file: FileHandle, locatorAt: number) {
  const locator = await readAt(file, locatorAt, 20);
  const recordAt = readU64(locator, 8);
  if (locator.readUInt32LE(4) !== 0 || recordAt + 56 > locatorAt) throw refusal('damaged');
  const record = await readAt(file, recordAt, 56);
  if (record.length < 56 || record.readUInt32LE(0) !== zip64EndSignature) throw refusal('damaged');
  return {
    disk: record.readUInt32LE(16),
    directoryDisk: record.readUInt32LE(20),
    onDisk: readU64(record, 24),
    entryCount: readU64(record, 32),
    size: readU64(record, 40),
    offset: readU64(record, 48),
    end: recordAt,
  };
}
