import type { DocumentSummary } from '../model/document.ts';
import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/codebook.ts';
import { documentSummary } from '../testing/document-summary.ts';
import {
  emptyLibraryFilter,
  filterDocuments,
  isFilterActive,
  type LibraryFilter,
  noValue,
  tagAndDescendants,
} from './filter-documents.ts';

const doc = documentSummary;

function ids(docs: readonly DocumentSummary[], filter: Partial<LibraryFilter>, tags?: ReadonlySet<string>): string[] {
  return filterDocuments(docs, { ...emptyLibraryFilter, ...filter }, tags).map((d) => d.id);
}

function tag(id: string, parent: string | null): Tag {
  return { id, name: id, parent, color: '#123456', description: '', shortcut: null, kind: 'plain' };
}

const corpus = [
  doc('a', {
    title: 'Совещание в Астане',
    metadata: { source: 'Aqnews.kz', author: 'Ерлан Садыков', date: '2023-09-08T12:51', language: 'ru' },
    annotationCount: 3,
    tagIds: ['claim-causal', 'actor-mention'],
    actorIds: ['tokayev'],
    coderIds: ['me'],
  }),
  doc('b', {
    title: 'Ministers pledge joint action',
    metadata: { source: 'Reuters', date: '2023-10-01', language: 'en' },
    fileName: 'ministers.docx',
  }),
  doc('c', {
    title: 'Заявление МИД',
    metadata: { source: 'Aqnews.kz', date: 'вчера', language: 'ru' },
    annotationCount: 1,
    tagIds: ['proposal'],
    coderIds: ['colleague'],
  }),
  doc('d', { title: 'Обзор за сентябрь', metadata: { date: '2023-09' } }),
];

describe('filterDocuments', () => {
  it('returns the same array when no condition is set', () => {
    expect(filterDocuments(corpus, emptyLibraryFilter)).toBe(corpus);
    expect(isFilterActive(emptyLibraryFilter)).toBe(false);
    expect(isFilterActive({ ...emptyLibraryFilter, text: '   ' })).toBe(false);
    expect(isFilterActive({ ...emptyLibraryFilter, annotated: 'no' })).toBe(true);
  });

  it('finds every word in the title, source, author or file name, in any case, ё as е', () => {
    expect(ids(corpus, { text: 'астане' })).toEqual(['a']);
    expect(ids(corpus, { text: 'AQNEWS' })).toEqual(['a', 'c']);
    expect(ids(corpus, { text: 'садыков совещание' })).toEqual(['a']);
    expect(ids(corpus, { text: 'садыков reuters' })).toEqual([]);
    expect(ids(corpus, { text: 'docx' })).toEqual(['b']);
    expect(ids([doc('e', { title: 'Объём ёлок' })], { text: 'обьем елок' })).toEqual([]);
    expect(ids([doc('e', { title: 'Объём ёлок' })], { text: 'объем елок' })).toEqual(['e']);
    expect(ids([doc('e', { title: 'Объем елок' })], { text: 'объём' })).toEqual(['e']);
  });

  it('keeps dates within inclusive bounds, on the date part, and leaves out unreadable dates', () => {
    expect(ids(corpus, { dateFrom: '2023-09-08' })).toEqual(['a', 'b', 'd']);
    expect(ids(corpus, { dateFrom: '2023-09-09' })).toEqual(['b', 'd']);
    expect(ids(corpus, { dateTo: '2023-09-08' })).toEqual(['a', 'd']);
    expect(ids(corpus, { dateFrom: '2023-09-10', dateTo: '2023-09-20' })).toEqual(['d']);
    expect(ids(corpus, { dateFrom: '2023-10-02' })).toEqual([]);
    expect(ids([doc('x'), doc('y', { metadata: { date: '08.09.2023' } })], { dateTo: '2030-01-01' })).toEqual(['y']);
  });

  it('takes a year or a month as a bound, the whole of it included', () => {
    expect(ids(corpus, { dateTo: '2023' })).toEqual(['a', 'b', 'd']);
    expect(ids(corpus, { dateFrom: '2023', dateTo: '2023' })).toEqual(['a', 'b', 'd']);
    expect(ids(corpus, { dateTo: '2023-09' })).toEqual(['a', 'd']);
    expect(ids(corpus, { dateFrom: '2023-10' })).toEqual(['b']);
    expect(ids(corpus, { dateFrom: '2023-09', dateTo: '2023-09' })).toEqual(['a', 'd']);
    expect(ids(corpus, { dateFrom: '2024' })).toEqual([]);
    expect(ids(corpus, { dateTo: '2022' })).toEqual([]);
  });

  it('matches one exact source or language, or the documents without one', () => {
    expect(ids(corpus, { source: 'Aqnews.kz' })).toEqual(['a', 'c']);
    expect(ids(corpus, { source: 'Aqnews' })).toEqual([]);
    expect(ids(corpus, { source: noValue })).toEqual(['d']);
    expect(ids(corpus, { language: 'en' })).toEqual(['b']);
    expect(ids(corpus, { language: noValue })).toEqual(['d']);
  });

  it('matches a tag through any of its sub-tags', () => {
    const tags = [tag('claim', null), tag('claim-causal', 'claim'), tag('proposal', null)];
    const claim = tagAndDescendants(tags, 'claim');
    expect([...claim].sort()).toEqual(['claim', 'claim-causal']);
    expect(ids(corpus, { tagId: 'claim' }, claim)).toEqual(['a']);
    // Without the set, only the tag itself counts.
    expect(ids(corpus, { tagId: 'claim' })).toEqual([]);
    expect(ids(corpus, { tagId: 'proposal' }, tagAndDescendants(tags, 'proposal'))).toEqual(['c']);
  });

  it('matches actors, coders and whether a document is annotated, all conditions together', () => {
    expect(ids(corpus, { actorId: 'tokayev' })).toEqual(['a']);
    expect(ids(corpus, { coderId: 'colleague' })).toEqual(['c']);
    expect(ids(corpus, { annotated: 'yes' })).toEqual(['a', 'c']);
    expect(ids(corpus, { annotated: 'no' })).toEqual(['b', 'd']);
    expect(ids(corpus, { annotated: 'yes', source: 'Aqnews.kz', text: 'заявление' })).toEqual(['c']);
  });

  it('answers the same after a document is replaced by an edited copy', () => {
    const docs = [doc('a', { title: 'Первое' })];
    expect(ids(docs, { text: 'первое' })).toEqual(['a']);
    const edited = [{ ...docs[0]!, title: 'Второе' }];
    expect(ids(edited, { text: 'первое' })).toEqual([]);
    expect(ids(edited, { text: 'второе' })).toEqual(['a']);
  });

  it('filters 10,000 documents as a search-as-you-type narrows (timed in npm run bench)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      doc(`d${i}`, {
        title: `Документ номер ${i} о безопасности`,
        metadata: { source: `Источник ${i % 40}`, date: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}` },
        annotationCount: i % 3,
        tagIds: i % 2 ? ['claim'] : [],
      }),
    );
    const filter = { ...emptyLibraryFilter, text: 'номер 99', dateFrom: '2015-01-01', annotated: 'yes' as const };
    const counts = ['н', 'номер 9', 'номер 99'].map((text) => filterDocuments(many, { ...filter, text }).length);
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[1]).toBeGreaterThan(counts[2]!);
    expect(counts[2]).toBeGreaterThan(0);
  });
});
