import type { CodedSpan } from './align-units.ts';
import { type CoderCategoryUnits, type UnitizingAlphaResult, unitizingAlphaOfCategories } from './unitizing-alpha.ts';

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
  // Per category, per coder: begins and ends on the one continuum, pushed in document order.
  const byCategory = new Map<string, Array<{ begins: number[]; ends: number[] }>>();
  let offset = 0;
  for (const doc of documents) {
    for (const span of doc.spans) {
      const { coder, category } = span;
      // Offsets past the text (a store out of step) are clipped rather than thrown on: the figure stays computable.
      const start = Math.min(span.start, doc.textLength);
      const end = Math.min(span.end, doc.textLength);
      if (end <= start) continue;
      let perCoder = byCategory.get(category);
      if (!perCoder) {
        perCoder = Array.from({ length: coderCount }, () => ({ begins: [], ends: [] }));
        byCategory.set(category, perCoder);
      }
      const own = perCoder[coder] as { begins: number[]; ends: number[] };
      own.begins.push(offset + start);
      own.ends.push(offset + end);
    }
    offset += doc.textLength;
  }
  let merged = 0;
  const groups = new Map<string, CoderCategoryUnits[]>();
  for (const [category, perCoder] of byCategory) {
    groups.set(
      category,
      perCoder.map((units) => {
        const own = mergeOverlaps(units.begins, units.ends);
        merged += units.begins.length - own.begins.length;
        return own;
      }),
    );
  }
  // An empty continuum (no documents, or only empty ones) has nothing to compare: no units.
  const continuum = { begin: 0, length: Math.max(offset, 1) };
  return { result: unitizingAlphaOfCategories(continuum, coderCount, groups), merged };
}

/**
 * One coder's spans of one category, sorted, with the overlapping ones
 * replaced by their union (spans that only touch stay apart: they do not
 * share a character).
 */
export function mergeOverlaps(begins: readonly number[], ends: readonly number[]): CoderCategoryUnits {
  // Spans arrive in document order and in text order within one (units are formed so): most often
  // already sorted and apart, which needs no copy.
  let sorted = true;
  let apart = true;
  for (let k = 1; k < begins.length && sorted; k++) {
    sorted = (begins[k - 1] as number) <= (begins[k] as number);
    if ((begins[k] as number) < (ends[k - 1] as number)) apart = false;
  }
  if (sorted && apart) return { begins, ends };
  const order = Array.from(begins.keys());
  if (!sorted) order.sort((a, b) => (begins[a] as number) - (begins[b] as number));
  const outBegins: number[] = [];
  const outEnds: number[] = [];
  for (const k of order) {
    const b = begins[k] as number;
    const e = ends[k] as number;
    const last = outEnds.length - 1;
    if (last >= 0 && b < (outEnds[last] as number)) {
      if (e > (outEnds[last] as number)) outEnds[last] = e;
      continue;
    }
    outBegins.push(b);
    outEnds.push(e);
  }
  return { begins: outBegins, ends: outEnds };
}
