import { describe, expect, it } from 'vitest';
import { shortQuote } from './short-quote.ts';

describe('shortQuote', () => {
  it('puts a quote on one line', () => {
    expect(shortQuote(' один\n  два ')).toBe('один два');
  });

  it('cuts it to at most max characters, the ellipsis included', () => {
    expect(shortQuote('abcdefghij', 5)).toBe('abcd…');
    expect(shortQuote('abcde', 5)).toBe('abcde');
    expect(shortQuote('x'.repeat(41))).toHaveLength(40);
  });
});
