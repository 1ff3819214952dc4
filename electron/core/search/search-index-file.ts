import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { tempFileFor, writeTempFile } from '../fs/durable-write.ts';
import type { Stamp } from '../store/open-catalog.ts';
import type { IndexSnapshot } from './corpus-index.ts';
import { decodePostings, encodePostings } from './postings-codec.ts';
import { textTerms } from './text-terms.ts';

/** What a document's index entry was made from: its text's hash, and its text.json's stamp when read. */
export interface IndexedText {
  /** SHA-256 of the text (import/text-hash.ts). */
  hash: string;
  /** text.json's stamp (open-catalog.ts) taken before the text was read; null if there was none. */
  stamp: Stamp | null;
}

/** The index with, per document (parallel to snapshot.documents), what it was made from. */
export interface SearchIndexFile {
  snapshot: IndexSnapshot;
  texts: IndexedText[];
}

const FORMAT = 'glossator-search-index';
const VERSION = 1;

/** Where the index is kept: a cache, never part of the project's data (safe to delete; not backed up or synced). */
export const searchIndexFile = (dir: string) => join(dir, '.cache', 'search-index.bin');

/** Words that take each path of the stemming: Russian cases and the kept endings, ё, English, digits, an overlong word. */
const SAMPLE = `Токаев Токаева Токаеву саммит саммиты Ёлка учения ОДКБ terrorism happiness running 2023 ${'й'.repeat(70)}`;
let fingerprint: string | null = null;

/**
 * A hash of the sample's index terms: a change to the stemming (word-terms.ts,
 * text-terms.ts, the Snowball stemmers) changes it, and a file made with
 * other terms is not used, as it could not answer as a fresh build would.
 */
function termsFingerprint(): string {
  fingerprint ??= createHash('sha256').update(textTerms(SAMPLE).join(' ')).digest('hex').slice(0, 16);
  return fingerprint;
}

/**
 * The file: a header line (JSON), then its body: the documents with what
 * each was indexed from (JSON), the terms (one a line) and the postings
 * (postings-codec.ts). The header gives each part's length and the body's
 * CRC-32, so a cut-off or damaged file is told at once.
 */
export function encodeSearchIndex({ snapshot, texts }: SearchIndexFile): Buffer {
  const documents = Buffer.from(
    JSON.stringify(snapshot.documents.map((id, n) => [id, texts[n]?.hash ?? '', texts[n]?.stamp ?? null])),
  );
  const terms = Buffer.from(snapshot.terms.join('\n'));
  const postings = encodePostings(snapshot.postings);
  const body = Buffer.concat([documents, terms, postings]);
  const header = {
    format: FORMAT,
    version: VERSION,
    terms: termsFingerprint(),
    documents: snapshot.documents.length,
    termCount: snapshot.terms.length,
    postings: snapshot.postings.reduce((sum, list) => sum + list.length, 0),
    parts: [documents.length, terms.length, postings.length],
    crc32: crc32(body),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/** The index kept for the project in `dir`, or null when there is none, or it is damaged, foreign, newer or stale. */
export function readSearchIndex(dir: string): SearchIndexFile | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(searchIndexFile(dir));
  } catch {
    return null;
  }
  return decodeSearchIndex(bytes);
}

export function decodeSearchIndex(bytes: Buffer): SearchIndexFile | null {
  try {
    const end = bytes.indexOf(10);
    if (end < 0) return null;
    const h = JSON.parse(bytes.toString('utf8', 0, end)) as Record<string, unknown>;
    if (h.format !== FORMAT || h.version !== VERSION || h.terms !== termsFingerprint()) return null;
    const [documentBytes, termBytes, postingBytes] = h.parts as number[];
    const body = bytes.subarray(end + 1);
    if (
      documentBytes === undefined ||
      termBytes === undefined ||
      postingBytes === undefined ||
      documentBytes + termBytes + postingBytes !== body.length ||
      crc32(body) !== h.crc32
    ) {
      return null;
    }
    const rows = JSON.parse(body.toString('utf8', 0, documentBytes)) as Array<[string, string, Stamp | null]>;
    const termCount = h.termCount as number;
    const terms = termCount ? body.toString('utf8', documentBytes, documentBytes + termBytes).split('\n') : [];
    if (!Array.isArray(rows) || rows.length !== h.documents || terms.length !== termCount) return null;
    if (new Set(rows.map((r) => r[0])).size !== rows.length || new Set(terms).size !== terms.length) return null;
    const postings = decodePostings(
      body.subarray(documentBytes + termBytes),
      termCount,
      h.postings as number,
      rows.length,
    );
    if (!postings) return null;
    return {
      snapshot: { documents: rows.map((r) => r[0]), terms, postings },
      texts: rows.map(([, hash, stamp]) => ({ hash, stamp })),
    };
  } catch {
    return null;
  }
}

/**
 * Writes the file in place of the old one: a temp file, flushed, renamed
 * over it, so that after a crash or power cut a reader finds the old index
 * or the new, never a mix (the folder is not flushed: a rename lost leaves
 * the old index, which is still true for what it holds — see IndexedText).
 */
export async function writeSearchIndex(dir: string, bytes: Buffer): Promise<void> {
  const file = searchIndexFile(dir);
  await mkdir(join(dir, '.cache'), { recursive: true });
  const temp = tempFileFor(file);
  try {
    await writeTempFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
