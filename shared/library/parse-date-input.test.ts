import { describe, expect, it } from 'vitest';
import { PartialDateSchema } from '../model/actor.ts';
import { dateKey } from './document-date.ts';
import { translator } from '../i18n/i18n.ts';
import { parseDateInput, wordDateProblem } from './parse-date-input.ts';

const english = translator('en');

const value = (text: string, time?: boolean) => {
  const parsed = parseDateInput(text, time === undefined ? {} : { time });
  expect(parsed.error).toBeNull();
  return parsed.value;
};
const error = (text: string, time?: boolean) => {
  const parsed = parseDateInput(text, time === undefined ? {} : { time });
  expect(parsed.value).toBeNull();
  return parsed.error && wordDateProblem(english, parsed.error);
};

describe('parseDateInput', () => {
  it('reads ISO dates as precise as they are written', () => {
    expect(value('2023')).toBe('2023');
    expect(value('2023-09')).toBe('2023-09');
    expect(value('2023-09-08')).toBe('2023-09-08');
    expect(value('2023-9-8')).toBe('2023-09-08');
  });

  it('reads the day first, with or without leading zeros, and a month with its year', () => {
    expect(value('08.09.2023')).toBe('2023-09-08');
    expect(value('8.9.2023')).toBe('2023-09-08');
    expect(value('09.2023')).toBe('2023-09');
    expect(value('9.2023')).toBe('2023-09');
  });

  it('reads a time after a day, to the minute', () => {
    expect(value('2023-09-08T12:51')).toBe('2023-09-08T12:51');
    expect(value('2023-09-08 12:51')).toBe('2023-09-08T12:51');
    expect(value('08.09.2023 12:51')).toBe('2023-09-08T12:51');
    expect(value('08.09.2023, 12:51')).toBe('2023-09-08T12:51');
    expect(value('8.9.2023 9:05')).toBe('2023-09-08T09:05');
    expect(value('2023-09-08T12:51:30+03:00')).toBe('2023-09-08T12:51');
    expect(value('2023-09-08T12:51:30.5Z')).toBe('2023-09-08T12:51');
    expect(value('08.09.2023 00:00')).toBe('2023-09-08T00:00');
    expect(value('08.09.2023 23:59')).toBe('2023-09-08T23:59');
  });

  it('ignores spaces around and within', () => {
    expect(value('  08.09.2023   12:51 ')).toBe('2023-09-08T12:51');
    expect(value('\t2023\n')).toBe('2023');
  });

  it('gives nothing, and no error, for an empty field', () => {
    expect(parseDateInput('')).toEqual({ value: null, error: null });
    expect(parseDateInput('   ')).toEqual({ value: null, error: null });
    expect(parseDateInput('', { time: false })).toEqual({ value: null, error: null });
  });

  it('refuses days the calendar does not have', () => {
    expect(error('31.02.2023')).toBe('There is no day 31 in February 2023: it has 28 days.');
    expect(error('29.02.2023')).toMatch(/February 2023: it has 28 days/);
    expect(value('29.02.2024')).toBe('2024-02-29');
    expect(value('29.02.2000')).toBe('2000-02-29');
    expect(error('29.02.1900')).toMatch(/February 1900: it has 28 days/);
    expect(error('2023-09-31')).toMatch(/no day 31 in September 2023: it has 30 days/);
    expect(error('00.09.2023')).toMatch(/no day 0/);
    expect(error('32.01.2023')).toMatch(/no day 32/);
  });

  it('refuses months that do not exist', () => {
    expect(error('2023-13')).toBe('There is no month 13: months go from 1 to 12.');
    expect(error('2023-00-01')).toMatch(/no month 0/);
    expect(error('13.2023')).toMatch(/no month 13/);
    expect(error('01.13.2023')).toMatch(/no month 13/);
    expect(error('0000')).toMatch(/no year 0000/);
  });

  it('refuses impossible times', () => {
    expect(error('08.09.2023 24:00')).toBe('“24:00” is not a time of day: write it from 00:00 to 23:59.');
    expect(error('08.09.2023 12:60')).toMatch(/not a time of day/);
  });

  it('refuses a time without a day, and any time where only dates are kept', () => {
    expect(error('09.2023 12:51')).toMatch(/A time needs the day/);
    expect(error('2023 12:51')).toMatch(/A time needs the day/);
    expect(error('08.09.2023 12:51', false)).toBe('Only a date here, without a time: e.g. 08.09.2023.');
    expect(error('2023-09-08T12:51', false)).toMatch(/without a time/);
    expect(value('08.09.2023', false)).toBe('2023-09-08');
    expect(value('2023', false)).toBe('2023');
  });

  it('asks for the year in full', () => {
    expect(error('08.09.23')).toBe('Write the year in full: 08.09.2023, not 08.09.23.');
    expect(error('09.23')).toMatch(/year in full/);
  });

  it('says how to write a date for anything else, mentioning a time only where one is allowed', () => {
    for (const text of ['вчера', '20230908', '123', '08/09/2023', '12:51', '2023-09-08T', '2023 осень', 'Sept 2023']) {
      expect(error(text)).toMatch(/is not a date: write it as 2023, 09.2023 or 08.09.2023/);
    }
    expect(error('вчера')).toMatch(/with a time after the day/);
    expect(error('вчера', false)).toBe('“вчера” is not a date: write it as 2023, 09.2023 or 08.09.2023.');
    expect(error('x'.repeat(100))).toContain(`“${'x'.repeat(39)}…”`);
  });

  it('gives what the schemas accept and the Library reads', () => {
    for (const text of ['2023', '09.2023', '8.9.2023', '2023-09-08']) {
      const stored = value(text, false)!;
      expect(PartialDateSchema.safeParse(stored).success).toBe(true);
      expect(dateKey(stored)).toBe(stored);
    }
    expect(dateKey(value('08.09.2023 9:05')!)).toBe('2023-09-08T09:05');
  });
});
