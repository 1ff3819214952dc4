import i18next, { type i18n, type Module, type TFunction } from 'i18next';
import './typed-keys.ts';
import { en, type Namespace } from './catalogs/en/index.ts';
import { ru } from './catalogs/ru/index.ts';
import { fallbackLanguage, type Language } from './languages.ts';

export const namespaces = Object.keys(en) as Namespace[];

/** Every language's catalog (a new language is registered here and in languages.ts). */
export const catalogs: Record<Language, Record<Namespace, Record<string, string>>> = { en, ru };

export interface I18nOptions {
  /** i18next plugins (the window's react-i18next binding). */
  plugins?: Module[];
  /** Told of a key the language lacks (English is shown instead); development builds log it. */
  onMissing?: (language: string, namespace: string, key: string) => void;
}

/**
 * A translator for one language, the same for the window, the CLI and the
 * Electron menus: i18next over the catalogs in shared/i18n/catalogs, with
 * plurals by Intl.PluralRules (i18next's `_one`, `_few`, `_many`, `_other`
 * suffixes) and English for anything a catalog lacks — never a raw key.
 */
export function createI18n(language: Language, options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  void instance.init({
    lng: language,
    fallbackLng: fallbackLanguage,
    // Copies: i18next keeps what it is given, and adding to one instance must not change the catalogs.
    resources: JSON.parse(JSON.stringify(catalogs)),
    ns: namespaces,
    defaultNS: 'common',
    // React escapes what it renders; the CLI and menus print plain text.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  if (options.onMissing) for (const [ns, key] of lacking(language)) options.onMissing(language, ns, key);
  return instance;
}

/** The messages (plural forms together) a language lacks that English has: English is shown for them. */
export function lacking(language: Language): Array<[Namespace, string]> {
  const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
  const out: Array<[Namespace, string]> = [];
  for (const ns of namespaces) {
    const have = new Set(Object.keys((catalogs[language] as Record<string, object>)[ns] ?? {}).map(base));
    for (const key of new Set(Object.keys(en[ns]).map(base))) if (!have.has(key)) out.push([ns, key]);
  }
  return out;
}

/** A translator whose keys are `namespace:key` across every namespace, checked against the English catalog. */
export type Translate = TFunction<Namespace[]>;

/** The translator of a language, for code outside React (the CLI, the Electron menus, tests). */
export function translator(language: Language, options: I18nOptions = {}): Translate {
  return createI18n(language, options).getFixedT(language, namespaces);
}
