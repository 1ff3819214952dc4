import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize-text.ts';
import { normalisationMap } from './brat-offsets.ts';

/** Pieces a raw .txt is made of: plain letters, emoji, every line end, combining marks, a BOM. */
const piece = fc.constantFrom(
  'a',
  'Й',
  'й'.normalize('NFD'),
  'e\u0301',
  '\u0301',
  '🙂',
  '\r\n',
  '\r',
  '\n',
  '\u2028',
  ' ',
  '\uFEFF',
);

describe('brat normalisation map (property)', () => {
  it('every boundary it keeps lands where normalising the text before it does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        const { text, at } = normalisationMap(raw);
        expect(text).toBe(normalizeText(raw));
        expect(at[0]).toBe(0);
        expect(at[raw.length]).toBe(text.length);
        for (let k = 0; k <= raw.length; k++) {
          const lands = at[k]!;
          if (lands < 0) continue;
          // Between a CR and its LF the boundary is the LF's start; elsewhere the prefix normalised alone.
          const prefix = raw[k - 1] === '\r' && raw[k] === '\n' ? raw.slice(0, k - 1) : raw.slice(0, k);
          expect(text.slice(0, lands)).toBe(normalizeText(prefix));
        }
      }),
      { numRuns: 500 },
    );
  });
});
