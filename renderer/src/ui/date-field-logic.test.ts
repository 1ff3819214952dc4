import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/i18n.ts';
import { wordDateProblem } from '../../../shared/library/parse-date-input.ts';
import { commitDateText, dateFormsHint, unreadableStoredNote } from './date-field-logic.ts';

const english = translator('en');
/** commitDateText with its refusal worded in English, as the field shows it. */
const commit = (...args: Parameters<typeof commitDateText>) => {
  const result = commitDateText(...args);
  return result.kind === 'invalid' ? { ...result, error: wordDateProblem(english, result.error) } : result;
};
const hint = (...args: Parameters<typeof dateFormsHint>) => english(dateFormsHint(...args));
const note = (stored: string) => {
  const key = unreadableStoredNote(stored);
  return key && english(key);
};

describe('commitDateText', () => {
  it('saves a changed date in the stored form', () => {
    expect(commit('08.09.2023', '')).toEqual({ kind: 'save', value: '2023-09-08' });
    expect(commit('8.9.2023 12:51', '2023')).toEqual({ kind: 'save', value: '2023-09-08T12:51' });
    expect(commit('09.2023', '2023-09-08')).toEqual({ kind: 'save', value: '2023-09' });
  });

  it('saves an emptied field as ""', () => {
    expect(commit('', '2023-09-08')).toEqual({ kind: 'save', value: '' });
    expect(commit('   ', 'сентябрь 2023')).toEqual({ kind: 'save', value: '' });
  });

  it('keeps the stored value when the text is what the field showed, or reads as it', () => {
    expect(commit('08.09.2023 12:51', '2023-09-08T12:51')).toEqual({ kind: 'keep' });
    expect(commit(' 08.09.2023 ', '2023-09-08')).toEqual({ kind: 'keep' });
    expect(commit('2023-09-08', '2023-09-08')).toEqual({ kind: 'keep' });
    expect(commit('', '')).toEqual({ kind: 'keep' });
  });

  it('leaves a date written some other way alone until it is changed', () => {
    expect(commit('сентябрь 2023', 'сентябрь 2023')).toEqual({ kind: 'keep' });
    // The Library reads this one; the field shows it day first, and leaving it so rewrites nothing.
    expect(commit('08.09.2023 12:51', '2023-09-08 12:51:30+03:00')).toEqual({ kind: 'keep' });
    expect(commit('сентябрь 2024', 'сентябрь 2023')).toMatchObject({ kind: 'invalid' });
  });

  it('refuses what it cannot read, with the reason', () => {
    expect(commit('31.02.2023', '')).toEqual({
      kind: 'invalid',
      error: 'There is no day 31 in February 2023: it has 28 days.',
    });
    expect(commit('2023-13', '2023')).toMatchObject({
      kind: 'invalid',
      error: expect.stringMatching(/month 13/),
    });
  });

  it('refuses a time where only dates are kept', () => {
    expect(commit('08.09.2023 12:51', '', { time: false })).toMatchObject({
      kind: 'invalid',
      error: expect.stringMatching(/without a time/),
    });
    expect(commit('08.09.2023', '', { time: false })).toEqual({ kind: 'save', value: '2023-09-08' });
  });
});

describe('dateFormsHint', () => {
  it('mentions a time only where one is taken', () => {
    expect(hint()).toMatch(/08\.09\.2023 12:51/);
    expect(hint({ time: false })).not.toMatch(/12:51/);
  });
});

describe('unreadableStoredNote', () => {
  it('notes a stored date the Library cannot read, and nothing else', () => {
    expect(note('сентябрь 2023')).toMatch(/filters and sorting leave it out/);
    expect(note('2023-09-08T12:51')).toBeNull();
    expect(note('08.09.2023')).toBeNull();
    expect(note('')).toBeNull();
  });
});
