import { normalizeText } from '../../text/normalize-text.ts';
import { type LineEndCounting, positionLength, positionsToUtf16 } from './read-positions.ts';
import type { RefiSelection } from './read-records.ts';

/** How a project's CRLFs were counted, and what told. */
export interface CountingChoice {
  counting: LineEndCounting;
  /** 'origin': the producing tool's known way; 'fit': the other way made more selections fit their texts. */
  by: 'origin' | 'fit';
  /** Sources with a CRLF, the only ones where the choice matters. */
  documents: number;
}

/** White space squeezed, the rule applied: how a name and a slice are compared. */
function squeezed(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Whether a selection's name gives the words it selects: equal, or, for a
 * name cut short with an ellipsis (ATLAS.ti names a quotation by its first
 * words and "…"), their beginning.
 */
export function namesWords(name: string, words: string): boolean {
  const n = squeezed(name);
  const w = squeezed(words);
  if (n === '') return false;
  if (n.endsWith('…')) return w.startsWith(n.slice(0, -1).trimEnd());
  return n === w;
}

/** Tools known to count a CRLF as one character (the rest count code points, as the standard says). */
export function originCounting(origin: string | null): LineEndCounting {
  return origin !== null && /atlas\.ti/i.test(origin) ? 'crlf-as-one' : 'crlf-as-two';
}

/**
 * Chooses how to count the CRLFs of a project's texts: the producing tool's
 * way unless the other way makes more selections fit — inside the text and,
 * where the selection names its words (ATLAS.ti and QualCoder write them
 * as the selection's name), selecting those words.
 */
export function chooseCounting(
  origin: string | null,
  sources: ReadonlyArray<{ text: string; selections: readonly RefiSelection[] }>,
): CountingChoice {
  const preferred = originCounting(origin);
  const other: LineEndCounting = preferred === 'crlf-as-one' ? 'crlf-as-two' : 'crlf-as-one';
  const withCrlf = sources.filter((s) => s.text.includes('\r\n'));
  if (withCrlf.length === 0) return { counting: preferred, by: 'origin', documents: 0 };
  const score = (counting: LineEndCounting) => {
    let fit = 0;
    for (const { text, selections } of withCrlf) {
      const length = positionLength(text, counting);
      const at = positionsToUtf16(
        text,
        selections.flatMap((s) => [s.start, s.end]),
        counting,
      );
      for (const s of selections) {
        if (!(s.start >= 0 && s.end > s.start && s.end <= length)) continue;
        fit += 1;
        const from = at.get(s.start);
        const to = at.get(s.end);
        if (s.name !== null && from !== undefined && to !== undefined && namesWords(s.name, text.slice(from, to)))
          fit += 1;
      }
    }
    return fit;
  };
  return score(other) > score(preferred)
    ? { counting: other, by: 'fit', documents: withCrlf.length }
    : { counting: preferred, by: 'origin', documents: withCrlf.length };
}
