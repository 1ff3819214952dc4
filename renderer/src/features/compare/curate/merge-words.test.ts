import { describe, expect, it } from 'vitest';
import { i18n, t } from '../../../i18n/i18n.ts';
import { mergeWords } from './merge-words.ts';

describe('mergeWords', () => {
  const summary = { rule: 'unanimous' as const, documents: 1, added: 12, alreadyDecided: 3, undecided: 9 };

  it('says what the merge did in English', async () => {
    await i18n.changeLanguage('en');
    expect(mergeWords(summary, t, String)).toBe(
      '12 units copied, 3 already decided, 9 left to decide (in 1 document).',
    );
    expect(mergeWords({ ...summary, added: 1, documents: 4 }, t, String)).toMatch(/^1 unit copied, .*in 4 documents/);
  });

  it('says it in Russian with the right plural forms', async () => {
    await i18n.changeLanguage('ru');
    expect(mergeWords({ ...summary, added: 21, alreadyDecided: 3, undecided: 5 }, t, String)).toBe(
      'скопирована 21 единица, 3 уже решены, 5 осталось для решения (в 1 документе).',
    );
    await i18n.changeLanguage('en');
  });
});
