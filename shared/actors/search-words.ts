/** A name or a query broken into the words that search compares. */
export interface SearchWords {
  /** The words in order, lower-cased and folded (see searchWords). */
  words: string[];
  /**
   * Extra forms for words written joined by a hyphen, dot or slash without
   * spaces: "Касым-Жомарт" also yields "касымжомарт", "U.S." yields "us".
   * They are looked up but never count for an exact match.
   */
  joined: string[];
}

// Every combining mark is removed by folding (ё → е, é → e, ğ → g), except
// the breve of й, which is a letter of its own in Russian.
const SHORT_I = /и\u0306/g;
// Lower-case text without any character outside printable ASCII, а–я, quotes,
// dashes and spaces has no marks to remove: the costly normalisation is skipped.
const NEEDS_DECOMPOSING = /[^\t\n\r -~а-я\u00A0«»\u2010-\u201F]/u;
const MARKS = /\p{M}/gu;
// Apostrophes, soft hyphens and zero-width characters sit inside words: they
// are dropped, not treated as word breaks (O'Brien → obrien, not "o brien").
const INSIDE_WORD = /['’ʼ`\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const NOT_A_LETTER = /[^\p{L}\p{N}]+/u;
const SPACES = /\s+/u;

/**
 * Folds a string the way the actor picker compares names: lower case, ё as е,
 * Latin diacritics removed, apostrophes dropped. Researchers type quickly and
 * without the special letters the press uses, so "Горбачёв" has to meet
 * "горбачев" and "Erdoğan" "erdogan".
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_DECOMPOSING.test(lower)) return lower.replace(INSIDE_WORD, '');
  return lower.normalize('NFD').replace(SHORT_I, 'й').replace(MARKS, '').normalize('NFC').replace(INSIDE_WORD, '');
}

/**
 * Splits a name, an alias or a query into folded words. Quotes («» "" „“),
 * punctuation, hyphens and dashes all separate words, so «глава государства»
 * equals глава государства and Касым-Жомарт equals Касым Жомарт; the joined
 * form of hyphenated words is kept as well (see SearchWords.joined).
 */
export function searchWords(text: string): SearchWords {
  const words: string[] = [];
  const joined: string[] = [];
  for (const chunk of foldForSearch(text).split(SPACES)) {
    const parts = chunk.split(NOT_A_LETTER).filter((part) => part !== '');
    words.push(...parts);
    if (parts.length > 1) joined.push(parts.join(''));
  }
  return { words, joined };
}
