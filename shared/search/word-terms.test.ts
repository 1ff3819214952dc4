import { describe, expect, it, vi } from 'vitest';
import { findOccurrences } from './find-occurrences.ts';
import { parseQuery } from './parse-query.ts';
import { MAX_STEMMED_LENGTH, sameWord, wordTerms } from './word-terms.ts';

/** The length of every word handed to a Snowball stemmer. */
const stemmed = vi.hoisted(() => [] as number[]);

vi.mock('snowball-stemmers', async (importOriginal) => {
  const real = (await importOriginal<typeof import('snowball-stemmers')>()).default;
  return {
    default: {
      ...real,
      newStemmer(language: string) {
        const stemmer = real.newStemmer(language);
        return {
          stem(word: string) {
            stemmed.push(word.length);
            return stemmer.stem(word);
          },
        };
      },
    },
  };
});

// Each y after a vowel costs the English stemmer a copy of the whole word: quadratic.
const huge = 'ay'.repeat(100_000);

describe('very long words', () => {
  it('are never handed to the stemmer, but stand for themselves, cut', () => {
    stemmed.length = 0;
    const started = performance.now();
    const terms = wordTerms(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(terms).toEqual([huge.slice(0, MAX_STEMMED_LENGTH)]);
    expect(stemmed).toEqual([]);
    expect(wordTerms('бв'.repeat(40))).toEqual(['бв'.repeat(32)]);
  });

  it('still match themselves, in a query and in a text', () => {
    expect(sameWord(huge, `${huge}x`)).toBe(true);
    expect(sameWord(huge, 'ay')).toBe(false);
    const text = `before ${huge} after`;
    const [hit] = findOccurrences(text, parseQuery(huge));
    expect(hit).toMatchObject({ start: 7, end: 7 + huge.length });
    expect(stemmed.every((length) => length <= MAX_STEMMED_LENGTH)).toBe(true);
  });

  it('are cut before a surrogate pair, never inside it', () => {
    const word = `${'a'.repeat(MAX_STEMMED_LENGTH - 1)}𝐀${'b'.repeat(10)}`;
    expect(wordTerms(word)).toEqual(['a'.repeat(MAX_STEMMED_LENGTH - 1)]);
  });

  it('leave words up to the limit stemmed as before', () => {
    stemmed.length = 0;
    expect(wordTerms('токаеву')).toContain('токаев');
    expect(wordTerms('terrorists')).toEqual(['terrorist']);
    const long = `${'про'.repeat(20)}ами`; // 62 letters
    expect(wordTerms(long)).not.toContain(long);
    expect(stemmed.length).toBeGreaterThan(0);
  });
});
