import { describe, expect, it } from 'vitest';
import { dateKey } from './document-date.ts';

describe('dateKey', () => {
  it('reads ISO dates to the minute, and partial ones', () => {
    expect(dateKey('2023-09-08')).toBe('2023-09-08');
    expect(dateKey('2023-09-08T12:51')).toBe('2023-09-08T12:51');
    expect(dateKey(' 2023-09-08 12:51:30+03:00')).toBe('2023-09-08T12:51');
    expect(dateKey('2023-09')).toBe('2023-09');
    expect(dateKey('2023')).toBe('2023');
  });

  it('reads the Russian day.month.year', () => {
    expect(dateKey('08.09.2023')).toBe('2023-09-08');
    expect(dateKey('8.9.2023, 9:05')).toBe('2023-09-08T09:05');
  });

  it('gives null for what is not a date', () => {
    for (const written of [undefined, '', 'вчера', '20230908', '2023-13-01', '2023-09-32', '32.01.2023', '123']) {
      expect(dateKey(written)).toBeNull();
    }
  });

  it('keeps the day when the time is impossible', () => {
    expect(dateKey('2023-09-08T25:00')).toBe('2023-09-08');
  });
});
