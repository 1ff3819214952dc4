import type { Annotation } from '../../../../../shared/model/annotation.ts';
import { type Mark, segmentize } from '../segments.ts';

/** A piece of the curated line: the curated annotations over it (innermost first) and what their decisions were about. */
export interface CuratedPiece {
  start: number;
  end: number;
  /** Ids of the curated annotations covering it, the shortest first. */
  curated: string[];
  /** The units (indices) those annotations were decided for, for clicks. */
  units: number[];
  /** The innermost annotation's tag, or null for unmarked text. */
  tagId: string | null;
  /** A curated annotation begins here (its mark starts: a sign goes before the piece). */
  begins: boolean;
}

/**
 * One line of text (start–end, without its line break) with the curated
 * layer's annotations, as pieces: the row drawn above the coders' row of the
 * same line. `curated` are the annotations near the line (those of its
 * block), `unitOf` the unit each came from. Pure, tested without a DOM.
 */
export function curatedLine(
  start: number,
  end: number,
  curated: readonly Annotation[],
  unitOf: ReadonlyMap<string, number>,
): CuratedPiece[] {
  const marks: readonly Mark[] = curated;
  return segmentize(start, end, marks).map((segment) => {
    const cover = segment.cover
      .map((i) => curated[i] as Annotation)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    const units = [...new Set(cover.map((a) => unitOf.get(a.id)).filter((u): u is number => u !== undefined))];
    return {
      start: segment.start,
      end: segment.end,
      curated: cover.map((a) => a.id),
      units,
      tagId: cover[0]?.tagId ?? null,
      begins: cover.some((a) => a.start === segment.start),
    };
  });
}

/** The curated annotations of each block (those overlapping it), in one pass; annotations sorted by start. */
export function curatedByBlock(
  blocks: readonly { start: number; end: number }[],
  curated: readonly Annotation[],
): Annotation[][] {
  const out: Annotation[][] = blocks.map(() => []);
  const sorted = [...curated].sort((a, b) => a.start - b.start || a.end - b.end);
  let first = 0;
  for (const a of sorted) {
    while (first < blocks.length && (blocks[first] as { end: number }).end <= a.start) first++;
    for (let b = first; b < blocks.length && (blocks[b] as { start: number }).start < Math.max(a.end, a.start + 1); b++)
      out[b]?.push(a);
  }
  return out;
}
