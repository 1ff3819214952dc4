import { type FileHandle, open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { defaultZipCaps } from './zip-caps.ts';
import { checkName, foldName, utf8Flag } from './zip-names.ts';
import { refusal, shownName } from './zip-refusal.ts';

const deflateRawAsync = promisify(deflateRaw);

export interface ZipWriteEntry {
  name: string;
  data: Buffer | string;
}

export interface WriteZipOptions {
  /** zlib's level, 1–9; 6 by default, as zip itself. */
  compressionLevel?: number;
}

/**
 * Every entry's time: fixed, so the same content always gives the same bytes
 * (a bundle can be compared by its hash). 2000-01-01 00:00 as DOS fields,
 * which are wall-clock fields: the same in every time zone. No Unix
 * timestamp field is written; it would depend on the zone.
 */
const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
const dosTime = 0;
const fileAttributes = (0o100644 << 16) >>> 0;
/** Made by: Unix (3), format version 4.5 (ZIP64). */
const madeBy = (3 << 8) | 45;
/** Entries larger than this are deflated on the thread pool, not on the event loop. */
const deflateAsyncFrom = 256 * 1024;
/** Output is written a megabyte at a time. */
const blockSize = 1024 * 1024;
const u32Max = 0xffffffff;

/**
 * Bytes in arrival order, copied into megabyte blocks as they come: a block
 * is written to the file when full, or (without a file: the central
 * directory, written at the end) kept. Copying matters: zlib's output for a
 * small entry is a slice of a 16 KB buffer, which would otherwise stay alive
 * until written.
 */
class Output {
  private block = Buffer.allocUnsafe(blockSize);
  private used = 0;
  private readonly kept: Buffer[] = [];
  offset = 0;
  constructor(private readonly file: FileHandle | null) {}

  async add(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (this.used + bytes.length > blockSize) await this.flush();
    if (bytes.length >= blockSize) {
      await this.emit(bytes);
      return;
    }
    bytes.copy(this.block, this.used);
    this.used += bytes.length;
  }

  /** Hands on what the current block holds. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.block.subarray(0, this.used);
    this.block = Buffer.allocUnsafe(blockSize);
    this.used = 0;
    await this.emit(full);
  }

  private async emit(bytes: Buffer): Promise<void> {
    if (!this.file) {
      this.kept.push(bytes);
      return;
    }
    for (let at = 0; at < bytes.length; ) at += (await this.file.write(bytes, at, bytes.length - at)).bytesWritten;
  }

  /** Everything kept in memory, in order. */
  async take(): Promise<Buffer[]> {
    await this.flush();
    return this.kept.splice(0);
  }
}

interface Written {
  name: Buffer;
  crc: number;
  method: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** A ZIP64 extra field with the given 64-bit values, in the order the format fixes. */
function zip64Field(values: number[]): Buffer {
  const field = Buffer.alloc(4 + 8 * values.length);
  field.writeUInt16LE(0x0001, 0);
  field.writeUInt16LE(8 * values.length, 2);
  for (const [i, v] of values.entries()) field.writeBigUInt64LE(BigInt(v), 4 + 8 * i);
  return field;
}

function localHeader(entry: Written): Buffer {
  const wide = entry.size >= u32Max || entry.compressedSize >= u32Max;
  const extra = wide ? zip64Field([entry.size, entry.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(wide ? 45 : 20, 4);
  header.writeUInt16LE(utf8Flag, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(dosTime, 10);
  header.writeUInt16LE(dosDate, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(wide ? u32Max : entry.compressedSize, 18);
  header.writeUInt32LE(wide ? u32Max : entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, entry.name, extra]);
}

function centralHeader(entry: Written): Buffer {
  const wide: number[] = [];
  const field = (value: number) => {
    if (value < u32Max) return value;
    wide.push(value);
    return u32Max;
  };
  const size = field(entry.size);
  const compressedSize = field(entry.compressedSize);
  const offset = field(entry.offset);
  const extra = wide.length > 0 ? zip64Field(wide) : Buffer.alloc(0);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(madeBy, 4);
  header.writeUInt16LE(wide.length > 0 ? 45 : 20, 6);
  header.writeUInt16LE(utf8Flag, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(dosTime, 12);
  header.writeUInt16LE(dosDate, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(compressedSize, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(fileAttributes, 38);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, entry.name, extra]);
}

/** The end records: ZIP64 ones first when the count or an offset does not fit the classic fields. */
function endRecords(count: number, directoryAt: number, directorySize: number, endAt: number): Buffer {
  const wide = count >= 0xffff || directoryAt >= u32Max || directorySize >= u32Max;
  const parts: Buffer[] = [];
  if (wide) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(madeBy, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryAt), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(endAt), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wide ? 0xffff : count, 8);
  end.writeUInt16LE(wide ? 0xffff : count, 10);
  end.writeUInt32LE(wide ? u32Max : directorySize, 12);
  end.writeUInt32LE(wide ? u32Max : directoryAt, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/**
 * zlib's window and memory for an input of this size: no larger than the
 * input needs (a window beyond the input's length finds nothing more), so a
 * small entry does not cost a full 256 KB deflate state. Chosen by size
 * alone, so the output stays the same for the same bytes.
 */
function deflateOptions(length: number, level: number) {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(length + 1))));
  return { level, windowBits, memLevel: Math.max(1, windowBits - 7) };
}

async function compress(bytes: Buffer, level: number): Promise<{ method: number; stored: Buffer }> {
  const options = deflateOptions(bytes.length, level);
  const deflated =
    bytes.length > deflateAsyncFrom ? await deflateRawAsync(bytes, options) : deflateRawSync(bytes, options);
  // Data deflate cannot shrink (already compressed, random) is stored as it is, as zip itself does.
  return deflated.length < bytes.length ? { method: 8, stored: deflated } : { method: 0, stored: bytes };
}

/**
 * Writes a standard zip to `path` as the entries come — deflate, UTF-8
 * names flagged, sizes and CRC in every local header (no data descriptors,
 * so the local headers and the directory agree, as the reader demands),
 * ZIP64 when counts or sizes need it — and returns its size in bytes. Names
 * are checked as the reader checks them: the writer never makes an archive
 * the reader would refuse. `path` is written in place: the caller makes it
 * a temporary file and renames it (the file gate does).
 */
export async function writeZip(
  path: string,
  entries: AsyncIterable<ZipWriteEntry> | Iterable<ZipWriteEntry>,
  options: WriteZipOptions = {},
): Promise<number> {
  const level = options.compressionLevel ?? 6;
  const file = await open(path, 'w');
  try {
    const out = new Output(file);
    const directory = new Output(null);
    /** Folded name → the name: two entries one disk would see as one file are refused, as the reader refuses them. */
    const folds = new Map<string, string>();
    let count = 0;
    for await (const { name, data } of entries) {
      const nameBytes = Buffer.from(name, 'utf8');
      checkName(nameBytes, defaultZipCaps);
      if (name.endsWith('/')) throw refusal('folderWithData', { name: shownName(name) });
      const fold = foldName(name);
      const other = folds.get(fold);
      if (other === name) throw refusal('duplicateName', { name: shownName(name) });
      if (other !== undefined) throw refusal('duplicateFolded', { name: shownName(name), other: shownName(other) });
      folds.set(fold, name);
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      const { method, stored } = await compress(bytes, level);
      const entry = {
        name: nameBytes,
        crc: crc32(bytes),
        method,
        size: bytes.length,
        compressedSize: stored.length,
        offset: out.offset,
      };
      await out.add(localHeader(entry));
      await out.add(stored);
      await directory.add(centralHeader(entry));
      count += 1;
    }
    const directoryAt = out.offset;
    for (const part of await directory.take()) await out.add(part);
    await out.add(endRecords(count, directoryAt, out.offset - directoryAt, out.offset));
    await out.flush();
    return out.offset;
  } finally {
    await file.close();
  }
}
