import { describe, expect, it } from 'vitest';
import { en } from './catalogs/en/index.ts';
import { ru } from './catalogs/ru/index.ts';
import { createI18n, lacking, translator } from './i18n.ts';

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

describe('the message catalogs', () => {
  it('have the same namespaces', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of Object.keys(en) as Array<keyof typeof en>) {
    it(`${ns}: the same messages in both, every Russian plural in all four forms, the same parameters`, () => {
      const english = messages(en[ns] as Record<string, string>);
      const russian = messages(ru[ns] as Record<string, string>);
      expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, e] of english) {
        const r = russian.get(key);
        const plural = e.forms.some(Boolean);
        if (plural) {
          expect(e.forms.sort(), `${ns}:${key} in English`).toEqual(['one', 'other']);
          expect(r?.forms.sort(), `${ns}:${key} in Russian`).toEqual(['few', 'many', 'one', 'other']);
        } else expect(r?.forms, `${ns}:${key} in Russian is not a plural`).toEqual(['']);
        expect(r?.params, `${ns}:${key}: the parameters`).toEqual(e.params);
      }
    });
  }

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
