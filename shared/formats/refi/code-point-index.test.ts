import { describe, expect, it } from 'vitest';
import { utf16ToCodePoints } from '../../anchoring/code-points.ts';
import { CodePointIndex } from './code-point-index.ts';

describe('CodePointIndex', () => {
  it('agrees with utf16ToCodePoints at every offset that starts a code point', () => {
    for (const text of ['', 'plain text', '🙂', 'a🙂b🌍🌍c', 'Текст 👍🏽 с 𝐌 и \n👎']) {
      const index = new CodePointIndex(text);
      expect(index.length).toBe(Array.from(text).length);
      for (let i = 0; i <= text.length; i++) {
        if (index.splitsPair(i)) continue;
        expect(index.codePoint(i)).toBe(utf16ToCodePoints(text, i));
      }
    }
  });

  it('tells an offset between the halves of a pair', () => {
    const index = new CodePointIndex('a🙂b');
    expect([0, 1, 2, 3, 4].map((i) => index.splitsPair(i))).toEqual([false, false, true, false, false]);
    expect(new CodePointIndex('ab').splitsPair(1)).toBe(false);
  });
});
