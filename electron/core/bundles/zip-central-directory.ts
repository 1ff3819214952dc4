import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { ZipCaps } from './zip-caps.ts';
import { type DirectoryPlace, readU64 } from './zip-end-record.ts';
import { FileWindow } from './zip-file-window.ts';
import { EntryTable } from './zip-entry-table.ts';
import { checkName, isFolderName } from './zip-names.ts';
import { megabytes, refusal, shownName } from './zip-refusal.ts';

const headerSignature = 0x02014b50;
const headerSize = 46;

/** Compression methods by their number, for the message (these names are the same in every language). */
const methodNames: Record<number, string> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
  98: 'PPMd',
};

const fileType = 0o170000;
const symlinkType = 0o120000;
const folderType = 0o040000;
const regularType = 0o100000;
const msDosFolder = 0x10;

interface ExtraField {
  id: number;
  data: Buffer;
}

function extraFields(raw: Buffer, name: string): ExtraField[] {
  const fields: ExtraField[] = [];
  // Fewer than 4 bytes left is padding some writers leave; a field running past the end is damage.
  for (let i = 0; i + 4 <= raw.length; ) {
    const id = raw.readUInt16LE(i);
    const length = raw.readUInt16LE(i + 2);
    if (i + 4 + length > raw.length) throw refusal('entryDamaged', { name: shownName(name) });
    fields.push({ id, data: raw.subarray(i + 4, i + 4 + length) });
    i += 4 + length;
  }
  return fields;
}

/**
 * Walks the central directory, checking each entry as it comes, before a
 * single byte is inflated: its name, its kind (no links, no devices, no
 * folders with data), no encryption, a method we can inflate, its sizes
 * against the caps and its ratio against a bomb's. The first problem ends
 * the walk with its own refusal.
 */
export async function walkDirectory(file: FileHandle, place: DirectoryPlace, caps: ZipCaps): Promise<EntryTable> {
  // Read a megabyte at a time: walking costs that much memory whatever the directory's length.
  const window = new FileWindow(file, place.end);
  const bytes = async (at: number, length: number): Promise<Buffer> => {
    const read = await window.bytes(at, length);
    if (!read) throw refusal('damaged');
    return read;
  };
  const table = new EntryTable();
  let cursor = place.offset;
  let total = 0;
  for (let n = 0; n < place.entryCount; n += 1) {
    const header = await bytes(cursor, headerSize);
    if (header.readUInt32LE(0) !== headerSignature) throw refusal('damaged');
    const nameLength = header.readUInt16LE(28);
    const extraLength = header.readUInt16LE(30);
    const commentLength = header.readUInt16LE(32);
    const rest = await bytes(cursor + headerSize, nameLength + extraLength + commentLength);
    cursor += headerSize + rest.length;
    const rawName = rest.subarray(0, nameLength);
    const name = checkName(rawName, caps);
    const fields = extraFields(rest.subarray(nameLength, nameLength + extraLength), name);
    checkUnicodePath(fields, rawName, name);
    const sizes = zip64Sizes(header, fields, name);
    const entry = {
      name,
      versionMadeBy: header.readUInt16LE(4),
      flags: header.readUInt16LE(8),
      method: header.readUInt16LE(10),
      crc32: header.readUInt32LE(16),
      externalAttributes: header.readUInt32LE(38),
      ...sizes,
    };
    const folder = checkKind(entry);
    total += entry.size;
    checkSizes(entry, total, place.offset, caps);
    table.add(entry, folder);
  }
  if (cursor !== place.end) throw refusal('damaged');
  table.checkWhole(place.offset);
  return table;
}

/** ZIP64: a 32-bit field of all ones means "see the ZIP64 extra field", which then holds the fields in this order. */
function zip64Sizes(header: Buffer, fields: ExtraField[], name: string) {
  let size = header.readUInt32LE(24);
  let compressedSize = header.readUInt32LE(20);
  let offset = header.readUInt32LE(42);
  let disk = header.readUInt16LE(34);
  const wide = [size, compressedSize, offset].some((v) => v === 0xffffffff) || disk === 0xffff;
  if (wide) {
    const data = fields.find((f) => f.id === 0x0001)?.data;
    let at = 0;
    const next = (bytes: 8 | 4): number => {
      if (!data || at + bytes > data.length) throw refusal('entryDamaged', { name: shownName(name) });
      const value = bytes === 8 ? readU64(data, at) : data.readUInt32LE(at);
      at += bytes;
      return value;
    };
    if (size === 0xffffffff) size = next(8);
    if (compressedSize === 0xffffffff) compressedSize = next(8);
    if (offset === 0xffffffff) offset = next(8);
    if (disk === 0xffff) disk = next(4);
  }
  if (disk !== 0) throw refusal('splitArchive');
  return { size, compressedSize, offset };
}

/**
 * Info-ZIP's Unicode path field gives a second name, which unzip and other
 * tools show instead of the first: both must say the same, or one archive
 * would hold a different file for each tool.
 */
function checkUnicodePath(fields: ExtraField[], rawName: Buffer, name: string): void {
  for (const { id, data } of fields) {
    if (id !== 0x7075 || data.length < 5 || data[0] !== 1 || data.readUInt32LE(1) !== crc32(rawName)) continue;
    if (!data.subarray(5).equals(rawName)) throw refusal('nameAmbiguous', { name: shownName(name) });
  }
}

interface DeclaredEntry {
  name: string;
  versionMadeBy: number;
  flags: number;
  method: number;
  externalAttributes: number;
  size: number;
  compressedSize: number;
  offset: number;
}

function unixType(entry: DeclaredEntry): number {
  return (entry.externalAttributes >>> 16) & fileType;
}

/** A folder by its attributes even without the trailing slash (some writers leave it off). */
function isFolderOnly(entry: DeclaredEntry): boolean {
  const type = unixType(entry);
  return type === folderType || (type === 0 && (entry.externalAttributes & msDosFolder) !== 0);
}

/** Refuses what is not a plain file or an empty folder; says whether it is a folder. */
function checkKind(entry: DeclaredEntry): boolean {
  // Worded only when refused: this runs for each of up to 500,000 entries.
  const shown = () => ({ name: shownName(entry.name) });
  const type = unixType(entry);
  // The mode bits are read whatever system the archive claims to come from: unzip honours a link from any of them.
  if (type === symlinkType) throw refusal('symlink', shown());
  if (type !== 0 && type !== regularType && type !== folderType) throw refusal('specialFile', shown());
  // Bit 0: traditional encryption; bit 6: strong encryption; bit 13: an encrypted directory; method 99: AES.
  if ((entry.flags & 0x2041) !== 0 || entry.method === 99) throw refusal('encrypted', shown());
  if (isFolderName(entry.name) || isFolderOnly(entry)) {
    // An empty deflate stream is 2 bytes; anything more is data a folder cannot have.
    if (entry.size !== 0 || entry.compressedSize > 2) throw refusal('folderWithData', shown());
    return true;
  }
  if (entry.method !== 0 && entry.method !== 8) {
    const label = methodNames[entry.method];
    throw refusal('unsupportedMethod', {
      ...shown(),
      method: label ? `${label} (${entry.method})` : `${entry.method}`,
    });
  }
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw refusal('storedSizeMismatch', shown());
  return false;
}

function checkSizes(entry: DeclaredEntry, total: number, directoryAt: number, caps: ZipCaps): void {
  // Worded only when refused: this runs for each of up to 500,000 entries.
  const shown = () => ({ name: shownName(entry.name) });
  if (entry.size > caps.maxEntryBytes)
    throw refusal('entryTooLarge', { ...shown(), size: megabytes(entry.size), max: megabytes(caps.maxEntryBytes) });
  if (total > caps.maxTotalBytes)
    throw refusal('archiveTooLarge', { size: megabytes(total), max: megabytes(caps.maxTotalBytes) });
  if (entry.offset + 30 + Buffer.byteLength(entry.name) + entry.compressedSize > directoryAt)
    throw refusal('entryOutOfBounds', shown());
  if (entry.size > caps.ratioFloorBytes && entry.size > entry.compressedSize * caps.maxRatio)
    throw refusal('bomb', {
      ...shown(),
      ratio: Math.round(entry.size / Math.max(1, entry.compressedSize)),
      max: caps.maxRatio,
    });
}
