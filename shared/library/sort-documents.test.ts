import type { DocumentSummary } from '../model/document.ts';
import { describe, expect, it } from 'vitest';
import { documentSummary } from '../testing/document-summary.ts';
import { type LibrarySort, sortDocuments } from './sort-documents.ts';

const doc = documentSummary;

const order = (docs: DocumentSummary[], sort: LibrarySort) => sortDocuments(docs, sort).map((d) => d.id);

describe('sortDocuments', () => {
  it('orders titles alphabetically in Russian (ё after е, Cyrillic before Latin), numbers by value, both ways', () => {
    const docs = [
      doc('1', { title: 'Ёлка' }),
      doc('2', { title: 'Жалоба' }),
      doc('3', { title: 'Ежегодный доклад' }),
      doc('4', { title: 'Доклад 10' }),
      doc('5', { title: 'Доклад 2' }),
      doc('6', { title: 'english' }),
    ];
    expect(order(docs, { column: 'title', direction: 'asc' })).toEqual(['5', '4', '3', '1', '2', '6']);
    expect(order(docs, { column: 'title', direction: 'desc' })).toEqual(['6', '2', '1', '3', '4', '5']);
  });

  it('orders by date, reading several ways of writing it, and puts documents without one last', () => {
    const docs = [
      doc('none'),
      doc('oct', { metadata: { date: '2023-10-01' } }),
      doc('junk', { metadata: { date: 'вчера' } }),
      doc('sep8-noon', { metadata: { date: '2023-09-08T12:51' } }),
      doc('sep8', { metadata: { date: '08.09.2023' } }),
      doc('2022', { metadata: { date: '2022' } }),
    ];
    expect(order(docs, { column: 'date', direction: 'asc' })).toEqual([
      '2022',
      'sep8',
      'sep8-noon',
      'oct',
      'none',
      'junk',
    ]);
    expect(order(docs, { column: 'date', direction: 'desc' })).toEqual([
      'oct',
      'sep8-noon',
      'sep8',
      '2022',
      'none',
      'junk',
    ]);
  });

  it('orders by source and language with empty ones last, ties in their given order', () => {
    const docs = [
      doc('a', { metadata: { source: 'Тенгриньюс', language: 'ru' } }),
      doc('b', { metadata: { language: 'kk' } }),
      doc('c', { metadata: { source: 'Aqnews.kz', language: 'ru' } }),
      doc('d', { metadata: { source: 'Тенгриньюс' } }),
      doc('e', { metadata: { source: ' ' } }),
    ];
    // Russian order puts Cyrillic before Latin.
    expect(order(docs, { column: 'source', direction: 'asc' })).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(order(docs, { column: 'source', direction: 'desc' })).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(order(docs, { column: 'language', direction: 'asc' })).toEqual(['b', 'a', 'c', 'd', 'e']);
  });

  it('orders by number of annotations and by when documents were added', () => {
    const docs = [
      doc('a', { annotationCount: 2, created: '2026-01-02T00:00:00.000Z' }),
      doc('b', { annotationCount: 10, created: '2026-01-01T00:00:00.000Z' }),
      doc('c', { annotationCount: 0, created: '2026-01-01T12:00:00+14:00' }),
    ];
    expect(order(docs, { column: 'annotations', direction: 'asc' })).toEqual(['c', 'a', 'b']);
    expect(order(docs, { column: 'annotations', direction: 'desc' })).toEqual(['b', 'a', 'c']);
    expect(order(docs, { column: 'added', direction: 'asc' })).toEqual(['c', 'b', 'a']);
  });

  it('does not change the array it was given', () => {
    const docs = [doc('b'), doc('a')];
    order(docs, { column: 'title', direction: 'asc' });
    expect(docs.map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('sorts 10,000 documents by title, ё with е, Cyrillic before Latin', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      doc(`d${i}`, { title: `${['Заявление', 'Обзор', 'Ёмкость', 'Report'][i % 4]} ${(i * 7919) % 10_000}` }),
    );
    const sorted = sortDocuments(many, { column: 'title', direction: 'asc' });
    expect(sorted[0]!.title).toBe('Ёмкость 2');
    expect(sorted.at(-1)!.title).toMatch(/^Report 99\d\d$/);
  });
});

describe('the collator of the texts’ language', () => {
  const doc = (title: string, language?: string) =>
    documentSummary(title, { title, metadata: language ? { language } : {} });

  it('orders titles of one language by that language, whatever the window speaks', () => {
    const titles = ['Ёлки', 'Еда', 'Жук'].map((t) => doc(t, 'ru'));
    expect(sortDocuments(titles, { column: 'title', direction: 'asc' }, 'en').map((d) => d.title)).toEqual([
      'Еда',
      'Ёлки',
      'Жук',
    ]);
  });

  it('orders mixed languages as the window does', () => {
    const mixed = [doc('Zebra', 'en'), doc('Альфа', 'ru'), doc('Alpha', 'en')];
    expect(sortDocuments(mixed, { column: 'title', direction: 'asc' }, 'en').map((d) => d.title)).toEqual([
      'Alpha',
      'Zebra',
      'Альфа',
    ]);
    expect(sortDocuments(mixed, { column: 'title', direction: 'asc' }, 'ru').map((d) => d.title)).toEqual([
      'Альфа',
      'Alpha',
      'Zebra',
    ]);
  });
});
