import type { Annotation } from '../model/annotation.ts';
import { dateKey } from './document-date.ts';

/**
 * The date a statement was made, as a partial ISO date that sorts and
 * compares as text ("2023", "2023-09" or "2023-09-08"), or null when it is
 * unknown. Its own date wins: a statement quoted in a later article was made
 * earlier. Else it is its document's, read from the free-text metadata field
 * as the Library reads it (so "08.09.2023" counts, and a time of day is
 * dropped). Every list, sort and filter of statements by date uses this one
 * reading, so a statement cannot be dated one way on a timeline and another
 * in a network.
 */
export function statementDate(
  annotation: Pick<Annotation, 'statementDate'>,
  documentDate: string | null | undefined,
): string | null {
  return annotation.statementDate ?? dateKey(documentDate ?? undefined)?.slice(0, 10) ?? null;
}

/** The same for an annotation listed outside its document, with its document's date beside it. */
export function rowStatementDate(row: {
  annotation: Pick<Annotation, 'statementDate'>;
  documentDate: string | null;
}): string | null {
  return statementDate(row.annotation, row.documentDate);
}

/**
 * Orders dates from statementDate, earliest first and undated last. A year
 * comes before the days within it ("2023" < "2023-09-08"): it is known
 * less precisely, not later. Equal dates compare as 0, so a stable sort
 * keeps their order.
 */
export function compareStatementDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
