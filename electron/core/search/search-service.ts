import { findNameMentions } from '../../../shared/actors/find-name-mentions.ts';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { MentionSuggestion } from '../../../shared/ipc/results.ts';
import { descendantIds } from '../../../shared/codebook/tag-tree.ts';
import { formatDate } from '../../../shared/library/format-date.ts';
import { findOccurrences } from '../../../shared/search/find-occurrences.ts';
import { kwicText } from '../../../shared/search/kwic.ts';
import { parseQuery, type QueryClause } from '../../../shared/search/parse-query.ts';
import { wordTerms } from '../../../shared/search/word-terms.ts';
import type {
  AnnotationSearchResult,
  AnnotationSearchRow,
  IndexProgress,
  KwicLine,
  TextSearchResult,
} from '../../../shared/search/search-results.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { IndexedCorpus } from './indexed-corpus.ts';

/**
 * Search over one open project. The index is loaded or built in the
 * background after the project opens, in short slices (see IndexedCorpus);
 * searches meanwhile see the documents indexed so far and say how far
 * indexing has got. Documents whose text is added or corrected are
 * re-indexed before the next search.
 */
export class SearchService {
  private readonly corpus: IndexedCorpus;
  /** Per document, its annotations' search text (see documentTexts). */
  private readonly annotationTexts = new Map<string, DocumentAnnotationTexts>();
  private readonly stopListening: () => void;

  constructor(private readonly store: ProjectStore) {
    this.corpus = new IndexedCorpus(store);
    this.stopListening = store.onDocumentSetChanged(({ removed }) => {
      for (const id of removed) this.annotationTexts.delete(id);
    });
  }

  /** Starts indexing in the background (once); resolves when every document is indexed. */
  build(): Promise<void> {
    return this.corpus.build();
  }

  progress(): IndexProgress {
    return this.corpus.progress();
  }

  /** Stops indexing; resolves once the index's cache is written (to be awaited before the store closes). */
  stop(): Promise<void> {
    this.stopListening();
    return this.corpus.close();
  }

  /** A concordance of the query over the corpus, in document order, up to `limit` lines. */
  async searchText(query: string, limit: number, waitMs = 250): Promise<TextSearchResult> {
    await this.corpus.ready(waitMs);
    const clauses = parseQuery(query);
    const lines: KwicLine[] = [];
    const candidates = clauses.length ? this.corpus.candidates(clauses) : [];
    let documentCount = 0;
    let scanned = 0;
    for (const info of candidates) {
      if (lines.length >= limit) break;
      scanned++;
      // Read as needed: a page of lines reads only the documents it shows.
      const text = await this.corpus.text(info.id);
      const found = text === null ? [] : findOccurrences(text, clauses);
      if (text === null || !coversAll(found, clauses)) continue;
      documentCount++;
      for (const o of found.slice(0, limit - lines.length)) {
        lines.push({
          documentId: info.id,
          documentTitle: info.title,
          start: o.start,
          end: o.end,
          ...kwicText(text, o.start, o.end),
        });
      }
    }
    const exact = scanned === candidates.length;
    return {
      lines,
      documentCount: exact ? documentCount : documentCount + candidates.length - scanned,
      exact: exact || clauses.every((c) => c.words.length === 1),
      truncated: !exact || lines.length >= limit,
      progress: this.progress(),
    };
  }

  /**
   * Annotations whose own words — quoted text, memo, date, tag name, actors
   * (named, speaking or addressed; by name or alias) — meet every clause of
   * the query, optionally only those with a tag (or a sub-tag of it) or an
   * actor, or only one coder's (the curated layer, when it is the result the
   * views read). With `documentDetails` (the link picker) the document's
   * title and date may meet a clause too, and such rows say so.
   */
  searchAnnotations(
    query: string,
    filter: { tagId?: string; actorId?: string; coderId?: string; documentDetails?: boolean },
    limit: number,
  ): AnnotationSearchResult {
    const s = this.store;
    const tags = s.codebook().tags;
    const tagIds = filter.tagId ? new Set([filter.tagId, ...descendantIds(tags, filter.tagId)]) : null;
    const tests = parseQuery(query).map((clause) => ({
      clause,
      // As the concordance's pattern does: an English stem ending in i (happi) begins the word with y (happy).
      prefixes: clause.words.map((w) => wordTerms(w).map((t) => (/[a-z]i$/.test(t) ? t.slice(0, -1) : t))),
      // A clause may be met by the annotation's tag or actors instead of its text.
      tagIds: new Set(tags.filter((t) => findOccurrences(t.name, [clause]).length).map((t) => t.id)),
      actorIds: new Set(
        [...s.actors()]
          .filter((a) => [a.name, ...a.aliases].some((n) => findOccurrences(n, [clause]).length))
          .map((a) => a.id),
      ),
    }));
    // Clauses only text can meet: a document whose annotations' text lacks one of their words is skipped whole.
    const textOnly = tests.filter((t) => t.tagIds.size === 0 && t.actorIds.size === 0);
    const rows: AnnotationSearchRow[] = [];
    let total = 0;
    const byDocument = new Set<Annotation>();
    for (const doc of s.listDocumentInfos()) {
      const texts = this.documentTexts(doc);
      // The document's title and date, for the link picker: met once per document, not per annotation.
      const detailsMeet = filter.documentDetails
        ? tests.map(
            (t) =>
              hasWords(texts.details.folded, t.prefixes) &&
              findOccurrences(texts.details.plain, [t.clause], 1).length > 0,
          )
        : tests.map(() => false);
      const all = filter.documentDetails ? `${texts.all}\n${texts.details.folded}` : texts.all;
      if (!textOnly.every((t) => hasWords(all, t.prefixes))) continue;
      const matches: number[] = [];
      texts.annotations.forEach((annotation, i) => {
        if (tagIds && !tagIds.has(annotation.tagId)) return;
        if (filter.actorId && !involves(annotation, filter.actorId)) return;
        if (filter.coderId && annotation.coderId !== filter.coderId) return;
        let viaDocument = false;
        const meets = tests.every((t, k) => {
          const own =
            t.tagIds.has(annotation.tagId) ||
            (t.actorIds.size > 0 && involvesAny(annotation, t.actorIds)) ||
            // Cheap first: each word's stem must appear in the folded text before the exact check runs.
            (hasWords(texts.folded[i] as string, t.prefixes) &&
              findOccurrences(texts.plain[i] as string, [t.clause], 1).length > 0);
          if (!own && detailsMeet[k]) viaDocument = true;
          return own || detailsMeet[k];
        });
        if (!meets) return;
        matches.push(i);
        if (viaDocument) byDocument.add(annotation);
      });
      total += matches.length;
      if (rows.length >= limit || !matches.length) continue;
      // Documents in the Library's order; within one, in text order. Only documents that reach the page are sorted.
      const inOrder = matches
        .map((i) => texts.annotations[i] as Annotation)
        .sort((x, y) => x.start - y.start || x.end - y.end);
      for (const annotation of inOrder.slice(0, limit - rows.length)) {
        const row: AnnotationSearchRow = {
          annotation,
          documentTitle: doc.title,
          documentDate: doc.metadata.date ?? null,
        };
        if (byDocument.has(annotation)) row.byDocument = true;
        rows.push(row);
      }
    }
    return { rows, total, truncated: total > rows.length };
  }

  /**
   * A document's annotations with their searchable text (quote, memo,
   * date), as written and folded, and all of it joined, and the document's
   * title and date apart;
   * kept until the annotations, the title or the date change.
   */
  private documentTexts(doc: DocumentInfo): DocumentAnnotationTexts {
    const revision = this.store.annotationsRevision(doc.id);
    const annotations = this.store.annotationsOf(doc.id);
    const date = doc.metadata.date ?? '';
    const cached = this.annotationTexts.get(doc.id);
    if (
      cached &&
      cached.revision === revision &&
      cached.annotations === annotations &&
      cached.title === doc.title &&
      cached.date === date
    ) {
      return cached;
    }
    const fold = (p: string) => p.toLowerCase().replaceAll('ё', 'е');
    // An annotation's own words: its quote, memo and date (the statement's own, else its document's),
    // the date also as the app shows it (08.09.2023), so what is seen on screen can be searched for.
    const plain = annotations.map((a) => [a.quote.exact, a.note, asWritten(a.statementDate ?? date)].join('\n'));
    const folded = plain.map(fold);
    const detailsText = [doc.title, asWritten(date)].join('\n');
    const details = { plain: detailsText, folded: fold(detailsText) };
    const entry = { revision, annotations, title: doc.title, date, plain, folded, all: folded.join('\n'), details };
    this.annotationTexts.set(doc.id, entry);
    return entry;
  }

  /**
   * Places where documents name the given actors (name or alias, any
   * grammatical form) outside any tagged mention, leaving out the rejected
   * ones (keys from `mentionKey`). The index picks the documents that hold
   * every word of some name; only those texts are scanned.
   */
  async suggestMentions(actors: readonly Actor[], rejected: ReadonlySet<string>, limit: number, waitMs = 250) {
    await this.corpus.ready(waitMs);
    const s = this.store;
    const perDocument = new Map<string, Actor[]>();
    for (const actor of actors) {
      const seen = new Set<string>();
      for (const name of [actor.name, ...actor.aliases]) {
        for (const id of this.corpus.documentsWith(parseQuery(`"${name.replaceAll('"', ' ')}"`))) {
          if (seen.has(id)) continue;
          seen.add(id);
          perDocument.set(id, [...(perDocument.get(id) ?? []), actor]);
        }
      }
    }
    const mentionTags = new Set(
      s
        .codebook()
        .tags.filter((t) => t.kind === 'actor-mention')
        .map((t) => t.id),
    );
    const suggestions: MentionSuggestion[] = [];
    let total = 0;
    for (const info of s.listDocumentInfos()) {
      const named = perDocument.get(info.id);
      const text = named && (await this.corpus.text(info.id));
      if (!named || !text) continue;
      const taken = s.annotations(info.id).filter((a) => a.actorId || mentionTags.has(a.tagId));
      for (const m of findNameMentions(text, named, taken)) {
        const exact = text.slice(m.start, m.end);
        if (rejected.has(mentionKey(m.actorId, info.id, m.start, exact))) continue;
        total++;
        if (suggestions.length >= limit) continue;
        const { left, right } = kwicText(text, m.start, m.end);
        suggestions.push({
          actorId: m.actorId,
          documentId: info.id,
          documentTitle: info.title,
          start: m.start,
          end: m.end,
          exact,
          left,
          right,
        });
      }
    }
    return { suggestions, total, indexed: this.progress().indexed, documents: this.progress().total };
  }
}

function coversAll(found: readonly { clause: number }[], clauses: readonly QueryClause[]): boolean {
  if (clauses.length === 1) return found.length > 0;
  const seen = new Set(found.map((o) => o.clause));
  return seen.size === clauses.length;
}

interface DocumentAnnotationTexts {
  revision: number;
  annotations: readonly Annotation[];
  title: string;
  date: string;
  plain: string[];
  folded: string[];
  all: string;
  /** The document's title and date, matched only for the link picker. */
  details: { plain: string; folded: string };
}

/** Whether every word of a clause (any of its terms) appears in a folded text. */
function hasWords(folded: string, words: readonly (readonly string[])[]): boolean {
  return words.every((terms) => terms.some((term) => folded.includes(term)));
}

function involvesAny(a: Annotation, actorIds: ReadonlySet<string>): boolean {
  return (
    (!!a.actorId && actorIds.has(a.actorId)) ||
    (!!a.speakerId && actorIds.has(a.speakerId)) ||
    (!!a.addresseeId && actorIds.has(a.addresseeId))
  );
}

function involves(a: Annotation, actorId: string): boolean {
  return a.actorId === actorId || a.speakerId === actorId || a.addresseeId === actorId;
}

/** What identifies a rejected suggestion: the actor, the document, where, and the words. */
export function mentionKey(actorId: string, documentId: string, start: number, exact: string): string {
  return `${actorId}\u0000${documentId}\u0000${start}\u0000${exact}`;
}

/** A date as stored, and as the app shows it when that differs ("2023-09-08" and "08.09.2023"). */
function asWritten(date: string): string {
  const shown = formatDate(date);
  return shown === date.trim() ? date : `${date}\n${shown}`;
}
