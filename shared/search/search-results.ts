import type { AnnotationRow } from '../model/annotation-row.ts';
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

/** A found annotation; `byDocument` when a word of the query was met only by its document's title or date. */
export interface AnnotationSearchRow extends AnnotationRow {
  byDocument?: true;
}

export interface AnnotationSearchResult {
  rows: AnnotationSearchRow[];
  total: number;
  truncated: boolean;
}
