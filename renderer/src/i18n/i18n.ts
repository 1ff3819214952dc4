import { initReactI18next, useTranslation } from 'react-i18next';
import { createI18n, namespaces, type Translate } from '../../../shared/i18n/i18n.ts';
import { type Language, pickLanguage } from '../../../shared/i18n/languages.ts';

/**
 * The window's translator. Components take `t` from useTranslation() (so a
 * language switch re-renders them at once, state kept); store code that
 * words a notice uses `t` from here.
 */
export const i18n = createI18n(
  // No navigator where store code is tested outside a window: English.
  pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])),
  {
    plugins: [initReactI18next],
    onMissing: import.meta.env.DEV
      ? (language, namespace, key) => console.warn(`[i18n] ${language} lacks ${namespace}:${key}`)
      : undefined,
  },
);

/** For store code: words a message in the language the window speaks at the moment it is called. */
export const t = ((...args: unknown[]) =>
  (i18n.getFixedT(null, namespaces) as unknown as (...a: unknown[]) => string)(...args)) as unknown as Translate;

/** For components: `t` over every namespace (keys as `namespace:key`), re-rendering when the language changes. */
export function useT(): { t: Translate; language: Language } {
  const { t: translate, i18n: instance } = useTranslation(namespaces);
  return { t: translate as Translate, language: instance.language === 'ru' ? 'ru' : 'en' };
}

/** The language the window speaks now. */
export const currentLanguage = (): Language => (i18n.language === 'ru' ? 'ru' : 'en');

/** Switches the window's language: every view re-renders in it, nothing else changes. */
export async function showLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
