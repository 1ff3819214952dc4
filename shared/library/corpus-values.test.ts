import { describe, expect, it } from 'vitest';
import { documentSummary } from '../testing/document-summary.ts';
import { coderIdsOf, metadataValueCounts } from './corpus-values.ts';

const doc = documentSummary;

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
