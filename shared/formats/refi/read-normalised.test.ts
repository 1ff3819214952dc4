import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize-text.ts';
import { normaliseWithMap } from './read-normalised.ts';
import { positionLength, positionsToUtf16 } from './read-positions.ts';

/** Pieces texts are made of: plain letters, line ends of every kind, decomposed letters, emoji, Hangul jamo, a singleton. */
const piece = fc.constantFrom(
  'a',
  'Ж',
  ' ',
  '\r\n',
  '\r',
  '\n',
  '\u2028',
  'e\u0301',
  'и\u0306',
  '😀',
  '\u1100\u1161',
  '\u212B',
  'é',
  'o\u0308\u0304',
);
const pieces = fc.array(piece, { maxLength: 40 });

describe('normaliseWithMap', () => {
  it('gives the text normalizeText gives', () => {
    fc.assert(
      fc.property(fc.boolean(), pieces, (bom, parts) => {
        const original = (bom ? '\uFEFF' : '') + parts.join('');
        expect(normaliseWithMap(original).text).toBe(normalizeText(original));
      }),
    );
  });

  it('maps every boundary the rule keeps to where normalising the text before it lands', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const original = parts.join('');
        const { map } = normaliseWithMap(original);
        let at = 0;
        for (const p of ['', ...parts]) {
          at += p.length;
          const before = original.slice(0, at);
          // Only where the rule itself does not join the two sides (a CR and the LF after it are one line end).
          if (normalizeText(before) + normalizeText(original.slice(at)) !== normalizeText(original)) continue;
          const expected = normalizeText(before).length;
          expect(map(at, 'start')).toBe(expected);
          expect(map(at, 'end')).toBe(expected);
        }
      }),
    );
  });

  it('widens a span cut inside a CRLF or between a letter and its accent', () => {
    const { text, map } = normaliseWithMap('ab\r\ncd e\u0301f');
    expect(text).toBe('ab\ncd éf');
    expect([map(3, 'start'), map(3, 'end')]).toEqual([2, 3]);
    expect([map(8, 'start'), map(8, 'end')]).toEqual([6, 7]);
  });
});

describe('positionsToUtf16', () => {
  const text = '\uFEFFx😀y\r\nz';
  it('counts code points after the BOM, a CRLF as two (the standard)', () => {
    const at = positionsToUtf16(text, [0, 1, 2, 3, 4, 5, 6, 7], 'crlf-as-two');
    expect([...at.entries()]).toEqual([
      [0, 1],
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 6],
      [5, 7],
      [6, 8],
    ]);
    expect(positionLength(text, 'crlf-as-two')).toBe(6);
  });

  it('or a CRLF as one (ATLAS.ti)', () => {
    const at = positionsToUtf16(text, [3, 4, 5, 6], 'crlf-as-one');
    expect([...at.entries()]).toEqual([
      [3, 5],
      [4, 7],
      [5, 8],
    ]);
    expect(positionLength(text, 'crlf-as-one')).toBe(5);
  });
});
