import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/parse-query.ts';
import { CorpusIndex } from './corpus-index.ts';
import { textTerms } from './text-terms.ts';

describe('the corpus index', () => {
  it('indexes a document holding a 200,000-letter word quickly, and still finds its ordinary words', () => {
    const huge = 'Ay'.repeat(100_000);
    const index = new CorpusIndex();
    const started = performance.now();
    index.put('long', `Токаеву доложили: ${huge}.`);
    expect(performance.now() - started).toBeLessThan(1000);
    index.put('short', 'Токаев прибыл.');
    expect(textTerms(huge).length).toBeLessThanOrEqual(64);
    expect(index.candidates(parseQuery('Токаева'))).toEqual(['long', 'short']);
    expect(index.candidates(parseQuery(huge))).toEqual(['long']);
  });
});
