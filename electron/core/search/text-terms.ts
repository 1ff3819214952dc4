import { wordTerms } from '../../../shared/search/word-terms.ts';

/** Whatever separates words (the complement of text-words' WORD). */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * The distinct index terms of a text, as the corpus index stores them. The
 * text is folded once (lower case, ё as е: foldWord for a whole text) and
 * split, which is several times faster than folding word by word; offsets
 * do not matter here.
 */
export function textTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of text.toLowerCase().replaceAll('ё', 'е').split(NON_WORD)) {
    if (!word) continue;
    for (const term of wordTerms(word)) terms.add(term);
  }
  return [...terms];
}
