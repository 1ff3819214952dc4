import { type Message, message } from '../i18n/message.ts';
import { splitsSurrogatePair } from './surrogates.ts';

/**
 * Why a span cannot be annotated (a reason, worded as
 * `errors:range-…`, with no full stop), or null when it can. Offsets are UTF-16
 * code units; a span must be non-empty, lie inside the text and not cut a
 * character made of two code units in half.
 */
export function rangeProblem(text: string, start: number, end: number): Message | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return message('errors:range-notWhole');
  if (start < 0) return message('errors:range-beforeStart');
  if (end > text.length) return message('errors:range-pastEnd', { end, length: text.length });
  if (end <= start) return message('errors:range-empty');
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return message('errors:range-cutsCharacter');
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
