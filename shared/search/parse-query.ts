import { foldWord } from './word-terms.ts';
import { WORD } from './text-words.ts';

/** One part of a query: a single word, or a phrase whose words must follow each other. */
export interface QueryClause {
  /** Folded words, in order. */
  words: string[];
  /** As typed, for messages. */
  text: string;
}

/**
 * A query as clauses, all of which a document must contain: words apart,
 * "quoted phrases" (straight or «guillemet» quotes) as one clause each.
 * Punctuation is ignored; an unclosed quote runs to the end.
 */
export function parseQuery(query: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  const parts = query.split(/["«»“”„]/);
  parts.forEach((part, i) => {
    const words = [...part.matchAll(new RegExp(WORD.source, 'gu'))].map((m) => m[0]);
    if (!words.length) return;
    const quoted = i % 2 === 1;
    if (quoted && words.length > 1) clauses.push({ words: words.map(foldWord), text: part.trim() });
    else for (const w of words) clauses.push({ words: [foldWord(w)], text: w });
  });
  return clauses;
}
