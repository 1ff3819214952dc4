import type { DocumentSummary } from '../model/document.ts';
import { compareTexts } from '../text/compare-names.ts';
import { dateKey } from './document-date.ts';

export type LibrarySortColumn = 'title' | 'date' | 'source' | 'language' | 'annotations' | 'added';

export interface LibrarySort {
  column: LibrarySortColumn;
  direction: 'asc' | 'desc';
}

/** The order documents were added in: the Library's order before anyone sorts. */
export const defaultLibrarySort: LibrarySort = { column: 'added', direction: 'asc' };

/**
 * The documents ordered by one column; text in the order of the documents'
 * language when they share one, else of the window's (`language`).
 * Documents without a value (no source, an unreadable date) come last in
 * both directions; ties keep their given order. Each document's key is read
 * once, and text keys are ranked by sorting the distinct values only (a
 * corpus of 10,000 has a few dozen sources), so the main sort compares numbers.
 */
export function sortDocuments(docs: readonly DocumentSummary[], sort: LibrarySort, language = 'ru'): DocumentSummary[] {
  const ranks = rankKeys(docs, sort.column, language);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const order = Uint32Array.from(docs.keys());
  order.sort((a, b) => {
    const ra = ranks[a]!;
    const rb = ranks[b]!;
    if (Number.isNaN(ra) || Number.isNaN(rb)) {
      if (Number.isNaN(ra) && Number.isNaN(rb)) return a - b;
      return Number.isNaN(ra) ? 1 : -1;
    }
    return (ra - rb) * sign || a - b;
  });
  return Array.from(order, (i) => docs[i]!);
}

/** A number per document that orders like its key (NaN: no value). */
function rankKeys(docs: readonly DocumentSummary[], column: LibrarySortColumn, language: string): Float64Array {
  const ranks = new Float64Array(docs.length);
  if (column === 'annotations') {
    docs.forEach((d, i) => {
      ranks[i] = d.annotationCount;
    });
    return ranks;
  }
  if (column === 'added') {
    docs.forEach((d, i) => {
      ranks[i] = Date.parse(d.created);
    });
    return ranks;
  }
  const keys = docs.map((d) => textKey(d, column));
  const distinct = [...new Set(keys)].filter((k): k is string => k !== null);
  // Dates are ISO-like and sort as plain text; the rest as the documents' language orders it.
  const collate = compareTexts(
    docs.map((d) => d.metadata.language),
    language,
  );
  distinct.sort(column === 'date' ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : collate);
  const rankOf = new Map(distinct.map((k, i) => [k, i]));
  keys.forEach((k, i) => {
    ranks[i] = k === null ? Number.NaN : rankOf.get(k)!;
  });
  return ranks;
}

function textKey(d: DocumentSummary, column: 'title' | 'date' | 'source' | 'language'): string | null {
  switch (column) {
    case 'title':
      return d.title;
    case 'date':
      return dateKey(d.metadata.date);
    case 'source':
      return d.metadata.source?.trim() || null;
    case 'language':
      return d.metadata.language?.trim() || null;
  }
}
