import { writeFile } from 'node:fs/promises';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Writes zip bytes by hand — local headers, central directory, end record —
 * so tests can make what a normal zip library refuses to make: duplicate
 * names, lying sizes, symlink attributes, wrong CRCs, traversal names, huge
 * entry counts, bombs. Every field has a sane default and can be overridden;
 * `local` overrides only the local header (to make it disagree with the
 * central directory).
 */
export interface CraftEntry {
  /** The name's bytes as written (a string is written as UTF-8). */
  name: string | Buffer;
  /** The content before compression; compressed with `method` unless `compressed` is given. */
  data?: Buffer | string;
  /** 0 stored, 8 deflate (the default), anything else is written as given. */
  method?: number;
  /** The stored bytes, as they are (e.g. a bomb's deflate stream). */
  compressed?: Buffer;
  /** Declared uncompressed size (default: the data's length). */
  size?: number;
  /** Declared compressed size (default: the stored bytes' length). */
  compressedSize?: number;
  /** Declared CRC-32 (default: the data's). */
  crc32?: number;
  /** General purpose flags (default 0x0800: UTF-8 name). */
  flags?: number;
  /** External attributes, e.g. `(0o120777 << 16) >>> 0` for a symlink. */
  externalAttributes?: number;
  /** High byte: host system (3 = Unix). */
  versionMadeBy?: number;
  /** Central directory extra field, written as given. */
  extra?: Buffer;
  /** Write sizes as 0xFFFFFFFF with a ZIP64 extra field carrying `size`/`compressedSize`. */
  zip64?: boolean;
  /** Overrides for the local header only. */
  local?: {
    name?: string | Buffer;
    method?: number;
    flags?: number;
    size?: number;
    compressedSize?: number;
    crc32?: number;
    extra?: Buffer;
  };
}

export interface CraftOptions {
  /** Bytes written before the first local header (e.g. a stub). */
  prefix?: Buffer;
  /** Entry count written in the end record (default: the real count). */
  entryCount?: number;
  /** Central directory offset written in the end record (default: the real one). */
  centralDirectoryOffset?: number;
  /** Archive comment. */
  comment?: Buffer;
  /**
   * Write a ZIP64 end record and locator (with `entryCount` in them), as writers do past 65,535 entries.
   * Without it, more entries leave a classic count that no longer matches (as naive writers do).
   */
  zip64End?: boolean;
  /** Leave out the end record altogether (a truncated archive). */
  omitEnd?: boolean;
}

const fixedTime = 0x0000; // 00:00:00
const fixedDate = (1 << 5) | 1; // 1980-01-01

function bytes(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/** Sizes past 32 bits cannot be written into the 4-byte fields; they go into ZIP64 extra fields. */
function u32(value: number): number {
  return value > 0xffffffff ? 0xffffffff : value >>> 0;
}

function zip64Extra(size: number, compressedSize: number): Buffer {
  const extra = Buffer.alloc(4 + 16);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  extra.writeBigUInt64LE(BigInt(compressedSize), 12);
  return extra;
}

interface Laid {
  entry: CraftEntry;
  name: Buffer;
  stored: Buffer;
  size: number;
  compressedSize: number;
  crc: number;
  method: number;
  offset: number;
}

function lay(entry: CraftEntry): Omit<Laid, 'offset'> {
  const data = bytes(entry.data ?? Buffer.alloc(0));
  const method = entry.method ?? 8;
  const stored = entry.compressed ?? (method === 8 ? deflateRawSync(data) : data);
  return {
    entry,
    name: bytes(entry.name),
    stored,
    size: entry.size ?? data.length,
    compressedSize: entry.compressedSize ?? stored.length,
    crc: entry.crc32 ?? crc32(data),
    method,
  };
}

function localHeader(laid: Laid): Buffer {
  const { entry } = laid;
  const local = entry.local ?? {};
  const name = local.name !== undefined ? bytes(local.name) : laid.name;
  const size = local.size ?? laid.size;
  const compressedSize = local.compressedSize ?? laid.compressedSize;
  const extra = local.extra ?? (entry.zip64 ? zip64Extra(size, compressedSize) : Buffer.alloc(0));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(entry.zip64 ? 45 : 20, 4);
  header.writeUInt16LE(local.flags ?? entry.flags ?? 0x0800, 6);
  header.writeUInt16LE(local.method ?? laid.method, 8);
  header.writeUInt16LE(fixedTime, 10);
  header.writeUInt16LE(fixedDate, 12);
  header.writeUInt32LE((local.crc32 ?? laid.crc) >>> 0, 14);
  header.writeUInt32LE(entry.zip64 ? 0xffffffff : u32(compressedSize), 18);
  header.writeUInt32LE(entry.zip64 ? 0xffffffff : u32(size), 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, name, extra]);
}

function centralHeader(laid: Laid): Buffer {
  const { entry } = laid;
  const extra = Buffer.concat([
    entry.zip64 ? zip64Extra(laid.size, laid.compressedSize) : Buffer.alloc(0),
    entry.extra ?? Buffer.alloc(0),
  ]);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(entry.versionMadeBy ?? (3 << 8) | 20, 4);
  header.writeUInt16LE(entry.zip64 ? 45 : 20, 6);
  header.writeUInt16LE(entry.flags ?? 0x0800, 8);
  header.writeUInt16LE(laid.method, 10);
  header.writeUInt16LE(fixedTime, 12);
  header.writeUInt16LE(fixedDate, 14);
  header.writeUInt32LE(laid.crc >>> 0, 16);
  header.writeUInt32LE(entry.zip64 ? 0xffffffff : u32(laid.compressedSize), 20);
  header.writeUInt32LE(entry.zip64 ? 0xffffffff : u32(laid.size), 24);
  header.writeUInt16LE(laid.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt16LE(0, 32); // comment length
  header.writeUInt16LE(0, 34); // disk
  header.writeUInt16LE(0, 36); // internal attributes
  header.writeUInt32LE((entry.externalAttributes ?? 0o100644 << 16) >>> 0, 38);
  header.writeUInt32LE(u32(laid.offset), 42);
  return Buffer.concat([header, laid.name, extra]);
}

function endRecords(count: number, cdOffset: number, cdSize: number, options: CraftOptions): Buffer[] {
  const comment = options.comment ?? Buffer.alloc(0);
  const entryCount = options.entryCount ?? count;
  const offset = options.centralDirectoryOffset ?? cdOffset;
  const parts: Buffer[] = [];
  if (options.zip64End) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entryCount), 24);
    record.writeBigUInt64LE(BigInt(entryCount), 32);
    record.writeBigUInt64LE(BigInt(cdSize), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const small = options.zip64End ? 0xffff : Math.min(entryCount, 0xffff);
  end.writeUInt16LE(small, 8);
  end.writeUInt16LE(small, 10);
  end.writeUInt32LE(u32(cdSize), 12);
  end.writeUInt32LE(options.zip64End ? 0xffffffff : u32(offset), 16);
  end.writeUInt16LE(comment.length, 20);
  parts.push(end, comment);
  return parts;
}

/** The whole archive in memory (100,000 small entries are about 15 MB). */
export function craftZip(entries: Iterable<CraftEntry>, options: CraftOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const laidOut: Laid[] = [];
  let offset = 0;
  if (options.prefix) {
    parts.push(options.prefix);
    offset += options.prefix.length;
  }
  for (const entry of entries) {
    const laid = { ...lay(entry), offset };
    const header = localHeader(laid);
    parts.push(header, laid.stored);
    offset += header.length + laid.stored.length;
    laidOut.push(laid);
  }
  const cdOffset = offset;
  let cdSize = 0;
  for (const laid of laidOut) {
    const header = centralHeader(laid);
    parts.push(header);
    cdSize += header.length;
  }
  if (!options.omitEnd) parts.push(...endRecords(laidOut.length, cdOffset, cdSize, options));
  return Buffer.concat(parts);
}

export async function writeCraftedZip(
  path: string,
  entries: Iterable<CraftEntry>,
  options?: CraftOptions,
): Promise<void> {
  await writeFile(path, craftZip(entries, options));
}

/**
 * A compression bomb's payload: `size` zero bytes deflated at the highest
 * level (about 1030:1), fed in 1 MB pieces so making it needs no `size`
 * bytes of memory.
 */
export async function deflatedZeros(size: number): Promise<{ compressed: Buffer; crc32: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const piece = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = size; left > 0; left -= piece.length) {
    const part = left >= piece.length ? piece : piece.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(chunks), crc32: crc };
}

/** Unix mode bits as a central directory's external attributes. */
export function unixMode(mode: number): number {
  return (mode << 16) >>> 0;
}
