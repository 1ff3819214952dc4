import { Encoder, Index } from 'flexsearch';
import type { QueryClause } from '../../../shared/search/parse-query.ts';
import { wordTerms } from '../../../shared/search/word-terms.ts';
import { textTerms } from './text-terms.ts';

/**
 * The documents' words in an inverted index (FlexSearch), by the stemmed
 * terms of shared/search/word-terms.ts, and the texts themselves for the
 * concordance. FlexSearch only splits on spaces: the terms arrive stemmed.
 */
export class CorpusIndex {
  private readonly index = new Index({
    tokenize: 'strict',
    encoder: new Encoder({ split: ' ', normalize: false, numeric: false, dedupe: false, cache: false }),
    resolution: 1,
    fastupdate: true,
  });
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly texts = new Map<string, string>();

  get size(): number {
    return this.texts.size;
  }

  has(documentId: string): boolean {
    return this.texts.has(documentId);
  }

  text(documentId: string): string | undefined {
    return this.texts.get(documentId);
  }

  /** Adds a document, or replaces what is indexed for it. */
  put(documentId: string, text: string): void {
    let n = this.numbers.get(documentId);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(documentId);
      this.numbers.set(documentId, n);
    } else {
      this.index.remove(n);
    }
    this.index.add(n, textTerms(text));
    this.texts.set(documentId, text);
  }

  /** Forgets a document (deleted); its number stays its own, so put back it keeps its place in the order. */
  remove(documentId: string): void {
    const n = this.numbers.get(documentId);
    if (n === undefined || !this.texts.has(documentId)) return;
    this.index.remove(n);
    this.texts.delete(documentId);
  }

  /**
   * The documents holding a form of every word of every clause, in the
   * order they were added. For a phrase the words may be apart: the
   * concordance checks that they follow each other.
   */
  candidates(clauses: readonly QueryClause[]): string[] {
    let result: Set<number> | null = null;
    for (const word of clauses.flatMap((c) => c.words)) {
      const having = new Set<number>();
      for (const term of wordTerms(word)) {
        for (const n of this.index.search(term, { limit: Number.MAX_SAFE_INTEGER }) as number[]) having.add(n);
      }
      result = result ? intersect(result, having) : having;
      if (!result.size) return [];
    }
    return result ? [...result].sort((a, b) => a - b).map((n) => this.ids[n] as string) : [];
  }
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const n of small) if (large.has(n)) out.add(n);
  return out;
}
