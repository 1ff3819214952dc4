import { splitsSurrogatePair } from './surrogates.ts';

/**
 * Why a span cannot be annotated, or null when it can. Offsets are UTF-16
 * code units; a span must be non-empty, lie inside the text and not cut a
 * character made of two code units in half.
 */
export function rangeProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'start and end must be whole numbers';
  if (start < 0) return 'start is before the beginning of the text';
  if (end > text.length) return `end (${end}) is past the end of the text (${text.length})`;
  if (end <= start) return 'the span is empty: end must be after start';
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return 'the span cuts a character (such as an emoji) in half';
  }
  return null;
}

/**
 * Shrinks a span so it neither starts nor ends with white space: a selection
 * made with the mouse usually catches a space or a line break at one end.
 * Returns null when nothing but white space was selected.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}
