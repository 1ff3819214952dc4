import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../shared/model/annotation.ts';
import { curatedByBlock, curatedLine } from './curated-lines.ts';

const c = (id: string, start: number, end: number, tagId = 'claim') =>
  ({ id, start, end, tagId, coderId: 'curated' }) as Annotation;

describe('curated line', () => {
  it('cuts the line at curated marks, innermost first, with the unit each was decided for', () => {
    const pieces = curatedLine(0, 20, [c('x', 2, 12), c('y', 5, 8, 'proposal')], new Map([['x', 3]]));
    expect(pieces.map((p) => [p.start, p.end, p.curated, p.units, p.tagId, p.begins])).toEqual([
      [0, 2, [], [], null, false],
      [2, 5, ['x'], [3], 'claim', true],
      [5, 8, ['y', 'x'], [3], 'proposal', true],
      [8, 12, ['x'], [3], 'claim', false],
      [12, 20, [], [], null, false],
    ]);
  });

  it('shows an unmarked line as one piece', () => {
    expect(curatedLine(30, 40, [c('x', 2, 12)], new Map())).toEqual([
      { start: 30, end: 40, curated: [], units: [], tagId: null, begins: false },
    ]);
  });

  it('puts each curated annotation in every block it overlaps', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ];
    const byBlock = curatedByBlock(blocks, [c('late', 25, 28), c('wide', 5, 22), c('first', 0, 3)]);
    expect(byBlock.map((list) => list.map((a) => a.id))).toEqual([['first', 'wide'], ['wide'], ['wide', 'late']]);
  });
});
