import { describe, expect, it } from 'vitest';
import { decision, row } from './curation-fixture.ts';
import {
  decisionFilterOf,
  emptyLogFilter,
  isLogFilterActive,
  logChoices,
  withQuickReason,
  withWords,
} from './log-filter.ts';

describe('the decision log filter', () => {
  it('sends only the conditions set, words trimmed', () => {
    expect(decisionFilterOf(emptyLogFilter)).toEqual({});
    expect(isLogFilterActive(emptyLogFilter)).toBe(false);
    expect(isLogFilterActive({ ...emptyLogFilter, words: '   ' })).toBe(false);
    const filter = { ...emptyLogFilter, documentId: 'doc-2', kind: 'reject-all' as const, words: '  граница ' };
    expect(decisionFilterOf(filter)).toEqual({ documentId: 'doc-2', kind: 'reject-all', words: 'граница' });
    expect(decisionFilterOf({ ...emptyLogFilter, coderId: 'anna', curatorId: 'cur-1' })).toEqual({
      coderId: 'anna',
      curatorId: 'cur-1',
    });
  });

  it('keeps the quick reason and the words apart: choosing one clears the other', () => {
    const typed = withWords(emptyLogFilter, 'предложение');
    const picked = withQuickReason(typed, 'правило кодбука 3');
    expect(picked).toMatchObject({ quickReason: 'правило кодбука 3', words: '' });
    expect(decisionFilterOf(picked)).toEqual({ quickReason: 'правило кодбука 3' });
    expect(withWords(picked, 'все')).toMatchObject({ quickReason: '', words: 'все' });
    // Picking "any quick reason" leaves what was typed.
    expect(withQuickReason(typed, '')).toMatchObject({ quickReason: '', words: 'предложение' });
  });

  it('offers the documents and curators the log names, once each, by name', () => {
    const rows = [
      row(decision('d1', { documentId: 'doc-2', curatorId: 'c2', curatorName: 'Борис' }), { documentTitle: 'Я' }),
      row(decision('d2', { documentId: 'doc-1', curatorId: 'c1', curatorName: 'Анна' }), { documentTitle: 'Б' }),
      row(decision('d3', { documentId: 'doc-2', curatorId: 'c1', curatorName: 'Анна' }), { documentTitle: 'Я' }),
    ];
    const choices = logChoices(rows, 'ru', emptyLogFilter);
    expect(choices.documents).toEqual([
      { id: 'doc-1', name: 'Б' },
      { id: 'doc-2', name: 'Я' },
    ]);
    expect(choices.curators.map((c) => c.name)).toEqual(['Анна', 'Борис']);
  });

  it('keeps a chosen document the log no longer names, so the select shows what filters', () => {
    const choices = logChoices([], 'en', { documentId: 'gone-doc', curatorId: '' });
    expect(choices.documents).toEqual([{ id: 'gone-doc', name: 'gone-doc' }]);
    expect(choices.curators).toEqual([]);
  });
});
