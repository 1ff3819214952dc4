import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { CodebookComparison, TagMapping } from '../../../../shared/model/tag-mapping.ts';
import { initialPair, mappedOnto, mappingOf, targetTags } from './comparison-rows.ts';

const tag = (id: string, name: string, parent: string | null = null): Tag => ({
  id,
  name,
  parent,
  color: '#123456',
  description: '',
  shortcut: null,
  kind: 'plain',
});
const tags = [tag('p', 'Политика'), tag('t', 'Угроза', 'p'), tag('c', 'Сотрудничество', 'p'), tag('e', 'Ёмкость')];
const when = '2026-12-02T10:00:00.000Z';
const m = (id: string, coderId: string, fromTagId: string, toTagId: string): TagMapping => ({
  id,
  coderId,
  fromTagId,
  toTagId,
  created: when,
  modified: when,
});
const comparison: CodebookComparison = {
  coderA: 'a',
  coderB: 'b',
  onlyA: [{ tagId: 't', uses: 3 }],
  onlyB: [{ tagId: 'e', uses: 2 }],
  shared: [{ tagId: 'c', usesA: 1, usesB: 5 }],
  sameNameOtherId: [],
  renamed: [],
  moved: [],
  mappings: [m('m1', 'a', 't', 'c'), m('m2', 'b', 'e', 'c')],
};

describe('targetTags', () => {
  it('offers the other coder’s tags first, most used first, then the rest in tree order; never the tag itself', () => {
    expect(targetTags(tags, comparison, 'A', 't', '').map((x) => [x.id, x.usesByOther])).toEqual([
      ['c', 5],
      ['e', 2],
      ['p', 0],
    ]);
    expect(targetTags(tags, comparison, 'B', 'e', '').map((x) => x.id)).toEqual(['t', 'c', 'p']);
  });

  it('matches the words typed anywhere in the tag’s path, case and ё aside', () => {
    expect(targetTags(tags, comparison, 'A', 'x', 'полит угр').map((x) => x.label)).toEqual(['Политика › Угроза']);
    expect(targetTags(tags, comparison, 'A', 'x', 'емк').map((x) => x.id)).toEqual(['e']);
  });
});

describe('mappings of a row', () => {
  it('finds what a coder mapped onto a tag, and their mapping of a tag', () => {
    expect(mappedOnto(comparison.mappings, 'a', 'c').map((x) => x.id)).toEqual(['m1']);
    expect(mappingOf(comparison.mappings, 'b', 'e')?.id).toBe('m2');
    expect(mappingOf(comparison.mappings, 'a', 'e')).toBeNull();
  });
});

describe('initialPair', () => {
  it('takes the pair asked for when valid, else the first two coders, else none', () => {
    expect(initialPair(['a', 'b', 'c'], ['c', 'a'])).toEqual(['c', 'a']);
    expect(initialPair(['a', 'b', 'c'], ['c', 'c'])).toEqual(['a', 'b']);
    expect(initialPair(['a', 'b'], ['a', 'zz'])).toEqual(['a', 'b']);
    expect(initialPair(['a'], null)).toBeNull();
  });
});
