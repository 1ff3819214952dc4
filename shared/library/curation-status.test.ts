import { describe, expect, it } from 'vitest';
import type { CurationStatus } from '../curation/curation-types.ts';
import type { DocumentSummary } from '../model/document.ts';
import { documentSummary } from '../testing/document-summary.ts';
import { countByCurationStatus, curationStatusOf } from './curation-status.ts';
import { emptyLibraryFilter, filterDocuments, isFilterActive } from './filter-documents.ts';

/** A Library row with a curation status, as listDocuments sends it (or without one, as an older core does). */
const doc = (id: string, status?: CurationStatus): DocumentSummary =>
  ({ ...documentSummary(id), ...(status ? { curationStatus: status } : {}) }) as DocumentSummary;

const corpus = [doc('a', 'done'), doc('b', 'in-progress'), doc('c'), doc('d', 'not-started'), doc('e', 'done')];

describe('curation status in the Library', () => {
  it('reads a missing status as not started', () => {
    expect(corpus.map(curationStatusOf)).toEqual(['done', 'in-progress', 'not-started', 'not-started', 'done']);
  });

  it('counts documents per status, zeros included', () => {
    expect(countByCurationStatus(corpus)).toEqual({ 'not-started': 2, 'in-progress': 1, done: 2 });
    expect(countByCurationStatus([])).toEqual({ 'not-started': 0, 'in-progress': 0, done: 0 });
  });

  it('filters by status, a missing one counting as not started, with the other conditions', () => {
    const ids = (curation: '' | CurationStatus, text = '') =>
      filterDocuments(corpus, { ...emptyLibraryFilter, curation, text }).map((d) => d.id);
    expect(ids('done')).toEqual(['a', 'e']);
    expect(ids('not-started')).toEqual(['c', 'd']);
    expect(ids('in-progress')).toEqual(['b']);
    expect(ids('done', 'e')).toEqual(['e']);
    expect(isFilterActive({ ...emptyLibraryFilter, curation: 'done' })).toBe(true);
    expect(ids('')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
