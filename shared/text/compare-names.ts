/**
 * Orders names as a Russian reader expects (Cyrillic by the alphabet,
 * "Doc 2" before "Doc 10"). One collator, built once: creating one costs
 * far more than a comparison, and `localeCompare(b, 'ru')` may build one per call.
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('ru', { numeric: true }).compare;

const collators = new Map<string, (a: string, b: string) => number>();

/** Compares as readers of `language` order text (one collator per language, built once). */
export function compareIn(language: string): (a: string, b: string) => number {
  let compare = collators.get(language);
  if (!compare) {
    compare = new Intl.Collator(language, { numeric: true }).compare;
    collators.set(language, compare);
  }
  return compare;
}

/**
 * The order for a list of texts: the collator of their language when they
 * all share one (Russian titles in Russian order, even in an English
 * window), else the window's.
 */
export function compareTexts(languages: Iterable<string | undefined>, windowLanguage: string) {
  let shared: string | undefined;
  for (const language of languages) {
    const primary = language?.toLowerCase().split(/[-_]/)[0];
    if (!primary || (shared !== undefined && primary !== shared)) return compareIn(windowLanguage);
    shared = primary;
  }
  return compareIn(shared ?? windowLanguage);
}
