import { describe, expect, it } from 'vitest';
import { codePointsToUtf16, utf16ToCodePoints } from '../anchoring/code-points.ts';
import { CodePointIndex } from './code-point-index.ts';

describe('CodePointIndex', () => {
  it('agrees with the one-off conversions at every boundary of a text with emoji, Cyrillic and a lone surrogate', () => {
    const texts = ['', 'plain', '🙂', 'a🙂b🌍🌍c', 'Мы 👍 да\n🙂', 'lone \ud800 high, then 🙂', '🙂🙂🙂'];
    for (const text of texts) {
      const index = new CodePointIndex(text);
      expect(index.points).toBe([...text].length);
      for (let unit = 0; unit <= text.length; unit++) {
        const code = text.charCodeAt(unit - 1);
        const insidePair =
          code >= 0xd800 && code <= 0xdbff && unit < text.length && /[\udc00-\udfff]/.test(text[unit] ?? '');
        if (insidePair) continue;
        expect(index.toPoints(unit)).toBe(utf16ToCodePoints(text, unit));
      }
      // codePointsToUtf16 takes a lone high surrogate for a pair: compare on well-formed texts (ours are).
      if (!text.includes('\ud800 '))
        for (let point = 0; point <= index.points; point++) {
          expect(index.toUnits(point)).toBe(codePointsToUtf16(text, point));
        }
      expect(index.toUnits(index.points + 1)).toBeNull();
      expect(index.toUnits(-1)).toBeNull();
      expect(index.toUnits(1.5)).toBeNull();
      for (let unit = 0; unit <= text.length; unit++) {
        const inside =
          unit > 0 && /[\uD800-\uDBFF]/.test(text[unit - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[unit] ?? '');
        expect(index.splitsPair(unit)).toBe(inside);
      }
    }
  });
});
