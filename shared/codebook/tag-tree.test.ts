import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import { defaultCodebook, type Tag } from '../model/codebook.ts';
import {
  ancestors,
  childrenOf,
  descendantIds,
  moveProblem as moveProblemCode,
  siblingNamed,
  tagDepth,
  tagPath,
  tagPathLabel,
  tagsInTreeOrder,
} from './tag-tree.ts';

/** moveProblem's reason in English (the tests compare the wording), or null. */
function moveProblem(...args: Parameters<typeof moveProblemCode>): string | null {
  const problem = moveProblemCode(...args);
  return problem && inEnglish(problem);
}

function tag(id: string, parent: string | null, name = id.toUpperCase()): Tag {
  return { id, name, parent, color: '#123456', description: '', shortcut: null, kind: 'plain' };
}

// a ─ b ─ c ─ d
//   └ e
// f
const tags = [tag('f', null), tag('c', 'b'), tag('a', null), tag('e', 'a'), tag('b', 'a'), tag('d', 'c')];

describe('childrenOf', () => {
  it('lists direct sub-tags in stored order, or the top level for null', () => {
    expect(childrenOf(tags, 'a').map((t) => t.id)).toEqual(['e', 'b']);
    expect(childrenOf(tags, null).map((t) => t.id)).toEqual(['f', 'a']);
    expect(childrenOf(tags, 'd')).toEqual([]);
  });
});

describe('descendantIds', () => {
  it('lists every tag below, depth first, without the tag itself', () => {
    expect(descendantIds(tags, 'a')).toEqual(['e', 'b', 'c', 'd']);
    expect(descendantIds(tags, 'b')).toEqual(['c', 'd']);
    expect(descendantIds(tags, 'd')).toEqual([]);
    expect(descendantIds(tags, 'nope')).toEqual([]);
  });
  it('does not loop on a cycle of parents', () => {
    const cyclic = [tag('x', 'y'), tag('y', 'x')];
    expect(descendantIds(cyclic, 'x')).toEqual(['y']);
  });
});

describe('ancestors, tagPath, tagPathLabel, tagDepth', () => {
  it('walks up to the top level', () => {
    expect(ancestors(tags, 'd').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(ancestors(tags, 'a')).toEqual([]);
    expect(tagPath(tags, 'c').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(tagPath(tags, 'nope')).toEqual([]);
    expect(tagDepth(tags, 'd')).toBe(3);
    expect(tagDepth(tags, 'f')).toBe(0);
  });
  it('labels a tag with its path', () => {
    expect(tagPathLabel(tags, 'c')).toBe('A › B › C');
    expect(tagPathLabel(defaultCodebook().tags, 'proposal-cooperation')).toBe('Proposal › Cooperation');
    expect(tagPathLabel(tags, 'nope')).toBe('nope');
  });
  it('stops at a missing parent or a cycle', () => {
    expect(ancestors([tag('x', 'gone')], 'x')).toEqual([]);
    const cyclic = [tag('x', 'y'), tag('y', 'z'), tag('z', 'x')];
    expect(ancestors(cyclic, 'x').map((t) => t.id)).toEqual(['z', 'y']);
  });
});

describe('tagsInTreeOrder', () => {
  it('lists each tag followed by its sub-tags, siblings in stored order', () => {
    expect(tagsInTreeOrder(tags).map((r) => [r.tag.id, r.depth])).toEqual([
      ['f', 0],
      ['a', 0],
      ['e', 1],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });
  it('shows orphans and tags in a cycle at the top level instead of hiding them', () => {
    const damaged = [tag('x', 'y'), tag('o', 'gone'), tag('y', 'x'), tag('r', null), tag('k', 'o')];
    expect(tagsInTreeOrder(damaged).map((r) => [r.tag.id, r.depth])).toEqual([
      ['r', 0],
      ['o', 0],
      ['k', 1],
      ['x', 0],
      ['y', 1],
    ]);
  });
  it('handles a deep chain without recursion', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => tag(`t${i}`, i === 0 ? null : `t${i - 1}`));
    const rows = tagsInTreeOrder(chain);
    expect(rows.length).toBe(20_000);
    expect(rows.at(-1)).toEqual({ tag: chain.at(-1), depth: 19_999 });
  });
});

describe('moveProblem', () => {
  it('allows moves that keep a tree', () => {
    expect(moveProblem(tags, 'c', 'f')).toBeNull();
    expect(moveProblem(tags, 'b', null)).toBeNull();
    expect(moveProblem(tags, 'e', 'd')).toBeNull();
  });
  it('refuses moving a tag under itself or its own sub-tag', () => {
    expect(moveProblem(tags, 'b', 'b')).toBe('“B” cannot be moved under itself.');
    expect(moveProblem(tags, 'a', 'd')).toBe('“A” cannot be moved under its own sub-tag “A › B › C › D”.');
  });
  it('names unknown ids', () => {
    expect(moveProblem(tags, 'nope', 'a')).toBe('There is no tag with the id “nope”.');
    expect(moveProblem(tags, 'a', 'nope')).toBe('There is no tag with the id “nope” to move “A” under.');
  });
});

describe('siblingNamed', () => {
  it('compares names ignoring case and spaces, Cyrillic too', () => {
    const ru = [tag('x', null, 'Терроризм'), tag('y', 'x', 'ИГИЛ')];
    expect(siblingNamed(ru, null, ' терроризм ')?.id).toBe('x');
    expect(siblingNamed(ru, 'x', 'игил')?.id).toBe('y');
    expect(siblingNamed(ru, 'x', 'игил', 'y')).toBeUndefined();
    expect(siblingNamed(ru, null, 'игил')).toBeUndefined();
  });

  it('takes ё for е and folds repeated spaces, as actor and concept names do', () => {
    const ru = [tag('x', null, 'Угроза ёмкости сетей')];
    expect(siblingNamed(ru, null, 'угроза  емкости сетей')?.id).toBe('x');
  });
});
