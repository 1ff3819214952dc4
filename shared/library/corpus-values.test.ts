import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../model/document.ts';
import { coderIdsOf, metadataValueCounts } from './corpus-values.ts';

function doc(id: string, over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: id,
    metadata: {},
    created: '2026-01-01T00:00:00.000Z',
    textLength: 10,
    annotationCount: 0,
    tagIds: [],
    actorIds: [],
    coderIds: [],
    ...over,
  };
}

describe('metadataValueCounts', () => {
  it('counts each value and the documents without one, in Russian order (Cyrillic before Latin)', () => {
    const docs = [
      doc('a', { metadata: { source: 'Тенгриньюс' } }),
      doc('b', { metadata: { source: 'Aqnews.kz' } }),
      doc('c', { metadata: { source: 'Тенгриньюс' } }),
      doc('d'),
      doc('e', { metadata: { source: 'Азаттык' } }),
    ];
    expect(metadataValueCounts(docs, 'source')).toEqual({
      values: [
        { value: 'Азаттык', count: 1 },
        { value: 'Тенгриньюс', count: 2 },
        { value: 'Aqnews.kz', count: 1 },
      ],
      missing: 1,
    });
  });
});

describe('coderIdsOf', () => {
  it('lists each coder once', () => {
    expect(coderIdsOf([doc('a', { coderIds: ['me', 'x'] }), doc('b', { coderIds: ['x', 'y'] })])).toEqual([
      'me',
      'x',
      'y',
    ]);
  });
});
