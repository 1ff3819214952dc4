import type { ZipCaps } from './zip-caps.ts';
import { maxSegmentBytes } from './zip-caps.ts';
import { refusal, shownName, unsafeCharacter } from './zip-refusal.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bit 11 of the general purpose flags: the name is UTF-8 (otherwise, by the letter of the format, CP437). */
export const utf8Flag = 0x0800;

/**
 * An entry's name as bytes → the name, or a refusal that says what is wrong
 * with it. Only a plain relative path of non-empty segments is accepted: no
 * `..`, no absolute or drive paths, no backslashes (a separator on Windows),
 * no control characters. Names without the UTF-8 flag must still be valid
 * UTF-8 (macOS writes them so): a CP437 reading would give another tool
 * another name, and our own writer always sets the flag.
 */
export function checkName(raw: Buffer, caps: Pick<ZipCaps, 'maxNameBytes'>): string {
  if (raw.length === 0) throw refusal('nameEmpty');
  let name: string;
  try {
    name = utf8.decode(raw);
  } catch {
    throw refusal('nameEncoding', { name: shownName(raw.toString('latin1')) });
  }
  // Worded only when refused: most names pass, and this runs for each of up to 500,000.
  const shown = () => ({ name: shownName(name) });
  if (raw.length > caps.maxNameBytes) throw refusal('nameTooLong', { ...shown(), max: caps.maxNameBytes });
  if (unsafeCharacter.test(name)) throw refusal('nameControl', shown());
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) throw refusal('nameAbsolute', shown());
  if (name.includes('\\')) throw refusal('nameBackslash', shown());
  for (const segment of segments(name)) {
    if (segment === '..') throw refusal('nameTraversal', shown());
    if (segment === '.') throw refusal('nameDotSegment', shown());
    if (segment === '') throw refusal('nameEmptySegment', shown());
    if (Buffer.byteLength(segment) > maxSegmentBytes)
      throw refusal('nameTooLong', { ...shown(), max: maxSegmentBytes });
  }
  return name;
}

/** A name ending in `/` is a folder. */
export function isFolderName(name: string): boolean {
  return name.endsWith('/');
}

function segments(name: string): string[] {
  return (isFolderName(name) ? name.slice(0, -1) : name).split('/');
}

/**
 * The name as a disk that ignores case and Unicode form sees it (macOS and
 * Windows by default): two entries with the same fold would be one file
 * there. A folder folds without its trailing slash, so a folder `a/` and a
 * file `a` meet.
 */
export function foldName(name: string): string {
  const path = isFolderName(name) ? name.slice(0, -1) : name;
  return path.normalize('NFC').toLowerCase();
}
