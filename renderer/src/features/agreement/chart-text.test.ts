import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, labelWidth, truncateLabel } from './chart-text.ts';

describe('truncateLabel', () => {
  it('keeps short labels', () => {
    expect(truncateLabel('Заявление', 20)).toBe('Заявление');
  });

  it('cuts long ones with an ellipsis, counting characters not UTF-16 units', () => {
    expect(truncateLabel('Анастасия Владимировна', 10)).toBe('Анастасия…');
    expect(truncateLabel('😀😀😀😀', 3)).toBe('😀😀…');
    expect([...truncateLabel('a'.repeat(50), 12)].length).toBe(12);
  });
});

describe('labelWidth', () => {
  it('grows with the number of characters', () => {
    expect(labelWidth('Щерба')).toBe(5 * CHAR_WIDTH);
  });
});
