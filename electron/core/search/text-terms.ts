import { WORD } from '../../../shared/search/text-words.ts';
import { foldWord, wordTerms } from '../../../shared/search/word-terms.ts';

/** The distinct index terms of a text, space-separated, as the corpus index stores them. */
export function textTerms(text: string): string {
  const terms = new Set<string>();
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const term of wordTerms(foldWord(m[0]))) terms.add(term);
  }
  return [...terms].join(' ');
}
