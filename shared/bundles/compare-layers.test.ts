import { describe, expect, it } from 'vitest';
import { compareLayer, replacesSomething } from './compare-layers.ts';

describe('compareLayer', () => {
  it('tells added, changed, removed and unchanged records apart by id', () => {
    const here = [
      { id: 'a', note: 'x' },
      { id: 'b', note: 'y' },
      { id: 'c', note: 'z' },
    ];
    const incoming = [
      { note: 'x', id: 'a' },
      { id: 'b', note: 'changed' },
      { id: 'd', note: 'new' },
    ];
    const cmp = compareLayer(incoming, here);
    expect(cmp.added.map((r) => r.id)).toEqual(['d']);
    expect(cmp.changed.map((r) => r.id)).toEqual(['b']);
    expect(cmp.removed.map((r) => r.id)).toEqual(['c']);
    expect(cmp.unchanged).toBe(1);
    expect(replacesSomething(cmp)).toBe(true);
  });

  it('adding only replaces nothing', () => {
    const cmp = compareLayer([{ id: 'a' }, { id: 'b' }], [{ id: 'a' }]);
    expect(cmp.added).toHaveLength(1);
    expect(replacesSomething(cmp)).toBe(false);
  });
});
