import { describe, expect, it } from 'vitest';
import { AgreementQuerySchema } from '../../../../shared/agreement/agreement-types.ts';
import { emptyLibraryFilter } from '../../../../shared/library/filter-documents.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import {
  agreementQuery,
  codersWithLayers,
  formProblems,
  initialForm,
  type LibraryState,
  queryCoders,
  scopeDocumentIds,
  staleness,
  toggleCoder,
} from './agreement-form.ts';

const coders = [
  { id: 'c-anna', name: 'Анастасия Владимировна Колесникова-Щербакова' },
  { id: 'c-boris', name: 'Борис Игоревич Шестаков' },
  { id: 'c-vera', name: 'Вера' },
];

const doc = (id: string, title: string, coderIds: string[], tagIds: string[] = []): DocumentSummary =>
  ({
    id,
    title,
    metadata: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    textLength: 100,
    annotationCount: tagIds.length,
    tagIds,
    actorIds: [],
    coderIds,
  }) as unknown as DocumentSummary;

const documents = [
  doc('d-1', 'Саммит ШОС в Астане', ['c-anna', 'c-boris'], ['claim-sub']),
  doc('d-2', 'Заявление МИД', ['c-boris']),
  doc('d-3', 'Учения в Таджикистане', []),
];

const tags = [
  { id: 'claim', name: 'Утверждение', parent: null },
  { id: 'claim-sub', name: 'Угроза', parent: 'claim' },
] as Tag[];

const library = (change: Partial<LibraryState> = {}): LibraryState => ({
  documents,
  filter: emptyLibraryFilter,
  tags,
  ticked: new Set(),
  ...change,
});

describe('the coders offered', () => {
  it('defaults to every coder with a layer, in the project order', () => {
    expect(codersWithLayers(coders, documents)).toEqual(['c-anna', 'c-boris']);
    expect(initialForm(coders, documents).coderIds).toEqual(['c-anna', 'c-boris']);
  });

  it('keeps the project order whatever order they are ticked in', () => {
    const form = { ...initialForm(coders, documents), coderIds: ['c-boris'] };
    expect(toggleCoder(form, coders, 'c-vera')).toEqual(['c-boris', 'c-vera']);
    expect(toggleCoder({ ...form, coderIds: ['c-boris', 'c-vera'] }, coders, 'c-anna')).toEqual([
      'c-anna',
      'c-boris',
      'c-vera',
    ]);
    expect(toggleCoder(form, coders, 'c-boris')).toEqual([]);
  });
});

describe('the documents of a scope', () => {
  it('sends no list for every document', () => {
    expect(scopeDocumentIds('all', library())).toBeNull();
  });

  it("resolves the Library's filter as the Library does (a tag filter takes its sub-tags)", () => {
    expect(scopeDocumentIds('filter', library({ filter: { ...emptyLibraryFilter, tagId: 'claim' } }))).toEqual(['d-1']);
    expect(scopeDocumentIds('filter', library({ filter: { ...emptyLibraryFilter, text: 'заявление' } }))).toEqual([
      'd-2',
    ]);
    expect(scopeDocumentIds('filter', library())).toEqual(['d-1', 'd-2', 'd-3']);
  });

  it('takes the ticked documents that still exist', () => {
    expect(scopeDocumentIds('ticked', library({ ticked: new Set(['d-3', 'gone', 'd-1']) }))).toEqual(['d-1', 'd-3']);
  });
});

describe('the query', () => {
  const form = initialForm(coders, documents);

  it('is what the contract accepts', () => {
    const query = agreementQuery(form, null);
    expect(AgreementQuerySchema.parse(query)).toEqual({
      coderIds: ['c-anna', 'c-boris'],
      documents: { all: true },
      tagIds: null,
      withSubtags: true,
      unit: { mode: 'overlap', threshold: 0.5 },
    });
    const chosen = agreementQuery({ ...form, wholeCodebook: false, tagIds: ['claim'], mode: 'exact' }, ['d-1']);
    expect(AgreementQuerySchema.parse(chosen)).toMatchObject({ documents: { ids: ['d-1'] }, tagIds: ['claim'] });
    expect(chosen.unit.mode).toBe('exact');
  });

  it('says what is missing before asking', () => {
    expect(formProblems(form, null)).toEqual([]);
    expect(formProblems({ ...form, coderIds: ['c-anna'] }, null)).toEqual(['few-coders']);
    expect(formProblems({ ...form, wholeCodebook: false }, [])).toEqual(['no-tags', 'no-documents']);
    expect(formProblems({ ...form, threshold: Number.NaN }, null)).toEqual(['bad-threshold']);
    expect(formProblems({ ...form, mode: 'exact', threshold: Number.NaN }, null)).toEqual([]);
  });
});

describe('the coders of the confusion matrix', () => {
  const form = { ...initialForm(coders, documents), coderIds: ['c-anna', 'c-boris', 'c-vera'] };

  it('are the first two chosen unless a pair is set', () => {
    expect(queryCoders(form)).toEqual(['c-anna', 'c-boris', 'c-vera']);
    expect(queryCoders({ ...form, matrixPair: ['c-vera', 'c-anna'] })).toEqual(['c-vera', 'c-anna', 'c-boris']);
  });

  it('ignore a pair that is no longer chosen, or one coder twice', () => {
    expect(queryCoders({ ...form, coderIds: ['c-anna', 'c-boris'], matrixPair: ['c-vera', 'c-anna'] })).toEqual([
      'c-anna',
      'c-boris',
    ]);
    expect(queryCoders({ ...form, matrixPair: ['c-vera', 'c-vera'] })).toEqual(['c-anna', 'c-boris', 'c-vera']);
  });
});

describe('staleness', () => {
  const query = agreementQuery(initialForm(coders, documents), null);
  it('tells a changed form from a changed project', () => {
    expect(staleness(query, null, true)).toBeNull();
    expect(staleness(query, query, false)).toBeNull();
    expect(staleness({ ...query, withSubtags: false }, query, false)).toBe('form');
    expect(staleness(null, query, false)).toBe('form');
    expect(staleness(query, query, true)).toBe('project');
  });
});
