import { describe, expect, it } from 'vitest';
import { formatFigure, formatTick } from './figure-format.ts';

describe('formatFigure', () => {
  it('shows three decimals in the language of the user', () => {
    expect(formatFigure(0.743421, 'en')).toBe('0.743');
    expect(formatFigure(0.743421, 'ru')).toBe('0,743');
    expect(formatFigure(1, 'en')).toBe('1.000');
    expect(formatFigure(0.4, 'ru')).toBe('0,400');
  });

  it('keeps the sign of negative figures but never shows minus zero', () => {
    expect(formatFigure(-0.2099, 'en')).toBe('-0.210');
    expect(formatFigure(-0.0001, 'en')).toBe('0.000');
    expect(formatFigure(-0.0004, 'ru')).toBe('0,000');
  });
});

describe('formatTick', () => {
  it('has one decimal', () => {
    expect(formatTick(0.8, 'en')).toBe('0.8');
    expect(formatTick(-0.4, 'ru')).toBe('-0,4');
    expect(formatTick(1, 'ru')).toBe('1,0');
    expect(formatTick(-0, 'en')).toBe('0.0');
  });
});
