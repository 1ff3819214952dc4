import { descendantIds } from '../codebook/tag-tree.ts';
import type { Tag } from '../model/codebook.ts';
import type { CurationStatus } from '../curation/curation-types.ts';
import type { DocumentSummary } from '../model/document.ts';
import { curationStatusOf } from './curation-status.ts';
import { dateKey } from './document-date.ts';

/**
 * The value of the source or language filter that asks for documents
 * WITHOUT that field, so a researcher can find what is left to fill in.
 * (A private-use character, safe as an HTML option's value: no real
 * source or language is written so.)
 */
export const noValue = '\uE000';

/** What the Library shows. Empty strings mean "no condition". */
export interface LibraryFilter {
  /** Words that must all occur in the title, source, author or file name (any case; ё = е). */
  text: string;
  /**
   * Inclusive bounds, partial ISO dates (2023, 2023-09 or 2023-09-08): "2023"
   * as the upper bound keeps all of 2023. Set, they leave out documents
   * whose date cannot be read.
   */
  dateFrom: string;
  dateTo: string;
  /** One exact source, or `noValue`. */
  source: string;
  /** One exact language, or `noValue`. */
  language: string;
  /** A tag: documents with an annotation of it or of any of its sub-tags (see `tagAndDescendants`). */
  tagId: string;
  actorId: string;
  coderId: string;
  annotated: 'any' | 'yes' | 'no';
  /** One curation status (not started, in progress, done), or '' for any. */
  curation: '' | CurationStatus;
}

export const emptyLibraryFilter: LibraryFilter = {
  text: '',
  dateFrom: '',
  dateTo: '',
  source: '',
  language: '',
  tagId: '',
  actorId: '',
  coderId: '',
  annotated: 'any',
  curation: '',
};

export function isFilterActive(f: LibraryFilter): boolean {
  return (
    f.text.trim() !== '' ||
    f.dateFrom !== '' ||
    f.dateTo !== '' ||
    f.source !== '' ||
    f.language !== '' ||
    f.tagId !== '' ||
    f.actorId !== '' ||
    f.coderId !== '' ||
    f.annotated !== 'any' ||
    f.curation !== ''
  );
}

/** A tag's id with those of every tag below it: what a tag filter matches. */
export function tagAndDescendants(tags: readonly Tag[], tagId: string): ReadonlySet<string> {
  return new Set([tagId, ...descendantIds(tags, tagId)]);
}

/**
 * The documents that meet every condition of `filter`, in their given order
 * (so sorting once and filtering on each keystroke keeps typing cheap).
 * `tagIdsIncluding` is the set a tag filter matches, from `tagAndDescendants`;
 * without it only the tag itself counts.
 */
export function filterDocuments(
  docs: readonly DocumentSummary[],
  filter: LibraryFilter,
  tagIdsIncluding?: ReadonlySet<string> | null,
): readonly DocumentSummary[] {
  if (!isFilterActive(filter)) return docs;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const tagIds = filter.tagId ? (tagIdsIncluding ?? new Set([filter.tagId])) : null;
  const { dateFrom, dateTo, source, language, actorId, coderId, annotated, curation } = filter;
  const out: DocumentSummary[] = [];
  for (const d of docs) {
    if (annotated === 'yes' && d.annotationCount === 0) continue;
    if (annotated === 'no' && d.annotationCount > 0) continue;
    if (source && (d.metadata.source || noValue) !== source) continue;
    if (language && (d.metadata.language || noValue) !== language) continue;
    if (tagIds && !d.tagIds.some((id) => tagIds.has(id))) continue;
    if (actorId && !d.actorIds.includes(actorId)) continue;
    if (coderId && !d.coderIds.includes(coderId)) continue;
    if (curation && curationStatusOf(d) !== curation) continue;
    if (words.length > 0 || dateFrom || dateTo) {
      const keys = rowKeys(d);
      if (!words.every((w) => keys.text.includes(w))) continue;
      if ((dateFrom || dateTo) && !withinDates(keys.day, dateFrom, dateTo)) continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * A date passes a bound when it may fall on or after `from` (before `to`):
 * the date and the bound are compared at the lesser of their precisions, so
 * "2023-09" is kept by 2023-09-15…2023-09-20, while "2023-08" is not, and
 * 2023-12-31 is kept by the bound "2023".
 */
function withinDates(day: string | null, from: string, to: string): boolean {
  if (day === null) return false;
  if (from && cut(day, from) < cut(from, day)) return false;
  if (to && cut(day, to) > cut(to, day)) return false;
  return true;
}

/** `date` to no more precision than `other`. */
const cut = (date: string, other: string) => date.slice(0, Math.min(date.length, other.length));

interface RowKeys {
  /** Title, source, author and file name, folded, one per line. */
  text: string;
  /** The date's day part ("2023-09-08", "2023-09", "2023"), or null. */
  day: string | null;
}

/**
 * Keys computed once per document object, not per keystroke. Summaries are
 * replaced, never mutated, when a document changes, so a WeakMap keyed by
 * the object can never hand back stale keys and lets old ones be collected.
 */
const keysCache = new WeakMap<DocumentSummary, RowKeys>();

function rowKeys(d: DocumentSummary): RowKeys {
  let keys = keysCache.get(d);
  if (!keys) {
    const m = d.metadata;
    keys = {
      text: fold(`${d.title}\n${m.source ?? ''}\n${m.author ?? ''}\n${d.fileName ?? ''}`),
      day: dateKey(m.date)?.slice(0, 10) ?? null,
    };
    keysCache.set(d, keys);
  }
  return keys;
}

/** Case-insensitive, and ё written as е, as most Russian texts and typists do. */
function fold(s: string): string {
  return s.toLowerCase().replaceAll('ё', 'е');
}

// Sorting has its own file; it is offered here too, as the Library's one entry point.
export {
  defaultLibrarySort,
  type LibrarySort,
  type LibrarySortColumn,
  sortDocuments,
} from './sort-documents.ts';
