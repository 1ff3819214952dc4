/**
 * REFI-QDA positions count Unicode code points from 0 (spec 10.2). How a
 * line end counts depends on the tool: most count CR and LF as two code
 * points, as the standard says; ATLAS.ti counts a CRLF as one character.
 */
export type LineEndCounting = 'crlf-as-two' | 'crlf-as-one';

/** Code units a leading byte-order mark takes: tools count from the first character after it. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * The UTF-16 offset in `text` of each position (counted after any BOM, in
 * code points, a CRLF as `counting` says); positions past the end are
 * missing from the map. One walk over the text for all of a source's
 * positions, so a source with many selections costs no more than one.
 */
export function positionsToUtf16(
  text: string,
  positions: Iterable<number>,
  counting: LineEndCounting,
): Map<number, number> {
  const wanted = [...new Set(positions)].filter((p) => Number.isInteger(p) && p >= 0).sort((a, b) => a - b);
  const out = new Map<number, number>();
  const length = text.length;
  const one = counting === 'crlf-as-one';
  let i = bomLength(text);
  let p = 0;
  for (const target of wanted) {
    while (p < target && i < length) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const next = text.charCodeAt(i + 1);
        i += next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      } else if (one && code === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i += 1;
      p += 1;
    }
    if (p !== target) break;
    out.set(target, i);
  }
  return out;
}

/** The text's length in positions (after any BOM), counted as `counting` says. */
export function positionLength(text: string, counting: LineEndCounting): number {
  let n = 0;
  for (const _ of text.slice(bomLength(text))) n += 1;
  if (counting === 'crlf-as-one') n -= (text.match(/\r\n/g) ?? []).length;
  return n;
}
