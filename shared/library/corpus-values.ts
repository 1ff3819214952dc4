import type { DocumentSummary } from '../model/document.ts';
import { compareNames } from '../text/compare-names.ts';

export interface ValueCount {
  value: string;
  count: number;
}

/**
 * The values one metadata field takes across the corpus, each with the
 * number of documents that have it, in Russian alphabetical order; and how
 * many documents leave it empty. For the Library's filters and for
 * suggestions while editing, so a source is typed the same way each time.
 */
export function metadataValueCounts(
  docs: readonly DocumentSummary[],
  field: 'source' | 'language' | 'author',
): { values: ValueCount[]; missing: number } {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const d of docs) {
    const value = d.metadata[field];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    else missing++;
  }
  const values = Array.from(counts, ([value, count]) => ({ value, count }));
  values.sort((a, b) => compareNames(a.value, b.value));
  return { values, missing };
}

/** Every coder who annotated some document, each once, in order of first appearance. */
export function coderIdsOf(docs: readonly DocumentSummary[]): string[] {
  const ids = new Set<string>();
  for (const d of docs) for (const id of d.coderIds) ids.add(id);
  return [...ids];
}
