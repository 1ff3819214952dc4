import { creationTime } from './creation-time.ts';
import { randomUUID } from 'node:crypto';
import type { ImportPreview, ImportSummary } from '../../../shared/ipc/import-results.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { documentFacets } from '../../../shared/library/document-facets.ts';
import type { DocumentInfo, DocumentMetadata, DocumentSummary } from '../../../shared/model/document.ts';
import type { TextEncoding } from '../../../shared/text/decode-text.ts';
import { removeSpans } from '../../../shared/text/detect-boilerplate.ts';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { ImportStaging } from './import-staging.ts';
import { textHash } from './text-hash.ts';
import { type Message, message } from '../../../shared/i18n/message.ts';

/** Documents written at the same time during an import. */
const PARALLEL_WRITES = 8;

interface Prepared {
  stagingId: string;
  fileName: string;
  info: DocumentInfo;
  text: string;
  originalText: string;
}

export interface ImportItem {
  stagingId: string;
  title: string;
  metadata: DocumentMetadata;
  /** Stretches of the normalised text to leave out (the cleanup the user accepted). */
  remove: Array<{ start: number; end: number }>;
}

/**
 * Importing files into the open project: stage (read, normalise, describe,
 * look for duplicates), preview again in another encoding, import what the
 * user confirmed. Each document is added whole or not at all; a failure is
 * reported for its file and the others go on.
 */
export class ImportService {
  private readonly staging = new ImportStaging();
  /** Texts of the project by hash, filled on first need (older documents have no stored hash). */
  private hashes: Map<string, { documentId: string; title: string }> | null = null;

  constructor(private readonly store: ProjectStore) {
    // A deleted document is no duplicate of anything; one brought back by undo is again. Read anew when needed.
    store.onDocumentSetChanged(() => {
      this.hashes = null;
    });
  }

  async stage(fileName: string, bytes: Uint8Array, encoding?: TextEncoding): Promise<ImportPreview> {
    await this.loadHashes();
    return (await this.staging.stage(fileName, bytes, (hash, self) => this.duplicateOf(hash, self), encoding)).preview;
  }

  /** The same file read again, in the encoding the user chose. */
  async repreview(stagingId: string, encoding: TextEncoding): Promise<ImportPreview> {
    const { fileName, bytes } = this.staged(stagingId);
    const duplicate = (hash: string, self: string) => this.duplicateOf(hash, self);
    return (await this.staging.stage(fileName, bytes, duplicate, encoding, stagingId)).preview;
  }

  discard(stagingIds: readonly string[]): void {
    this.staging.discard(stagingIds);
  }

  async importItems(items: readonly ImportItem[]): Promise<ImportSummary> {
    await this.loadHashes();
    const summary: ImportSummary = { imported: [], duplicates: [], failed: [] };
    const writes: Array<Promise<void>> = [];
    // Filled as writes finish, reported in the order the files were given.
    const added: Array<DocumentSummary | undefined> = [];
    for (const [index, item] of items.entries()) {
      const prepared = this.prepare(item, summary);
      if (!prepared) continue;
      // Claimed before the write, so a second copy in the same import is caught.
      this.hashes?.set(prepared.info.sourceHash as string, {
        documentId: prepared.info.id,
        title: prepared.info.title,
      });
      writes.push(
        this.write(prepared, summary).then((doc) => {
          added[index] = doc;
        }),
      );
      // A few documents are written at once: each write waits mostly on fsync.
      if (writes.length >= PARALLEL_WRITES) await Promise.all(writes.splice(0));
    }
    await Promise.all(writes);
    summary.imported = added.filter((d): d is DocumentSummary => d !== undefined);
    return summary;
  }

  /** The document an item would become, or null (reported in `summary`) if it is a duplicate or cannot be added. */
  private prepare(item: ImportItem, summary: ImportSummary): Prepared | null {
    const staged = this.staging.get(item.stagingId);
    if (!staged) {
      summary.failed.push({
        stagingId: item.stagingId,
        // No name is known: the window says "(unknown file)" in the user's language.
        fileName: '',
        reason: message('importing:reasonExpired'),
      });
      return null;
    }
    const { fileName, read, text, hash } = staged;
    const fail = (reason: Message) => {
      summary.failed.push({ stagingId: item.stagingId, fileName, reason });
      this.staging.discard([item.stagingId]);
      return null;
    };
    if (!read.ok || !hash) return fail(read.ok ? message('importing:reasonUnreadableFile') : read.reason);
    const existing = this.hashes?.get(hash);
    if (existing) {
      summary.duplicates.push({ stagingId: item.stagingId, fileName, duplicateOf: existing.title });
      this.staging.discard([item.stagingId]);
      return null;
    }
    const problem = removalProblem(text, item.remove);
    if (problem) return fail(problem);
    const cleaned = removeSpans(text, item.remove);
    if (!cleaned.trim()) return fail(message('importing:reasonNothingLeft'));
    const info: DocumentInfo = {
      id: randomUUID(),
      title: item.title,
      metadata: item.metadata,
      created: creationTime(),
      textLength: cleaned.length,
      sourceHash: hash,
      fileName: fileName.slice(0, 1_000),
    };
    return { stagingId: item.stagingId, fileName, info, text: cleaned, originalText: read.text };
  }

  private async write(p: Prepared, summary: ImportSummary): Promise<DocumentSummary | undefined> {
    try {
      await this.store.addDocument(p.info, { text: p.text, originalText: p.originalText });
    } catch (error) {
      this.hashes?.delete(p.info.sourceHash as string);
      summary.failed.push({
        stagingId: p.stagingId,
        fileName: p.fileName,
        reason: reasonOfError(error),
      });
      return undefined;
    }
    this.staging.discard([p.stagingId]);
    return { ...p.info, ...documentFacets([]), curationStatus: 'not-started' };
  }

  /** Remembers a document added another way (pasted), so an import of the same text is caught. */
  noteAdded(info: DocumentInfo): void {
    if (this.hashes && info.sourceHash) this.hashes.set(info.sourceHash, { documentId: info.id, title: info.title });
  }

  private staged(stagingId: string) {
    const staged = this.staging.get(stagingId);
    if (!staged) throw new ApiError('not-found', message('errors:notStaged'));
    return staged;
  }

  private duplicateOf(hash: string, self: string): ImportPreview['duplicateOf'] {
    const inProject = this.hashes?.get(hash);
    if (inProject) return { documentId: inProject.documentId, title: inProject.title };
    const earlier = this.staging.withHash(hash, self);
    return earlier ? { documentId: null, title: earlier.fileName } : null;
  }

  private async loadHashes(): Promise<void> {
    if (this.hashes) return;
    const hashes = new Map<string, { documentId: string; title: string }>();
    for (const info of this.store.listDocumentInfos()) {
      let hash = info.sourceHash;
      if (!hash) {
        try {
          hash = textHash(normalizeText((await this.store.text(info.id)).originalText));
        } catch {
          continue; // A damaged text cannot be compared; the store reports it.
        }
      }
      if (!hashes.has(hash)) hashes.set(hash, { documentId: info.id, title: info.title });
    }
    this.hashes = hashes;
  }
}

/** Why writing a document failed: the error's own Message when it has one, else its text as it is. */
function reasonOfError(error: unknown): Message {
  if (error instanceof ApiError && error.text) return error.text;
  return message('importing:reasonText', { text: error instanceof Error ? error.message : String(error) });
}

/** Why a list of stretches to remove does not fit the text, or null. */
function removalProblem(text: string, spans: ImportItem['remove']): Message | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const s of sorted) {
    if (s.end <= s.start || s.end > text.length)
      return message('importing:reasonOutside', { start: s.start, end: s.end });
    if (s.start < previousEnd) return message('importing:reasonOverlap');
    previousEnd = s.end;
  }
  return null;
}
