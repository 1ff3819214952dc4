/**
 * Orders names as a Russian reader expects (Cyrillic by the alphabet,
 * "Doc 2" before "Doc 10"). One collator, built once: creating one costs
 * far more than a comparison, and `localeCompare(b, 'ru')` may build one per call.
 */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('ru', { numeric: true }).compare;
