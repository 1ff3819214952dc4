import type { AnnotationRow } from '../ipc/results.ts';
import type { KwicText } from './kwic.ts';

/** One concordance line of a corpus search. */
export interface KwicLine extends KwicText {
  documentId: string;
  documentTitle: string;
  /** UTF-16 offsets of the match in the document's text. */
  start: number;
  end: number;
}

/** How far the search index has got: searches see the documents indexed so far. */
export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface TextSearchResult {
  lines: KwicLine[];
  /** Documents that match (for a phrase, an upper bound unless `exact`). */
  documentCount: number;
  exact: boolean;
  /** True when there were more lines than the limit. */
  truncated: boolean;
  progress: IndexProgress;
}

export interface AnnotationSearchResult {
  rows: AnnotationRow[];
  total: number;
  truncated: boolean;
}
