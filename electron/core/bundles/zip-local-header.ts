import { readU64 } from './zip-end-record.ts';
import type { EntryRecord } from './zip-entry-table.ts';
import type { FileWindow } from './zip-file-window.ts';
import { refusal, shownName } from './zip-refusal.ts';

const localSignature = 0x04034b50;
const dataDescriptorFlag = 0x0008;

/**
 * Where the entry's data starts, after checking that its local header says
 * what the central directory says: the same name and method, no encryption,
 * and (unless a data descriptor follows the data) the same CRC and sizes.
 * Tools that read the local headers would otherwise see another archive
 * than we do.
 */
export async function dataStart(window: FileWindow, entry: EntryRecord, directoryAt: number): Promise<number> {
  const shown = { name: shownName(entry.name) };
  const header = await window.bytes(entry.offset, 30);
  if (!header || header.readUInt32LE(0) !== localSignature) throw refusal('localHeaderMismatch', shown);
  const flags = header.readUInt16LE(6);
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const rest = await window.bytes(entry.offset + 30, nameLength + extraLength);
  if (!rest) throw refusal('entryOutOfBounds', shown);
  const sizes = localSizes(header, rest.subarray(nameLength));
  const sameHead =
    header.readUInt16LE(8) === entry.method &&
    (flags & 0x2041) === 0 &&
    rest.subarray(0, nameLength).equals(Buffer.from(entry.name, 'utf8'));
  // With a data descriptor the local fields may be zeros; otherwise they must be the directory's.
  const described = (flags & dataDescriptorFlag) !== 0;
  const agrees = (local: number, real: number) => local === real || (described && local === 0);
  const sameData =
    sizes !== null &&
    agrees(header.readUInt32LE(14), entry.crc32) &&
    agrees(sizes.compressedSize, entry.compressedSize) &&
    agrees(sizes.size, entry.size);
  if (!sameHead || !sameData) throw refusal('localHeaderMismatch', shown);
  const start = entry.offset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > directoryAt) throw refusal('entryOutOfBounds', shown);
  return start;
}

/** The local sizes, from the ZIP64 field when a 32-bit one is all ones (a local ZIP64 field holds both); null if that field is missing. */
function localSizes(header: Buffer, extra: Buffer): { size: number; compressedSize: number } | null {
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
  return null;
}
