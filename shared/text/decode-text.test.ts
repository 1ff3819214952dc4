import { describe, expect, it } from 'vitest';
import { readSeed, seedPrefixes, seedsMissing } from '../testing/read-seed.ts';
import { decodeText, type TextEncoding } from './decode-text.ts';
import { normalizeText } from './normalize-text.ts';
import { encodeLegacy, representable, utf16 } from '../testing/encode-text.ts';

if (seedsMissing) console.log(`decode-text: seed texts skipped: ${seedsMissing}.`);

const sample = 'Министры обсудили сотрудничество в борьбе с терроризмом и экстремизмом.\r\nВторая строка — «цитата».';
/** KOI8-R has no dash or guillemets. */
const koiSample = sample.replace('—', '-').replace(/[«»]/g, '"');

describe('decodeText', () => {
  it.each<[string, Uint8Array, TextEncoding, string]>([
    ['UTF-8', new TextEncoder().encode(sample), 'utf-8', 'valid-utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'utf-8', 'bom'],
    ['UTF-16 LE with BOM', utf16(sample, 'le'), 'utf-16le', 'bom'],
    ['UTF-16 BE with BOM', utf16(sample, 'be'), 'utf-16be', 'bom'],
    ['Windows-1251', encodeLegacy(sample, 'windows-1251'), 'windows-1251', 'guess'],
    ['KOI8-R', encodeLegacy(koiSample, 'koi8-r'), 'koi8-r', 'guess'],
  ])('%s decodes to the same normalised text', (_name, bytes, encoding, by) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding, by });
    const original = encoding === 'koi8-r' ? koiSample : sample;
    if (decoded.ok) expect(normalizeText(decoded.text)).toBe(normalizeText(original));
  });

  it('decodes in the encoding the user chose instead of the guess', () => {
    const bytes = encodeLegacy(koiSample, 'koi8-r');
    const forced = decodeText(bytes, 'windows-1251');
    expect(forced).toMatchObject({ ok: true, encoding: 'windows-1251', by: 'override' });
    if (forced.ok) expect(forced.text).not.toBe(koiSample);
  });

  it('refuses empty, binary and undecodable bytes with a reason', () => {
    // The reason is a code the window words (importing:reason…).
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: { key: 'importing:reasonEmpty' } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toMatchObject({ ok: false, reason: { key: 'importing:reasonBinary' } });
    const noise = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 64));
    expect(decodeText(noise)).toMatchObject({ ok: false, reason: { key: 'importing:reasonNotCyrillic' } });
  });

  it.skipIf(seedsMissing !== null)('reads every seed article in each encoding to exactly the UTF-8 text', () => {
    for (const name of seedPrefixes()) {
      const original = readSeed(name, 'raw');
      const expected = normalizeText(original);
      const crlf = original.replace(/\n/g, '\r\n');
      for (const enc of ['windows-1251', 'koi8-r'] as const) {
        // Characters the code page lacks (dashes, guillemets in KOI8-R) become "?" in both.
        const text = representable(crlf, enc);
        const decoded = decodeText(encodeLegacy(text, enc));
        expect(decoded, `${name} in ${enc}`).toMatchObject({ ok: true, encoding: enc, by: 'guess' });
        if (decoded.ok) expect(normalizeText(decoded.text)).toBe(normalizeText(text));
      }
      const le = decodeText(utf16(crlf, 'le'));
      expect(le.ok && normalizeText(le.text)).toBe(expected);
    }
  });
});
