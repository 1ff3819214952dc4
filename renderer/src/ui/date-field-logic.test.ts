import { describe, expect, it } from 'vitest';
import { commitDateText, dateFormsHint, unreadableStoredNote } from './date-field-logic.ts';

describe('commitDateText', () => {
  it('saves a changed date in the stored form', () => {
    expect(commitDateText('08.09.2023', '')).toEqual({ kind: 'save', value: '2023-09-08' });
    expect(commitDateText('8.9.2023 12:51', '2023')).toEqual({ kind: 'save', value: '2023-09-08T12:51' });
    expect(commitDateText('09.2023', '2023-09-08')).toEqual({ kind: 'save', value: '2023-09' });
  });

  it('saves an emptied field as ""', () => {
    expect(commitDateText('', '2023-09-08')).toEqual({ kind: 'save', value: '' });
    expect(commitDateText('   ', 'сентябрь 2023')).toEqual({ kind: 'save', value: '' });
  });

  it('keeps the stored value when the text is what the field showed, or reads as it', () => {
    expect(commitDateText('08.09.2023 12:51', '2023-09-08T12:51')).toEqual({ kind: 'keep' });
    expect(commitDateText(' 08.09.2023 ', '2023-09-08')).toEqual({ kind: 'keep' });
    expect(commitDateText('2023-09-08', '2023-09-08')).toEqual({ kind: 'keep' });
    expect(commitDateText('', '')).toEqual({ kind: 'keep' });
  });

  it('leaves a date written some other way alone until it is changed', () => {
    expect(commitDateText('сентябрь 2023', 'сентябрь 2023')).toEqual({ kind: 'keep' });
    // The Library reads this one; the field shows it day first, and leaving it so rewrites nothing.
    expect(commitDateText('08.09.2023 12:51', '2023-09-08 12:51:30+03:00')).toEqual({ kind: 'keep' });
    expect(commitDateText('сентябрь 2024', 'сентябрь 2023')).toMatchObject({ kind: 'invalid' });
  });

  it('refuses what it cannot read, with the reason', () => {
    expect(commitDateText('31.02.2023', '')).toEqual({
      kind: 'invalid',
      error: 'There is no day 31 in February 2023: it has 28 days.',
    });
    expect(commitDateText('2023-13', '2023')).toMatchObject({
      kind: 'invalid',
      error: expect.stringMatching(/month 13/),
    });
  });

  it('refuses a time where only dates are kept', () => {
    expect(commitDateText('08.09.2023 12:51', '', { time: false })).toMatchObject({
      kind: 'invalid',
      error: expect.stringMatching(/without a time/),
    });
    expect(commitDateText('08.09.2023', '', { time: false })).toEqual({ kind: 'save', value: '2023-09-08' });
  });
});

describe('dateFormsHint', () => {
  it('mentions a time only where one is taken', () => {
    expect(dateFormsHint()).toMatch(/08\.09\.2023 12:51/);
    expect(dateFormsHint({ time: false })).not.toMatch(/12:51/);
  });
});

describe('unreadableStoredNote', () => {
  it('notes a stored date the Library cannot read, and nothing else', () => {
    expect(unreadableStoredNote('сентябрь 2023')).toMatch(/filters and sorting leave it out/);
    expect(unreadableStoredNote('2023-09-08T12:51')).toBeNull();
    expect(unreadableStoredNote('08.09.2023')).toBeNull();
    expect(unreadableStoredNote('')).toBeNull();
  });
});
