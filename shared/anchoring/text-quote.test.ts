import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import { codePointsToUtf16, utf16ToCodePoints } from './code-points.ts';
import { describeQuote, QUOTE_CONTEXT_LENGTH, quoteMatchesAt } from './text-quote.ts';
import { rangeProblem as rangeProblemCode, trimRange } from './text-range.ts';

/** rangeProblem's reason in English (the tests compare the wording), or null. */
function rangeProblem(...args: Parameters<typeof rangeProblemCode>): string | null {
  const problem = rangeProblemCode(...args);
  return problem && inEnglish(problem);
}

const emojiText = 'Заявление 🛡️ КНБ: угроза растёт 📈 каждый год.';

describe('describeQuote', () => {
  it('keeps 32 characters of context on each side', () => {
    const text = `${'а'.repeat(50)}ЦЕЛЬ${'б'.repeat(50)}`;
    const q = describeQuote(text, 50, 54);
    expect(q.exact).toBe('ЦЕЛЬ');
    expect(q.prefix).toBe('а'.repeat(QUOTE_CONTEXT_LENGTH));
    expect(q.suffix).toBe('б'.repeat(QUOTE_CONTEXT_LENGTH));
  });

  it('shortens context at the edges of the text', () => {
    const q = describeQuote('ОДКБ и ШОС', 0, 4);
    expect(q).toEqual({ exact: 'ОДКБ', prefix: '', suffix: ' и ШОС' });
  });

  it('never cuts an emoji in half in the context', () => {
    // Put the emoji's surrogate pair exactly at the 32-unit boundary of the prefix.
    const text = `😀${'x'.repeat(31)}TARGET`;
    const start = text.indexOf('TARGET');
    const q = describeQuote(text, start, start + 6);
    expect(q.prefix).toBe('x'.repeat(31));
    const text2 = `TARGET${'y'.repeat(31)}😀`;
    const q2 = describeQuote(text2, 0, 6);
    expect(q2.suffix).toBe('y'.repeat(31));
  });

  it('quotes text after an emoji at the right UTF-16 offsets', () => {
    const start = emojiText.indexOf('КНБ');
    const q = describeQuote(emojiText, start, start + 3);
    expect(q.exact).toBe('КНБ');
    expect(q.prefix.endsWith('🛡️ ')).toBe(true);
    expect(quoteMatchesAt(emojiText, start, start + 3, q)).toBe(true);
    expect(quoteMatchesAt(emojiText, start + 1, start + 4, q)).toBe(false);
  });
});

describe('rangeProblem', () => {
  it('accepts a span inside the text', () => {
    expect(rangeProblem('abc', 0, 3)).toBeNull();
  });
  it.each([
    [-1, 2, 'before the beginning'],
    [0, 4, 'past the end'],
    [2, 2, 'empty'],
    [2, 1, 'empty'],
    [0.5, 2, 'whole numbers'],
  ])('rejects %s..%s', (start, end, why) => {
    expect(rangeProblem('abc', start, end)).toContain(why);
  });
  it('rejects a span that cuts an emoji in half', () => {
    const at = emojiText.indexOf('📈');
    expect(rangeProblem(emojiText, at + 1, at + 4)).toContain('emoji');
    expect(rangeProblem(emojiText, at, at + 1)).toContain('emoji');
    expect(rangeProblem(emojiText, at, at + 2)).toBeNull();
  });
});

describe('trimRange', () => {
  it('drops white space and line breaks at both ends', () => {
    const text = 'Первое.\n Второе предложение. ';
    expect(trimRange(text, 7, text.length)).toEqual({ start: 9, end: text.length - 1 });
  });
  it('returns null for a selection of only white space', () => {
    expect(trimRange('a  \n b', 1, 5)).toBeNull();
  });
});

describe('code points', () => {
  it('counts an emoji as one code point and two code units', () => {
    const after = emojiText.indexOf('КНБ');
    // "Заявление " is 10, the shield emoji is U+1F6E1 (2 units) + U+FE0F (1 unit), then a space.
    expect(after).toBe(14);
    expect(utf16ToCodePoints(emojiText, after)).toBe(13);
    expect(codePointsToUtf16(emojiText, 13)).toBe(14);
  });
  it('round-trips every code point boundary', () => {
    for (let p = 0; p <= [...emojiText].length; p++) {
      expect(utf16ToCodePoints(emojiText, codePointsToUtf16(emojiText, p))).toBe(p);
    }
  });
});
