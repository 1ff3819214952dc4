import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages.ts';

describe('pickLanguage', () => {
  it('takes the first preferred language Glossator speaks, by its primary subtag', () => {
    expect(pickLanguage(['ru-KZ', 'en-US'])).toBe('ru');
    expect(pickLanguage(['kk-KZ', 'ru', 'en'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLanguage(['RU_ru'])).toBe('ru');
  });

  it('falls back to English', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['kk'])).toBe('en');
  });
});
