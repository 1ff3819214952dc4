import type { QueryClause } from '../../../shared/search/parse-query.ts';
import { wordTerms } from '../../../shared/search/word-terms.ts';

/** An index as it is written to disk and read back: compact, every number in use. */
export interface IndexSnapshot {
  /** The documents, by number: a posting is a position in this list. */
  documents: string[];
  terms: string[];
  /** Per term, the numbers of the documents holding it, ascending. */
  postings: Uint32Array[];
}

/**
 * The documents' words in an inverted index: per stemmed term (see
 * shared/search/word-terms.ts), the numbers of the documents holding it.
 * Its own and not FlexSearch's, because it must load from disk fast: a
 * snapshot's postings are used as they were read, where FlexSearch took
 * 3.5 s to take 10,000 documents' terms again (see the README).
 *
 * Each document has a slot; a document indexed again gets a new slot and
 * its old one is only marked empty, so every term's slots stay ascending
 * without rewriting them. `snapshot` leaves the empty slots out.
 */
export class CorpusIndex {
  /** Per slot, its document, or null once the document moved to a newer slot or left. */
  private readonly slots: Array<string | null>;
  private readonly slotOf = new Map<string, number>();
  /** Postings as a snapshot gave them (never changed). */
  private readonly stored = new Map<string, Uint32Array>();
  /** Postings of the slots filled since, ascending and all above the snapshot's. */
  private readonly added = new Map<string, number[]>();

  constructor(snapshot?: IndexSnapshot) {
    this.slots = snapshot ? [...snapshot.documents] : [];
    this.slots.forEach((id, n) => {
      this.slotOf.set(id as string, n);
    });
    snapshot?.terms.forEach((term, i) => {
      this.stored.set(term, snapshot.postings[i] as Uint32Array);
    });
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(documentId: string): boolean {
    return this.slotOf.has(documentId);
  }

  documentIds(): string[] {
    return [...this.slotOf.keys()];
  }

  /** Adds a document, or replaces what is indexed for it, by its distinct terms (text-terms.ts). */
  put(documentId: string, terms: readonly string[]): void {
    this.remove(documentId);
    const slot = this.slots.length;
    this.slots.push(documentId);
    this.slotOf.set(documentId, slot);
    for (const term of terms) {
      const list = this.added.get(term);
      if (list) list.push(slot);
      else this.added.set(term, [slot]);
    }
  }

  remove(documentId: string): void {
    const slot = this.slotOf.get(documentId);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotOf.delete(documentId);
  }

  /**
   * The documents holding a form of every word of every clause, in the
   * order they were last indexed. For a phrase the words may be apart: the
   * concordance checks that they follow each other.
   */
  candidates(clauses: readonly QueryClause[]): string[] {
    let result: Set<number> | null = null;
    for (const word of clauses.flatMap((c) => c.words)) {
      const having = new Set<number>();
      for (const term of wordTerms(word)) {
        for (const list of [this.stored.get(term), this.added.get(term)]) {
          if (list) for (const slot of list) if (this.slots[slot] !== null) having.add(slot);
        }
      }
      result = result ? intersect(result, having) : having;
      if (!result.size) return [];
    }
    return result ? [...result].sort((a, b) => a - b).map((slot) => this.slots[slot] as string) : [];
  }

  /** The index as it stands, its documents numbered anew in slot order (so every term's list stays ascending). */
  snapshot(): IndexSnapshot {
    const renumbered = new Int32Array(this.slots.length).fill(-1);
    const documents: string[] = [];
    this.slots.forEach((id, slot) => {
      if (id === null) return;
      renumbered[slot] = documents.length;
      documents.push(id);
    });
    let upperBound = 0;
    for (const list of this.stored.values()) upperBound += list.length;
    for (const list of this.added.values()) upperBound += list.length;
    const all = new Uint32Array(upperBound);
    const terms: string[] = [];
    const postings: Uint32Array[] = [];
    let end = 0;
    for (const term of new Set([...this.stored.keys(), ...this.added.keys()])) {
      const start = end;
      for (const list of [this.stored.get(term), this.added.get(term)]) {
        if (!list) continue;
        for (const slot of list) {
          const n = renumbered[slot] as number;
          if (n >= 0) all[end++] = n;
        }
      }
      if (end === start) continue;
      terms.push(term);
      postings.push(all.subarray(start, end));
    }
    return { documents, terms, postings };
  }
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const n of small) if (large.has(n)) out.add(n);
  return out;
}
