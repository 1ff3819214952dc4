import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';

/** One link of an annotation, seen from it: which way it points and what is at the other end. */
export interface LinkEnd {
  row: LinkRow;
  /** True when the link starts at this annotation (this → other). */
  outgoing: boolean;
  /** The annotation at the other end; null when it was deleted (a broken link). */
  other: AnnotationRow | null;
}

/** The links of one annotation, in the order the core lists them. */
export function linkEndsOf(rows: readonly LinkRow[], annotationId: string): LinkEnd[] {
  const ends: LinkEnd[] = [];
  for (const row of rows) {
    if (row.link.fromId === annotationId) ends.push({ row, outgoing: true, other: row.to });
    else if (row.link.toId === annotationId) ends.push({ row, outgoing: false, other: row.from });
  }
  return ends;
}
