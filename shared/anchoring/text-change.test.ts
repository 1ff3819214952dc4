import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import {
  applyTextChanges,
  diffTexts,
  type TextChange,
  textChangeProblem as textChangeProblemCode,
} from './text-change.ts';

/** textChangeProblem's reason in English (the tests compare the wording), or null. */
function textChangeProblem(...args: Parameters<typeof textChangeProblemCode>): string | null {
  const problem = textChangeProblemCode(...args);
  return problem && inEnglish(problem);
}

const sentence = 'Министры обсудили сотрудничество ШОС в борьбе с терроризмом.';

describe('applyTextChanges', () => {
  it('replaces, inserts and deletes', () => {
    expect(applyTextChanges(sentence, [{ from: 33, to: 36, insert: 'ОДКБ' }])).toBe(
      'Министры обсудили сотрудничество ОДКБ в борьбе с терроризмом.',
    );
    expect(applyTextChanges('ШОС', [{ from: 3, to: 3, insert: ' и ОДКБ' }])).toBe('ШОС и ОДКБ');
    expect(applyTextChanges('ШОС и ОДКБ', [{ from: 3, to: 10, insert: '' }])).toBe('ШОС');
    expect(applyTextChanges(sentence, [])).toBe(sentence);
  });

  it('applies a list of changes one after the other', () => {
    // The second change's offsets count the "ОДКБ" (one letter longer than "ШОС") the first one inserted.
    const changes: TextChange[] = [
      { from: 33, to: 36, insert: 'ОДКБ' },
      { from: 40, to: 46, insert: 'противодействии' },
    ];
    expect(applyTextChanges(sentence, changes)).toBe(
      'Министры обсудили сотрудничество ОДКБ в противодействии с терроризмом.',
    );
  });

  it('throws a clear error for a change out of range or reversed', () => {
    expect(() => applyTextChanges('ШОС', [{ from: 2, to: 4, insert: '' }])).toThrow(
      'Text change 1 of 1: to (4) is past the end of the text (3)',
    );
    expect(() => applyTextChanges('ШОС', [{ from: -1, to: 1, insert: '' }])).toThrow('before the beginning');
    expect(() =>
      applyTextChanges('ШОС', [
        { from: 0, to: 0, insert: 'x' },
        { from: 3, to: 2, insert: '' },
      ]),
    ).toThrow('Text change 2 of 2: from (3) is after to (2)');
  });
});

describe('textChangeProblem', () => {
  const emoji = 'Щит 🛡️ и рост 📈 угроз.';
  const chart = emoji.indexOf('📈');

  it('accepts changes that fit, judged against the text the previous change left', () => {
    expect(textChangeProblem(sentence, [{ from: 0, to: 8, insert: 'Послы' }])).toBeNull();
    // Offset 5 is past the end of "ШОС" but inside the text after the first change.
    expect(
      textChangeProblem('ШОС', [
        { from: 3, to: 3, insert: ' и ОДКБ' },
        { from: 5, to: 5, insert: '!' },
      ]),
    ).toBeNull();
    expect(textChangeProblem(emoji, [{ from: chart, to: chart + 2, insert: '📉' }])).toBeNull();
  });

  it('reports offsets out of range or reversed', () => {
    expect(textChangeProblem('ШОС', [{ from: 0, to: 9, insert: '' }])).toBe('to (9) is past the end of the text (3)');
    expect(textChangeProblem('ШОС', [{ from: 2, to: 1, insert: '' }])).toBe('from (2) is after to (1)');
    expect(textChangeProblem('ШОС', [{ from: 0.5, to: 1, insert: '' }])).toBe('from and to must be whole numbers');
    expect(
      textChangeProblem('ШОС', [
        { from: 0, to: 3, insert: '' },
        { from: 0, to: 1, insert: '' },
      ]),
    ).toBe('change 2: to (1) is past the end of the text (0)');
  });

  it('reports a change that cuts an emoji in half', () => {
    expect(textChangeProblem(emoji, [{ from: chart + 1, to: chart + 2, insert: '' }])).toBe(
      'the change cuts a character (such as an emoji) in half',
    );
    expect(textChangeProblem(emoji, [{ from: chart, to: chart + 1, insert: 'x' }])).toContain('in half');
    expect(textChangeProblem(emoji, [{ from: 0, to: 0, insert: '📈'.slice(0, 1) }])).toBe(
      'the inserted text begins or ends with half a character (such as an emoji)',
    );
    expect(textChangeProblem(emoji, [{ from: 0, to: 0, insert: '📈'.slice(1) }])).toContain('half a character');
  });

  it('reports a result longer than the limit', () => {
    expect(textChangeProblem('ШОС', [{ from: 3, to: 3, insert: ' и ОДКБ' }], 5)).toBe(
      'the text would be 10 characters long, more than 5',
    );
    expect(textChangeProblem('ШОС', [{ from: 3, to: 3, insert: ' и' }], 5)).toBeNull();
  });
});

describe('diffTexts', () => {
  it('returns null for equal texts', () => {
    expect(diffTexts(sentence, sentence)).toBeNull();
    expect(diffTexts(sentence, sentence, { from: 3, to: 3 })).toBeNull();
  });

  it('finds the single smallest change', () => {
    const typo = 'Министры обсудили сотрудничество ШОС в борьбе с террризмом.';
    expect(diffTexts(typo, sentence)).toEqual({ from: 52, to: 52, insert: 'о' });
    expect(diffTexts(sentence, typo)).toEqual({ from: 52, to: 53, insert: '' });
    expect(diffTexts('ШОС и ОДКБ', 'ШОС и СНГ')).toEqual({ from: 6, to: 10, insert: 'СНГ' });
    expect(diffTexts('', 'ШОС')).toEqual({ from: 0, to: 0, insert: 'ШОС' });
    expect(diffTexts('ШОС', '')).toEqual({ from: 0, to: 3, insert: '' });
  });

  it('places an ambiguous change where the hint says the user typed', () => {
    // Typing "а" into "ааа" could have happened anywhere; without a hint it lands at the end.
    expect(diffTexts('Урааа!', 'Ураааа!')).toEqual({ from: 5, to: 5, insert: 'а' });
    expect(diffTexts('Урааа!', 'Ураааа!', { from: 2, to: 2 })).toEqual({ from: 2, to: 2, insert: 'а' });
    expect(diffTexts('Урааа!', 'Ураааа!', { from: 3, to: 3 })).toEqual({ from: 3, to: 3, insert: 'а' });
    // " и" typed after "ШОС": without the hint the diff says "и " was typed after "и ".
    expect(diffTexts('ШОС и ОДКБ', 'ШОС и и ОДКБ')).toEqual({ from: 6, to: 6, insert: 'и ' });
    expect(diffTexts('ШОС и ОДКБ', 'ШОС и и ОДКБ', { from: 3, to: 3 })).toEqual({ from: 3, to: 3, insert: ' и' });
    // Deleting one of the repeated letters, the hint naming the region deleted.
    expect(diffTexts('Урааа!', 'Ураа!', { from: 2, to: 3 })).toEqual({ from: 2, to: 3, insert: '' });
  });

  it('stays correct when the hint is wrong, only larger', () => {
    const change = diffTexts('ШОС и ОДКБ', 'ШОС и СНГ', { from: 0, to: 1 });
    expect(change).toEqual({ from: 0, to: 10, insert: 'ШОС и СНГ' });
    expect(applyTextChanges('ШОС и ОДКБ', [change!])).toBe('ШОС и СНГ');
  });

  it('never splits an emoji', () => {
    // 😀 and 😁 share their first code unit: the change must still replace the whole emoji.
    expect(diffTexts('Рост 😀 угроз', 'Рост 😁 угроз')).toEqual({ from: 5, to: 7, insert: '😁' });
    // U+1F4C8 (📈) and U+1F0C8 share their second code unit.
    const other = String.fromCodePoint(0x1f0c8);
    expect(diffTexts('Рост 📈 угроз', `Рост ${other} угроз`)).toEqual({ from: 5, to: 7, insert: other });
    // A hint pointing inside an emoji is widened to the whole character.
    expect(diffTexts('📈📈', '📈📈📈', { from: 1, to: 1 })).toEqual({ from: 0, to: 2, insert: '📈📈' });
    expect(diffTexts('📈📈', '📈📈📈', { from: 0, to: 0 })).toEqual({ from: 0, to: 0, insert: '📈' });
  });
});
