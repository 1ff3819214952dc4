import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize-text.ts';
import { codePointTable, normalisationMap, utf16Table } from './brat-offsets.ts';

describe('brat offsets', () => {
  it('convert UTF-16 and code points both ways around an emoji', () => {
    const text = 'a🙂b';
    expect([...codePointTable(text)]).toEqual([0, 1, 1, 2, 3]);
    expect([...utf16Table(text)]).toEqual([0, 1, 3, 4]);
  });

  it('map a raw .txt onto the normalised text: BOM, CRLF, lone CR, U+2028, NFD', () => {
    const raw = `\uFEFFa\r\nb\rc\u2028${'й'.normalize('NFD')}x`;
    const { text, at } = normalisationMap(raw);
    expect(text).toBe(normalizeText(raw));
    expect(text).toBe('a\nb\nc\nйx');
    // BOM and the start: both 0; "a" ends at 1; the CR and the LF start the one LF.
    expect([at[0], at[1], at[2], at[3], at[4]]).toEqual([0, 0, 1, 1, 2]);
    const nfdStart = raw.length - 3;
    expect(at[nfdStart]).toBe(text.indexOf('й'));
    // Between "и" and its breve: no boundary of ours.
    expect(at[nfdStart + 1]).toBe(-1);
    expect(at[raw.length]).toBe(text.length);
  });

  it('leave a normalised text as it is', () => {
    const { text, at } = normalisationMap('уже 🙂 готов\n');
    expect(text).toBe('уже 🙂 готов\n');
    expect([...at]).toEqual([...Array(text.length + 1).keys()]);
  });
});
