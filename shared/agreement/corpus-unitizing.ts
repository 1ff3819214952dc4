import type { CodedSpan } from './align-units.ts';
import { type UnitizingAlphaResult, type UnitizingUnit, unitizingAlpha } from './unitizing-alpha.ts';

/**
 * Krippendorff's αu over documents: each document is a continuum of its
 * full text length (what no coder marked counts as agreed gaps), and
 * several documents are laid end to end into one continuum, so the overall
 * figure weighs every character once.
 *
 * αu needs one coder's units of a category not to overlap (the tiling of
 * the continuum into units and gaps would be ambiguous). A coder's own
 * overlapping spans of one category are therefore merged into their union
 * first — the characters that coder marked with that category — and how
 * many were merged away is counted, so the change is visible.
 */

export interface UnitizingDocument {
  /** Text length (UTF-16 code units): the document's stretch of the continuum. */
  readonly textLength: number;
  /** The compared spans of every chosen coder in this document. */
  readonly spans: readonly CodedSpan[];
}

export interface CorpusUnitizing {
  readonly result: UnitizingAlphaResult;
  /** Spans merged into a same-category span of their own coder that they overlapped. */
  readonly merged: number;
}

export function corpusUnitizing(documents: readonly UnitizingDocument[], coderCount: number): CorpusUnitizing {
  const perCoder: UnitizingUnit[][] = Array.from({ length: coderCount }, () => []);
  let offset = 0;
  for (const doc of documents) {
    for (const { annotation, coder, category } of doc.spans) {
      // Offsets past the text (a store out of step) are clipped rather than thrown on: the figure stays computable.
      const start = Math.min(annotation.start, doc.textLength);
      const end = Math.min(annotation.end, doc.textLength);
      if (end > start)
        (perCoder[coder] as UnitizingUnit[]).push({ begin: offset + start, length: end - start, category });
    }
    offset += doc.textLength;
  }
  let merged = 0;
  const coders = perCoder.map((units) => {
    const own = mergeOverlaps(units);
    merged += units.length - own.length;
    return own;
  });
  if (offset === 0) {
    const result = unitizingAlpha(
      { begin: 0, length: 1 },
      coders.map(() => []),
    );
    return { result, merged };
  }
  return { result: unitizingAlpha({ begin: 0, length: offset }, coders), merged };
}

/** One coder's units with the overlapping ones of a category replaced by their union (touching ones stay apart). */
export function mergeOverlaps(units: readonly UnitizingUnit[]): UnitizingUnit[] {
  const sorted = [...units].sort(
    (a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) || a.begin - b.begin,
  );
  const out: UnitizingUnit[] = [];
  let current: { begin: number; end: number; category: string } | null = null;
  for (const u of sorted) {
    if (current && current.category === u.category && u.begin < current.end) {
      current.end = Math.max(current.end, u.begin + u.length);
      continue;
    }
    if (current) out.push({ begin: current.begin, length: current.end - current.begin, category: current.category });
    current = { begin: u.begin, end: u.begin + u.length, category: u.category };
  }
  if (current) out.push({ begin: current.begin, length: current.end - current.begin, category: current.category });
  return out;
}
