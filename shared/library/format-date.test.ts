import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('shows stored dates day first, as precise as they are', () => {
    expect(formatDate('2023')).toBe('2023');
    expect(formatDate('2023-09')).toBe('09.2023');
    expect(formatDate('2023-09-08')).toBe('08.09.2023');
    expect(formatDate('2023-09-08T12:51')).toBe('08.09.2023 12:51');
  });

  it('shows what the Library reads besides ISO the same way', () => {
    expect(formatDate('08.09.2023')).toBe('08.09.2023');
    expect(formatDate('8.9.2023, 9:05')).toBe('08.09.2023 09:05');
    expect(formatDate(' 2023-09-08 12:51:30+03:00')).toBe('08.09.2023 12:51');
    expect(formatDate('2023-09-08T12:51:30Z')).toBe('08.09.2023 12:51');
  });

  it('leaves the time out when asked', () => {
    expect(formatDate('2023-09-08T12:51', { time: false })).toBe('08.09.2023');
    expect(formatDate('2023-09', { time: false })).toBe('09.2023');
  });

  it('shows anything else as written', () => {
    expect(formatDate('сентябрь 2023')).toBe('сентябрь 2023');
    expect(formatDate('2023-02-31')).toBe('2023-02-31');
    expect(formatDate('31.02.2023')).toBe('31.02.2023');
    expect(formatDate('2023-13')).toBe('2023-13');
    expect(formatDate('2023-09-08 утром')).toBe('2023-09-08 утром');
    expect(formatDate('  вчера ')).toBe('вчера');
  });

  it('gives nothing for no date', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('  ')).toBe('');
  });
});
