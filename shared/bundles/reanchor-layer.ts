import { describeQuote } from '../anchoring/text-quote.ts';
import { findQuote } from '../anchoring/map-annotations.ts';
import { splitsSurrogatePair } from '../anchoring/surrogates.ts';
import type { Annotation } from '../model/annotation.ts';

/** Annotations of a bundle placed onto our text of the same document. */
export interface ReanchoredLayer {
  annotations: Annotation[];
  /** Those whose quote is nowhere in our text: kept as orphans (orphaned: true), never dropped. */
  orphans: Annotation[];
  placed: number;
}

/**
 * Places annotations made on their text of a document onto our text of it
 * (cleaned or corrected differently): each by its quote — the exact words,
 * the best-matching context, then the nearest to where it was — so a span
 * is only placed where our text holds exactly the words it quoted. One
 * whose words are nowhere is kept as an orphan at the nearest valid point,
 * with its quote, for the user to re-attach. Never changes its input.
 */
export function reanchorLayer(annotations: readonly Annotation[], ourText: string): ReanchoredLayer {
  const out: Annotation[] = [];
  const orphans: Annotation[] = [];
  let placed = 0;
  for (const a of annotations) {
    const span = a.quote.exact ? findQuote(ourText, a.quote, a.start) : null;
    if (span) {
      placed++;
      const { orphaned: _, ...rest } = a;
      out.push({ ...rest, start: span.start, end: span.end, quote: describeQuote(ourText, span.start, span.end) });
      continue;
    }
    const at = pointIn(ourText, a.start);
    const orphan: Annotation = { ...a, start: at, end: at, orphaned: true };
    orphans.push(orphan);
    out.push(orphan);
  }
  return { annotations: out, orphans, placed };
}

/** An offset inside the text that does not split a surrogate pair. */
function pointIn(text: string, pos: number): number {
  const clamped = Math.min(Math.max(0, pos), text.length);
  return splitsSurrogatePair(text, clamped) ? clamped - 1 : clamped;
}
