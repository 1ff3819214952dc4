import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('removes a BOM and unifies line endings', () => {
    expect(normalizeText('\uFEFFодин\r\nдва\rтри\nчетыре')).toBe('один\nдва\nтри\nчетыре');
  });
  it('composes decomposed Cyrillic letters (NFD → NFC)', () => {
    const decomposed = 'Йошкар-Ола'.normalize('NFD');
    expect(decomposed.length).toBe(11);
    expect(normalizeText(decomposed)).toBe('Йошкар-Ола');
    expect(normalizeText(decomposed).length).toBe(10);
  });
  it('keeps quotes, dashes, tabs and emoji as written', () => {
    const text = '«Цитата» — „так“\tи 🛡️';
    expect(normalizeText(text)).toBe(text);
  });
  it('is idempotent', () => {
    const once = normalizeText('\uFEFFa\r\nб\u2028в');
    expect(normalizeText(once)).toBe(once);
  });
});
