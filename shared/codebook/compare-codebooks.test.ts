import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/codebook.ts';
import type { CoderCodebook, TagMapping } from '../model/tag-mapping.ts';
import { type CodebookInput, compareCodebooks } from './compare-codebooks.ts';

const when = '2026-12-02T10:00:00.000Z';
const tag = (id: string, name: string, parent: string | null = null): Tag => ({
  id,
  name,
  parent,
  color: '#336699',
  description: '',
  shortcut: null,
  kind: 'statement',
});
const mapping = (id: string, coderId: string, fromTagId: string, toTagId: string): TagMapping => ({
  id,
  coderId,
  fromTagId,
  toTagId,
  created: when,
  modified: when,
});

/** The project's codebook: Угроза twice (under two parents), Сотрудничество, Экономика. */
const tags = [
  tag('politics', 'Политика'),
  tag('security', 'Безопасность'),
  tag('threat', 'Угроза', 'politics'),
  tag('threat-2', 'угроза ', 'security'),
  tag('coop', 'Сотрудничество', 'politics'),
  tag('economy', 'Экономика'),
];

function input(over: Partial<CodebookInput> = {}): CodebookInput {
  return {
    coderA: 'anna',
    coderB: 'boris',
    tags,
    uses: new Map([
      [
        'anna',
        new Map([
          ['threat', 5],
          ['coop', 2],
          ['economy', 1],
        ]),
      ],
      [
        'boris',
        new Map([
          ['threat-2', 4],
          ['coop', 3],
          ['security', 1],
        ]),
      ],
    ]),
    mappings: [],
    snapshots: [],
    ...over,
  };
}

describe('compareCodebooks', () => {
  it('splits tags into only A, only B and both, by uses then name', () => {
    const c = compareCodebooks(input());
    expect(c.onlyA).toEqual([
      { tagId: 'threat', uses: 5 },
      { tagId: 'economy', uses: 1 },
    ]);
    expect(c.onlyB).toEqual([
      { tagId: 'threat-2', uses: 4 },
      { tagId: 'security', uses: 1 },
    ]);
    expect(c.shared).toEqual([{ tagId: 'coop', usesA: 2, usesB: 3 }]);
    // One name (case and spaces aside) under two ids, each used by one of them.
    expect(c.sameNameOtherId).toEqual([{ name: 'Угроза', tagIdA: 'threat', tagIdB: 'threat-2' }]);
    // Neither has a snapshot: both read the project's codebook, so nothing is renamed or moved.
    expect(c.renamed).toEqual([]);
    expect(c.moved).toEqual([]);
  });

  it('counts a mapped tag as its target, settles the same-name pair, and lists only the two coders’ mappings', () => {
    const m = mapping('m1', 'boris', 'threat-2', 'threat');
    const other = mapping('m2', 'vera', 'economy', 'coop');
    const c = compareCodebooks(input({ mappings: [m, other] }));
    expect(c.shared).toEqual([
      { tagId: 'threat', usesA: 5, usesB: 4 },
      { tagId: 'coop', usesA: 2, usesB: 3 },
    ]);
    expect(c.onlyB).toEqual([{ tagId: 'security', uses: 1 }]);
    expect(c.sameNameOtherId).toEqual([]);
    expect(c.mappings).toEqual([m]);
  });

  it('adds the uses of several tags mapped onto one, never through a chain', () => {
    const c = compareCodebooks(
      input({
        mappings: [
          mapping('m1', 'boris', 'threat-2', 'security'),
          // A chain: security → economy is Boris's mapping of his own «security» uses only.
          mapping('m2', 'boris', 'security', 'economy'),
        ],
      }),
    );
    expect(c.onlyB).toEqual([{ tagId: 'security', uses: 4 }]);
    expect(c.shared).toEqual([
      { tagId: 'coop', usesA: 2, usesB: 3 },
      { tagId: 'economy', usesA: 1, usesB: 1 },
    ]);
  });

  it('reads a colleague’s snapshot: renamed and moved tags, and their tags put under ours by name', () => {
    // Boris's project: «coop» named «Партнёрство», «threat» under his «sec» (our «security» by name),
    // his «econ» put under our «economy» at import (same name, another id).
    const snapshot: CoderCodebook = {
      id: 'boris',
      tags: [
        { id: 'politics', name: 'Политика', parent: null },
        { id: 'sec', name: 'Безопасность', parent: null },
        { id: 'threat', name: 'Угроза', parent: 'sec' },
        { id: 'coop', name: 'Партнёрство', parent: 'politics' },
        { id: 'econ', name: 'ЭКОНОМИКА', parent: null },
      ],
      mappedTo: { sec: 'security', econ: 'economy' },
      taken: when,
    };
    const c = compareCodebooks(input({ snapshots: [snapshot] }));
    expect(c.renamed).toEqual([{ tagId: 'coop', nameA: 'Сотрудничество', nameB: 'Партнёрство' }]);
    // His parent «sec» is our «security»: the parents compare in our ids.
    expect(c.moved).toEqual([{ tagId: 'threat', parentA: 'politics', parentB: 'security' }]);
    expect(c.sameNameOtherId).toEqual([
      { name: 'Безопасность', tagIdA: 'security', tagIdB: 'sec' },
      { name: 'Угроза', tagIdA: 'threat', tagIdB: 'threat-2' },
      { name: 'ЭКОНОМИКА', tagIdA: 'economy', tagIdB: 'econ' },
    ]);
  });

  it('compares two snapshots with each other, and a coder with no annotations uses nothing', () => {
    const a: CoderCodebook = { id: 'anna', tags: [{ id: 'x', name: 'Икс', parent: null }], mappedTo: {}, taken: when };
    const b: CoderCodebook = {
      id: 'boris',
      tags: [{ id: 'x', name: 'Икс-2', parent: 'y' }],
      mappedTo: {},
      taken: when,
    };
    const c = compareCodebooks(input({ snapshots: [a, b], uses: new Map() }));
    expect(c.renamed).toEqual([{ tagId: 'x', nameA: 'Икс', nameB: 'Икс-2' }]);
    expect(c.moved).toEqual([{ tagId: 'x', parentA: null, parentB: 'y' }]);
    expect([c.onlyA, c.onlyB, c.shared]).toEqual([[], [], []]);
  });
});
