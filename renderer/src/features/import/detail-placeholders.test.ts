import { describe, expect, it } from 'vitest';
import { detailPlaceholder } from './detail-placeholders.ts';

const keys = ['source', 'author', 'date', 'url', 'language'] as const;

describe('detailPlaceholder', () => {
  it('says the detail was not found in the file, with an example of how to write it', () => {
    expect(detailPlaceholder('source', undefined)).toBe('not found in the file');
    expect(detailPlaceholder('date', undefined)).toBe('not found in the file · e.g. 31.12.2024 18:30');
    expect(detailPlaceholder('language', undefined)).toBe('not found in the file · e.g. ru, kk, en');
  });

  it('says a detail the file gave and the user cleared is left empty, without showing the old value', () => {
    expect(detailPlaceholder('source', 'Orda.kz')).toBe('left empty');
    expect(detailPlaceholder('date', '2023-09-08T12:51')).toBe('left empty · e.g. 31.12.2024 18:30');
  });

  it('never looks like a value: every placeholder starts with the hint, whatever the batch holds', () => {
    for (const key of keys) {
      for (const guessed of [undefined, 'Orda.kz', '2023-09-08T12:51', 'ru']) {
        const placeholder = detailPlaceholder(key, guessed);
        expect(placeholder, key).toMatch(/^(not found in the file|left empty)( · e\.g\. .+)?$/);
        expect(placeholder).not.toContain('Orda.kz');
        expect(placeholder).not.toContain('2023-09-08');
      }
    }
  });
});
