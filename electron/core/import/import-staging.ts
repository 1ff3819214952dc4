import { randomUUID } from 'node:crypto';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { TextEncoding } from '../../../shared/text/decode-text.ts';
import { detectBoilerplate } from '../../../shared/text/detect-boilerplate.ts';
import { guessMetadata } from '../../../shared/text/guess-metadata.ts';
import type { ImportPreview } from '../../../shared/ipc/import-results.ts';
import type { DocumentMetadata } from '../../../shared/model/document.ts';
import { limits } from '../../../shared/model/limits.ts';
import { readImportFile } from './read-import-file.ts';
import type { ReadResult } from './read-result.ts';
import { textHash } from './text-hash.ts';

/** A file waiting in the import preview: its bytes (to re-read in another encoding) and what reading gave. */
export interface StagedFile {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  read: ReadResult;
  /** The normalised text and its hash, when the file could be read. */
  text: string;
  hash: string | null;
  preview: ImportPreview;
}

/** Files held for previews at once: beyond it the oldest are let go (a cancelled dialog leaves nothing behind for long). */
const MAX_STAGED_BYTES = 512 * 1024 * 1024;

/**
 * Files between "chosen" and "imported": read, normalised and described
 * once, kept so that choosing another encoding re-reads the same bytes and
 * so that the import itself sends no bytes again.
 */
export class ImportStaging {
  private readonly files = new Map<string, StagedFile>();

  async stage(
    fileName: string,
    bytes: Uint8Array,
    findDuplicate: (hash: string, self: string) => ImportPreview['duplicateOf'],
    encoding?: TextEncoding,
    id: string = randomUUID(),
  ): Promise<StagedFile> {
    const read = await readImportFile(fileName, bytes, encoding);
    const text = read.ok ? normalizeText(read.text) : '';
    const hash = read.ok ? textHash(text) : null;
    const staged: StagedFile = {
      id,
      fileName,
      bytes,
      read,
      text,
      hash,
      preview: previewOf(id, fileName, bytes.length, read, text, hash ? findDuplicate(hash, id) : null),
    };
    this.files.delete(id);
    this.files.set(id, staged);
    this.evict();
    return staged;
  }

  get(id: string): StagedFile | undefined {
    return this.files.get(id);
  }

  /** Staged files other than `except` with this hash, oldest first. */
  withHash(hash: string, except: string): StagedFile | undefined {
    for (const f of this.files.values()) if (f.id !== except && f.hash === hash) return f;
    return undefined;
  }

  discard(ids: readonly string[]): void {
    for (const id of ids) this.files.delete(id);
  }

  private evict(): void {
    let total = 0;
    for (const f of this.files.values()) total += heldBytes(f);
    for (const f of this.files.values()) {
      if (total <= MAX_STAGED_BYTES) break;
      total -= heldBytes(f);
      this.files.delete(f.id);
    }
  }
}

/** The bytes, and the texts at two bytes a character. */
function heldBytes(f: StagedFile): number {
  return f.bytes.length + 2 * (f.text.length + (f.read.ok ? f.read.text.length : 0));
}

function previewOf(
  stagingId: string,
  fileName: string,
  size: number,
  read: ReadResult,
  text: string,
  duplicateOf: ImportPreview['duplicateOf'],
): ImportPreview {
  if (!read.ok) {
    return {
      stagingId,
      fileName,
      size,
      status: 'failed',
      reason: read.reason,
      format: null,
      encoding: null,
      detectedBy: null,
      text: '',
      boilerplate: [],
      title: fileName,
      metadata: {},
      duplicateOf: null,
      warnings: [],
    };
  }
  const boilerplate = detectBoilerplate(text);
  const guess = guessMetadata(text, boilerplate);
  const { title: hintedTitle, ...hints } = read.hints;
  const metadata: DocumentMetadata = {};
  const set = (key: keyof DocumentMetadata, value: string | null | undefined) => {
    if (value) metadata[key] = value.trim().slice(0, key === 'language' ? 35 : limits.metadataFieldLength);
  };
  set('source', hints.source ?? guess.source);
  set('author', hints.author);
  set('date', hints.date ?? guess.date);
  set('url', hints.url);
  set('language', hints.language ?? guess.language);
  return {
    stagingId,
    fileName,
    size,
    status: 'ready',
    reason: null,
    format: read.format,
    encoding: read.encoding ?? null,
    detectedBy: read.detectedBy ?? null,
    text,
    boilerplate,
    title: (hintedTitle ?? guess.title ?? fileName.replace(/\.[^.]+$/, '')).slice(0, limits.titleLength),
    metadata,
    duplicateOf,
    warnings: read.warnings,
  };
}
