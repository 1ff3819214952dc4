/** A concordance line's text: what comes before the match, the match, and what follows. */
export interface KwicText {
  left: string;
  match: string;
  right: string;
}

/** Context around text[start, end): up to `width` characters each side, not across a line break. */
export function kwicText(text: string, start: number, end: number, width = 60): KwicText {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  let from = Math.max(lineStart, start - width);
  let to = Math.min(lineEnd, end + width);
  // Do not cut a surrogate pair in half.
  if (from > lineStart && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < lineEnd && isLowSurrogate(text.charCodeAt(to))) to++;
  return { left: text.slice(from, start), match: text.slice(start, end), right: text.slice(end, to) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export type KwicOrder = 'document' | 'left' | 'match' | 'right';

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/**
 * Lines sorted as concordances are read: by the words just left of the
 * match (nearest first), by the match, or by the words to its right.
 * 'document' keeps the order given.
 */
export function sortKwic<L extends KwicText>(lines: readonly L[], order: KwicOrder): L[] {
  if (order === 'document') return [...lines];
  const keyOf = (l: L) =>
    order === 'left' ? wordsNearestFirst(l.left) : order === 'match' ? l.match : l.right.trimStart();
  const keyed = lines.map((l) => ({ l, k: keyOf(l) }));
  keyed.sort((a, b) => collator.compare(a.k, b.k));
  return keyed.map((x) => x.l);
}

function wordsNearestFirst(left: string): string {
  return left.split(/\s+/).filter(Boolean).reverse().join(' ');
}
