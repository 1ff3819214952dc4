import { normalizeText } from '../../text/normalize-text.ts';

/** A text normalised with the one rule (shared/text/normalize-text.ts), and where its original's offsets land in it. */
export interface NormalisedText {
  text: string;
  /**
   * The offset in `text` of an offset of the original (UTF-16 both). An
   * offset inside a piece the rule changed (between the CR and LF of a
   * CRLF, between a letter and its accent) widens the span: a start goes to
   * the piece's start, an end to its end.
   */
  map(offset: number, side: 'start' | 'end'): number;
}

// The pieces normalisation can change: a leading BOM, a line end, a letter with its combining marks, a Hangul
// syllable's jamo, any other character outside Latin-1 (a compatibility singleton such as U+212B).
const anyPiece =
  /^\uFEFF|\r\n?|[\u2028\u2029]|[^\r\n\u2028\u2029\p{M}]?[\p{M}\u1160-\u11FF]+|[\u1100-\u115F\uAC00-\uD7A3][\u1160-\u11FF]*|[\u0100-\u{10FFFF}]/gu;
// When the original is already NFC, only the first two kinds can change.
const lineEndPiece = /^\uFEFF|\r\n?|[\u2028\u2029]/g;

/**
 * Normalises `original` and keeps, for each piece the rule changed, where it
 * was and where it is: offsets between changed pieces shift by a constant.
 * The pieces normalised one by one are checked to give the whole text
 * normalised; where they do not (a script whose composition spans pieces),
 * offsets are mapped by normalising the text before them, slower but exact.
 */
export function normaliseWithMap(original: string): NormalisedText {
  const text = normalizeText(original);
  if (text === original) return { text, map: (offset) => offset };
  const pattern = original.normalize('NFC') === original.replace(/^\uFEFF/, '') ? lineEndPiece : anyPiece;
  const origStart: number[] = [];
  const origEnd: number[] = [];
  const normStart: number[] = [];
  const normEnd: number[] = [];
  const parts: string[] = [];
  let last = 0;
  let shift = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(original); m !== null; m = pattern.exec(original)) {
    const piece = m[0];
    const at = m.index;
    const into = at === 0 && piece === '\uFEFF' ? '' : /^[\r\u2028\u2029]/.test(piece) ? '\n' : piece.normalize('NFC');
    if (into === piece) continue;
    parts.push(original.slice(last, at), into);
    origStart.push(at);
    origEnd.push(at + piece.length);
    normStart.push(at + shift);
    shift += into.length - piece.length;
    normEnd.push(at + piece.length + shift);
    last = at + piece.length;
  }
  parts.push(original.slice(last));
  if (parts.join('') !== text) {
    return { text, map: (offset) => normalizeText(original.slice(0, offset)).length };
  }
  return {
    text,
    map(offset, side) {
      // The last changed piece starting at or before the offset.
      let lo = 0;
      let hi = origStart.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((origStart[mid] as number) <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k === -1) return offset;
      const end = origEnd[k] as number;
      if (offset >= end) return (normEnd[k] as number) + (offset - end);
      if (offset === origStart[k]) return normStart[k] as number;
      return side === 'start' ? (normStart[k] as number) : (normEnd[k] as number);
    },
  };
}
