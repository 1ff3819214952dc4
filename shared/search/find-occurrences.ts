import type { QueryClause } from './parse-query.ts';
import { textWords } from './text-words.ts';
import { foldWord, sameWord, wordTerms } from './word-terms.ts';

/** Where a clause of the query occurs in a text (UTF-16 offsets of the whole phrase). */
export interface Occurrence {
  start: number;
  end: number;
  clause: number;
}

/**
 * Every occurrence of the clauses in a text, in text order, up to `limit`.
 * A regular expression finds words beginning with one of the query word's
 * terms (case-insensitively, ё as е); each is then checked to share a term
 * with the query word, and a phrase's next words must follow on the same line.
 */
export function findOccurrences(text: string, clauses: readonly QueryClause[], limit = Infinity): Occurrence[] {
  const found: Occurrence[] = [];
  clauses.forEach((clause, index) => {
    const [first, ...rest] = clause.words;
    if (!first) return;
    const re = wordStartPattern(first);
    for (let m = re.exec(text); m && found.length < limit; m = re.exec(text)) {
      if (!sameWord(foldWord(m[0]), first)) continue;
      const end = phraseEnd(text, m.index + m[0].length, rest);
      if (end !== null) found.push({ start: m.index, end, clause: index });
    }
  });
  return found.sort((a, b) => a.start - b.start || a.end - b.end).slice(0, limit);
}

/** Where the phrase ends if `words` follow `from` in order on the same line, else null. */
function phraseEnd(text: string, from: number, words: readonly string[]): number | null {
  let end = from;
  if (!words.length) return end;
  const next = textWords(text, from);
  for (const word of words) {
    const w = next.next().value;
    if (!w || text.slice(end, w.start).includes('\n') || !sameWord(foldWord(w.word), word)) return null;
    end = w.end;
  }
  return end;
}

const patterns = new Map<string, RegExp>();

/** A pattern for whole words starting with one of a folded word's terms. */
export function wordStartPattern(folded: string): RegExp {
  let re = patterns.get(folded);
  if (!re) {
    const prefixes = wordTerms(folded).map((t) => (/[a-z]i$/.test(t) ? t.slice(0, -1) : t));
    const alternatives = prefixes.map((p) => escapeRegExp(p).replaceAll('е', '[её]')).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})[\\p{L}\\p{M}\\p{N}]*`, 'giu');
    if (patterns.size > 1_000) patterns.clear();
    patterns.set(folded, re);
  }
  re.lastIndex = 0;
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
