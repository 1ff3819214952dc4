import { describe, expect, it } from 'vitest';
import type { TagMapping } from '../model/tag-mapping.ts';
import { mappingUpkeep } from './mapping-upkeep.ts';

const when = '2026-12-02T10:00:00.000Z';
const later = '2026-12-02T11:00:00.000Z';
const m = (id: string, fromTagId: string, toTagId: string): TagMapping => ({
  id,
  coderId: 'anna',
  fromTagId,
  toTagId,
  created: when,
  modified: when,
});

describe('mappingUpkeep', () => {
  const mappings = [m('onto', 'a', 'gone'), m('of', 'gone', 'b'), m('back', 'into', 'gone'), m('other', 'a', 'b')];

  it('after a merge: a mapping onto the tag is redirected, one of it removed, one that would map onto itself removed', () => {
    const out = mappingUpkeep(mappings, new Set(['gone']), new Map([['gone', 'into']]), later);
    expect(out).toEqual([
      { id: 'onto', after: { ...m('onto', 'a', 'into'), modified: later } },
      { id: 'of', after: null },
      { id: 'back', after: null },
    ]);
  });

  it('after a deletion with its annotations: every mapping naming it goes; others are untouched', () => {
    const out = mappingUpkeep(mappings, new Set(['gone']), new Map(), later);
    expect(out.map((e) => [e.id, e.after])).toEqual([
      ['onto', null],
      ['of', null],
      ['back', null],
    ]);
    expect(mappingUpkeep(mappings, new Set(['unused']), new Map(), later)).toEqual([]);
  });
});
