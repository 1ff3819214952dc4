import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/parse-query.ts';
import { CorpusIndex } from './corpus-index.ts';
import { textTerms } from './text-terms.ts';

describe('the corpus index', () => {
  it('indexes a document holding a 200,000-letter word quickly, and still finds its ordinary words', () => {
    const huge = 'Ay'.repeat(100_000);
    const index = new CorpusIndex();
    const started = performance.now();
    index.put('long', textTerms(`Токаеву доложили: ${huge}.`));
    expect(performance.now() - started).toBeLessThan(1000);
    index.put('short', textTerms('Токаев прибыл.'));
    expect(textTerms(huge).join(' ').length).toBeLessThanOrEqual(64);
    expect(index.candidates(parseQuery('Токаева'))).toEqual(['long', 'short']);
    expect(index.candidates(parseQuery(huge))).toEqual(['long']);
  });
});

describe('a snapshot of the corpus index', () => {
  it('answers as the index it was taken from, without the documents indexed again or removed', () => {
    const index = new CorpusIndex();
    index.put('a', textTerms('Токаев прибыл на саммит.'));
    index.put('b', textTerms('Саммиты ШОС.'));
    index.put('c', textTerms('Токаеву доложили.'));
    index.put('a', textTerms('Министр прибыл.'));
    index.remove('b');
    index.put('d', textTerms('Саммит ОДКБ, Токаевым.'));
    const snapshot = index.snapshot();
    expect(snapshot.documents).toEqual(['c', 'a', 'd']);
    for (const list of snapshot.postings) expect([...list]).toEqual([...list].sort((x, y) => x - y));
    const copy = new CorpusIndex(snapshot);
    for (const query of ['Токаева', 'саммит', 'прибыл', 'ШОС', 'Токаев саммит']) {
      expect(copy.candidates(parseQuery(query)), query).toEqual(index.candidates(parseQuery(query)));
    }
    expect(copy.candidates(parseQuery('Токаева'))).toEqual(['c', 'd']);
    // Indexed on top of a snapshot, a document is found with the others, in the order last indexed.
    copy.put('c', textTerms('Саммит.'));
    expect(copy.candidates(parseQuery('саммит'))).toEqual(['d', 'c']);
  });
});
