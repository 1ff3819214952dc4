import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { QueryClause } from '../../../shared/search/parse-query.ts';
import type { IndexProgress } from '../../../shared/search/search-results.ts';
import { textHash } from '../import/text-hash.ts';
import { type Stamp, stampOf } from '../store/open-catalog.ts';
import { layout } from '../store/project-layout.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { CorpusIndex } from './corpus-index.ts';
import { encodeSearchIndex, type IndexedText, readSearchIndex, writeSearchIndex } from './search-index-file.ts';
import { TextCache } from './text-cache.ts';
import { textTerms } from './text-terms.ts';

/** How long indexing runs before letting other work through (the main process must stay responsive). */
const SLICE_MS = 12;
/** How long after the build or the last change the index is written (changes come in bursts: an import, a run of edits). */
const SAVE_DELAY_MS = 5_000;
/** How many characters of texts the concordance keeps read: 16 MB of Russian, a sixth of the benchmark's 10,000 news. */
const TEXT_CACHE_CHARACTERS = 8_000_000;

/**
 * One project's texts as search sees them: the index of their words, kept
 * in the project's cache (.cache/search-index.bin) between sessions, and
 * the texts themselves, read when the concordance needs them.
 *
 * At the first build the index is read from the cache; a document whose
 * text.json has the stamp it had when indexed is taken as it is, any other
 * has its text read and hashed, and is indexed again only when the hash
 * differs; documents without an entry are indexed as they are read. The
 * cache is written after the build, a few seconds after changes, and at
 * close.
 */
export class IndexedCorpus {
  private index = new CorpusIndex();
  /** Per indexed document, what its entry was made from. */
  private readonly made = new Map<string, IndexedText>();
  /** Documents whose entry is known to hold their text (indexed in this session, or checked against the disk). */
  private readonly current = new Set<string>();
  private readonly stale = new Set<string>();
  private readonly unreadable = new Set<string>();
  /** Per document, how many times its text changed in this session: a read older than the last change is not indexed. */
  private readonly changes = new Map<string, number>();
  private readonly texts = new TextCache(TEXT_CACHE_CHARACTERS);
  private building: Promise<void> | null = null;
  private loaded = false;
  private built = false;
  private stopped = false;
  /** True when the index differs from the cache file. */
  private unsaved = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly stopListening: Array<() => void>;

  constructor(private readonly store: ProjectStore) {
    const changed = (id: string) => {
      this.stale.add(id);
      this.changes.set(id, (this.changes.get(id) ?? 0) + 1);
      this.texts.delete(id);
    };
    this.stopListening = [
      store.onTextsChanged((ids) => ids.forEach(changed)),
      // A deleted document leaves every result at once; one brought back by undo is read and checked again.
      store.onDocumentSetChanged(({ removed, restored }) => {
        for (const id of removed) {
          changed(id);
          this.stale.delete(id);
          this.unreadable.delete(id);
          this.forget(id);
        }
        restored.forEach(changed);
      }),
    ];
  }

  /** Starts indexing in the background (once); resolves when every document is indexed. */
  build(): Promise<void> {
    this.building ??= this.indexAll();
    return this.building;
  }

  progress(): IndexProgress {
    const documents = this.store.listDocumentInfos();
    let indexed = 0;
    // Unreadable texts count as done: they cannot be indexed, and waiting for them would never end.
    for (const d of documents) if (this.current.has(d.id) || this.unreadable.has(d.id)) indexed++;
    return { indexed, total: documents.length };
  }

  /** Indexes changed texts again and gives the background build up to `waitMs` to finish. */
  async ready(waitMs: number): Promise<void> {
    const build = this.build();
    await Promise.race([build, new Promise((resolve) => setTimeout(resolve, waitMs))]);
    for (const id of [...this.stale]) await this.refresh(id);
  }

  /** The documents the store lists that hold a form of every word of the clauses, in Library order. */
  candidates(clauses: readonly QueryClause[]): DocumentInfo[] {
    const picked = this.documentsWith(clauses);
    return picked.size ? this.store.listDocumentInfos().filter((d) => picked.has(d.id)) : [];
  }

  /** As candidates, unordered; may hold a document deleted since it was indexed. */
  documentsWith(clauses: readonly QueryClause[]): Set<string> {
    return new Set(this.index.candidates(clauses));
  }

  /** A document's text, or null when it cannot be read (the store reports why). */
  async text(id: string): Promise<string | null> {
    const cached = this.texts.get(id);
    if (cached !== undefined) return cached;
    try {
      const { text } = await this.store.text(id);
      this.texts.set(id, text);
      return text;
    } catch {
      return null;
    }
  }

  /** Stops indexing and writes the cache if it lags behind; resolves once nothing more will be written. */
  async close(): Promise<void> {
    this.stopped = true;
    for (const stop of this.stopListening) stop();
    clearTimeout(this.saveTimer);
    await this.building?.catch(() => {});
    await this.save();
  }

  private async indexAll(): Promise<void> {
    this.load();
    let sliceStart = performance.now();
    for (const { id } of this.store.listDocumentInfos()) {
      if (this.stopped) return;
      if (this.current.has(id) || this.unreadable.has(id)) continue;
      const made = this.made.get(id);
      if (made && sameStamp(made.stamp, stampOf(layout.textFile(this.store.dir, id)))) this.current.add(id);
      else await this.refresh(id);
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    // Documents added while the build ran.
    if (this.store.listDocumentInfos().some((d) => !this.current.has(d.id) && !this.unreadable.has(d.id))) {
      return this.indexAll();
    }
    this.built = true;
    this.dropUnlisted();
    if (this.unsaved) this.scheduleSave(SAVE_DELAY_MS);
  }

  /** Takes the cache file's index, if there is a usable one (anything else, and the index is built from the texts). */
  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const file = readSearchIndex(this.store.dir);
    if (!file) return;
    this.index = new CorpusIndex(file.snapshot);
    file.snapshot.documents.forEach((id, n) => {
      this.made.set(id, file.texts[n] as IndexedText);
    });
  }

  /** Reads a document's text and hashes it; its terms are indexed only when the text is not the one indexed. */
  private async refresh(id: string): Promise<void> {
    this.stale.delete(id);
    const change = this.changes.get(id);
    // Taken before the read: a write during it leaves another stamp, so the next open reads the text again.
    const stamp = stampOf(layout.textFile(this.store.dir, id));
    let text: string;
    try {
      text = (await this.store.text(id)).text;
    } catch {
      this.forget(id);
      // A damaged text is reported by the store; search goes on without it. A deleted document just leaves.
      if (this.store.hasDocument(id)) this.unreadable.add(id);
      return;
    }
    // Changed again (or deleted) while it was read: what it is now is read instead.
    if (this.changes.get(id) !== change) return;
    this.unreadable.delete(id);
    const hash = textHash(text);
    if (this.made.get(id)?.hash !== hash || !this.index.has(id)) this.index.put(id, textTerms(text));
    this.made.set(id, { hash, stamp });
    this.current.add(id);
    this.markUnsaved();
  }

  private forget(id: string): void {
    if (!this.made.has(id)) return;
    this.index.remove(id);
    this.made.delete(id);
    this.current.delete(id);
    this.markUnsaved();
  }

  /** Documents no longer in the store (deleted, here or while the project was closed) leave the index. */
  private dropUnlisted(): void {
    const listed = new Set(this.store.listDocumentInfos().map((d) => d.id));
    for (const id of this.index.documentIds()) if (!listed.has(id)) this.forget(id);
  }

  private markUnsaved(): void {
    this.unsaved = true;
    if (this.built) this.scheduleSave(SAVE_DELAY_MS);
  }

  private scheduleSave(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), delayMs);
    this.saveTimer.unref();
  }

  /**
   * Writes the index as it stands, and keeps the written form in memory
   * too: numbered anew and compact, without what changes left behind.
   * One write at a time; a failed one only means the next open builds more.
   */
  private save(): Promise<void> {
    this.saving = this.saving.then(async () => {
      if (!this.unsaved) return;
      this.dropUnlisted();
      this.unsaved = false;
      const snapshot = this.index.snapshot();
      this.index = new CorpusIndex(snapshot);
      const texts = snapshot.documents.map((id) => this.made.get(id) as IndexedText);
      try {
        await writeSearchIndex(this.store.dir, encodeSearchIndex({ snapshot, texts }));
      } catch {
        // Only a cache (a read-only folder, a full disk): the next open builds what it lacks.
      }
    });
    return this.saving;
  }
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  return a !== null && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
