import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format-date.ts';

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

describe('dates in the user language', () => {
  it('words a date as Russian and English write it, as precise as it is known', () => {
    expect(formatDate('2023-09-08', { language: 'ru' })).toBe('8 сентября 2023 г.');
    expect(formatDate('2023-09-08', { language: 'en' })).toBe('8 Sept 2023');
    expect(formatDate('2023-09', { language: 'ru' })).toBe('сентябрь 2023 г.');
    expect(formatDate('2023', { language: 'en' })).toBe('2023');
    expect(formatDate('2023-09-08T12:51', { language: 'ru' })).toBe('8 сентября 2023 г. в 12:51');
    expect(formatDate('2023-09-08T12:51', { language: 'en', time: false })).toBe('8 Sept 2023');
    expect(formatDate('not a date', { language: 'ru' })).toBe('not a date');
  });

  it('writes numbers as the language does', () => {
    expect(formatNumber(10_000, 'ru')).toBe('10\u00a0000');
    expect(formatNumber(10_000, 'en')).toBe('10,000');
  });
});
