import type { Annotation } from './annotation.ts';

/**
 * An annotation listed outside its document (actor pages, timelines, links,
 * search results), with what is needed to show it without loading the document.
 */
export interface AnnotationRow {
  annotation: Annotation;
  documentTitle: string;
  /** The document's date as its metadata holds it (free text); see statementDate. */
  documentDate: string | null;
}
