import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { defaultCodebook } from '../../../../shared/model/codebook.ts';
import { categoryName, figureText } from './figure-words.ts';

const en = translator('en');
const ru = translator('ru');

describe('figureText', () => {
  it('gives a defined figure with three decimals', () => {
    expect(figureText(en, 'en', { value: 0.743421 })).toBe('0.743');
    expect(figureText(ru, 'ru', { value: 0.743421, reason: null })).toBe('0,743');
  });

  it('says why a figure is undefined instead of printing a number', () => {
    expect(figureText(en, 'en', { value: null, reason: 'no-units' })).toBe('undefined: no units to compare');
    expect(figureText(en, 'en', { value: null, reason: 'no-variation' })).toBe('undefined: one category only');
    expect(figureText(ru, 'ru', { value: null, reason: 'too-few-coders' })).toBe('не определён: мало кодировщиков');
  });

  it('never shows NaN', () => {
    expect(figureText(en, 'en', { value: Number.NaN })).toBe('undefined: no units to compare');
  });

  it("names Cohen's κ with more than two coders for what it is", () => {
    expect(figureText(en, 'en', null)).toBe('two coders only');
  });
});

describe('categoryName', () => {
  const { tags } = defaultCodebook('ru');
  it('is the tag path, or the id of a tag the codebook lacks', () => {
    expect(categoryName(ru, tags, 'claim-causal')).toBe('Утверждение › Причины');
    expect(categoryName(ru, tags, 'x-1')).toBe('тег x-1');
  });
});
