import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');
const cyrillic = /[\u0400-\u04ff]/;
const latin = /[a-z]/;
/**
 * Endings the Russian stemmer takes for verb or surname endings although
 * they often belong to a noun or a name: it cuts Токаев to "тока" but
 * Токаева to "токаев", саммит and саммите to "самм" but саммиты to "саммит".
 */
const overcut = ['ит', 'ев', 'ов', 'ин', 'ын', 'ил', 'ат', 'ят', 'ет', 'ен'];

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 500_000;

/**
 * Longer words are not stemmed. The Snowball stemmers take time quadratic in
 * the length of some words (the English one rewrites the whole word for every
 * y after a vowel), so one 200,000-letter "word" (a pasted base64 blob, a run
 * of letters) held the core for many seconds. No word of Russian or English
 * comes near 64 UTF-16 units, so every real word is stemmed as before.
 */
export const MAX_STEMMED_LENGTH = 64;

/** A word as the index compares it: lower case, ё as е. */
export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/**
 * The index terms of a folded word: its Snowball stem (Russian for
 * Cyrillic, English for Latin), so that Токаеву and Токаевым share the
 * term "токаев". Where the stem lost one of the `overcut` endings, the
 * word also gets the stem with that ending back, so that every case of
 * Токаев or саммит shares a term; two words match when they share one.
 */
export function wordTerms(folded: string): readonly string[] {
  if (folded.length > MAX_STEMMED_LENGTH) return [cappedWord(folded)];
  let terms = cache.get(folded);
  if (terms) return terms;
  terms = computeTerms(folded);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, terms);
  return terms;
}

/**
 * A word over MAX_STEMMED_LENGTH stands for itself, cut to that length:
 * text and query are cut alike, so searching for such a word still finds it
 * (and any other as long that begins the same), the index holds no huge
 * terms, and the cache keeps no huge keys. A cut never splits a surrogate
 * pair, which the concordance's Unicode pattern could not match.
 */
function cappedWord(word: string): string {
  const cut = word.slice(0, MAX_STEMMED_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function computeTerms(word: string): readonly string[] {
  if (word.length < 3) return [word];
  if (cyrillic.test(word)) {
    const stem = russian.stem(word) || word;
    const longer = overcut.find((ending) => word.startsWith(stem + ending));
    return longer ? [stem, stem + longer] : [stem];
  }
  if (latin.test(word)) return [english.stem(word) || word];
  return [word];
}

/** True when two folded words share an index term (are forms of one word, as far as the stemmer can tell). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = wordTerms(a);
  const tb = wordTerms(b);
  return ta.some((t) => tb.includes(t));
}
