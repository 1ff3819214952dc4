import { describe, expect, it } from 'vitest';
import { en } from './catalogs/en/index.ts';
import { catalogs, createI18n, lacking, translator } from './i18n.ts';
import { languages } from './languages.ts';

const SUFFIX = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(SUFFIX, '');
const params = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] as string).sort();

/** Per message (plural forms together): its keys, and the parameters any of its forms use. */
function messages(ns: Record<string, string>): Map<string, { forms: string[]; params: string[] }> {
  const out = new Map<string, { forms: string[]; params: string[] }>();
  for (const [key, text] of Object.entries(ns)) {
    const entry = out.get(base(key)) ?? { forms: [], params: [] };
    entry.forms.push(SUFFIX.exec(key)?.[1] ?? '');
    entry.params = [...new Set([...entry.params, ...params(text)])].sort();
    out.set(base(key), entry);
  }
  return out;
}

/** The plural forms a language needs, as Intl.PluralRules gives them (English: one, other; Russian: one, few, many, other). */
const pluralForms = (language: string) => [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

describe('the message catalogs', () => {
  for (const language of languages.filter((l) => l !== 'en')) {
    const theirs = catalogs[language];
    it(`${language} has the same namespaces as English`, () => {
      expect(Object.keys(theirs).sort()).toEqual(Object.keys(en).sort());
    });

    for (const ns of Object.keys(en) as Array<keyof typeof en>) {
      it(`${language} ${ns}: the same messages as English, every plural in all its language's forms, the same parameters`, () => {
        const english = messages(en[ns] as Record<string, string>);
        const translated = messages(theirs[ns] ?? {});
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [key, e] of english) {
          const r = translated.get(key);
          if (e.forms.some(Boolean)) {
            expect(e.forms.sort(), `${ns}:${key} in English`).toEqual(pluralForms('en'));
            expect(r?.forms.sort(), `${ns}:${key} in ${language}`).toEqual(pluralForms(language));
          } else expect(r?.forms, `${ns}:${key} in ${language} is not a plural`).toEqual(['']);
          expect(r?.params, `${ns}:${key}: the parameters`).toEqual(e.params);
        }
      });
    }
  }

  it('know the Russian plural forms as four', () => {
    expect(pluralForms('ru')).toEqual(['few', 'many', 'one', 'other']);
  });

  it('say Russian plurals as a native speaker does (Intl.PluralRules)', () => {
    const t = translator('ru');
    const shown = [1, 2, 5, 11, 21, 22, 25, 101].map((count) => t('backups:backupCount', { count }));
    expect(shown).toEqual([
      '1 резервная копия',
      '2 резервные копии',
      '5 резервных копий',
      '11 резервных копий',
      '21 резервная копия',
      '22 резервные копии',
      '25 резервных копий',
      '101 резервная копия',
    ]);
  });

  it('fall back to English for a key a language lacks, and tell', () => {
    const i18n = createI18n('ru');
    i18n.addResource('en', 'common', 'onlyInEnglish', 'Only in English');
    expect(i18n.t('common:onlyInEnglish' as never)).toBe('Only in English');
    // What a language lacks is told at start (the window logs it in development).
    const told: string[] = [];
    createI18n('ru', { onMissing: (l, ns, key) => told.push(`${l}/${ns}:${key}`) });
    expect(told).toEqual(lacking('ru').map(([ns, key]) => `ru/${ns}:${key}`));
    expect(lacking('ru')).toEqual([]);
  });
});
