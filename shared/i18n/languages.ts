/** The languages Glossator speaks. English is the fallback for anything a catalog lacks. */
export const languages = ['en', 'ru'] as const;
export type Language = (typeof languages)[number];

export const fallbackLanguage: Language = 'en';

/** Each language named in itself, for the switch. */
export const languageNames: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the user's preferred languages (BCP 47 tags, most wanted
 * first, as navigator.languages or Electron's locale give them) that
 * Glossator speaks, by primary subtag: ru-KZ → ru. English otherwise.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return fallbackLanguage;
}
