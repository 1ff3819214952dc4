import type { ApiError } from '../../../shared/ipc/errors.ts';
import { refusal } from './zip-refusal.ts';

const signatures: Array<{ bytes: number[]; at?: number; kind: 'notZipPdf' | 'notZipArchive' }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'notZipPdf' }, // %PDF-
  { bytes: [0x1f, 0x8b], kind: 'notZipArchive' }, // gzip
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'notZipArchive' }, // 7z
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'notZipArchive' }, // RAR
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'notZipArchive' }, // xz
  { bytes: [0x42, 0x5a, 0x68], kind: 'notZipArchive' }, // bzip2
  { bytes: [0x75, 0x73, 0x74, 0x61, 0x72], at: 257, kind: 'notZipArchive' }, // tar
];

const zipStarts = [0x04034b50, 0x08074b50, 0x30304b50]; // a local header, a spanned archive's marks

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text has no control bytes but tab and line breaks, and is UTF-8 (the sample may end inside a character). */
function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  if (head.some((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f)) return false;
  for (let cut = 0; cut < 4 && cut < head.length; cut += 1) {
    try {
      utf8.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try without the last bytes
    }
  }
  return false;
}

/**
 * The refusal for a file without a zip's end record, saying what the file
 * seems to be instead: people pick the wrong file (a PDF, a JSON export), or
 * a download broke off (the start of a zip without its end).
 */
export function notAZip(head: Buffer, fileSize: number): ApiError {
  if (fileSize === 0) return refusal('notZipEmpty');
  if (head.length >= 4 && zipStarts.includes(head.readUInt32LE(0))) return refusal('truncated');
  for (const { bytes, at = 0, kind } of signatures) {
    if (head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b)) return refusal(kind);
  }
  if (looksLikeText(head)) return refusal('notZipText');
  return refusal('notZip');
}
