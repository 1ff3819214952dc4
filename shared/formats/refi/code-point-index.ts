/**
 * UTF-16 offsets (ours) to Unicode code points (REFI-QDA's unit, spec 10.2)
 * for one text, each in O(log n): the positions of the text's surrogate
 * pairs are found once; an offset's code point is the offset minus the
 * pairs that end before it. A text without any (most) converts for free.
 */
export class CodePointIndex {
  /** UTF-16 index of each pair's low surrogate, ascending. */
  private readonly lows: number[] = [];

  constructor(private readonly text: string) {
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return;
    for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) this.lows.push(match.index + 1);
  }

  /** The text's length in code points. */
  get length(): number {
    return this.text.length - this.lows.length;
  }

  /** True when the offset falls between the two halves of a pair: no code point starts there. */
  splitsPair(offset: number): boolean {
    return this.lows.length > 0 && this.lows[this.pairsBefore(offset)] === offset;
  }

  /** The code point at which UTF-16 offset `offset` starts. */
  codePoint(offset: number): number {
    return offset - this.pairsBefore(offset);
  }

  /** How many low surrogates lie before `offset`, i.e. at an index < offset. */
  private pairsBefore(offset: number): number {
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.lows[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
