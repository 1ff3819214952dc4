import type { Language } from '../../../../shared/i18n/languages.ts';

const collators = new Map<Language, (a: string, b: string) => number>();

/**
 * Orders node names for the window's language: "Doc 2" before "Doc 10",
 * Cyrillic by the Russian alphabet in either language (ё with е), Latin
 * names before Cyrillic ones in English and after them in Russian, as each
 * language's readers expect. One collator per language, built once.
 */
export function nameCollator(language: Language): (a: string, b: string) => number {
  let compare = collators.get(language);
  if (!compare) {
    compare = new Intl.Collator(language, { numeric: true }).compare;
    collators.set(language, compare);
  }
  return compare;
}
