import { describe, expect, it } from 'vitest';
import { layBlock } from './block-layout.ts';
import { fixtureComparison, fixtureText } from './compare.fixture.ts';
import { indexComparison } from './comparison-index.ts';

const index = indexComparison(fixtureText, fixtureComparison());
const textOf = (p: { start: number; end: number }) => fixtureText.slice(p.start, p.end);

describe('layBlock', () => {
  it('lays the text out line by line, covering every character once', () => {
    const lines = layBlock(index, 0, null);
    expect(lines.map(textOf)).toEqual(fixtureText.split('\n'));
    for (const line of lines) expect(line.pieces.map(textOf).join('')).toBe(textOf(line));
  });

  it('stacked: marks which coders cover each piece and where each unit starts', () => {
    const [first, second] = layBlock(index, 0, null);
    const agreed = first!.pieces.find((p) => textOf(p) === 'Стороны договорились')!;
    expect(agreed).toMatchObject({ units: [0], starts: [0], coders: [true, true] });
    // "уделит внимание" (both coders), then "антитеррористической" under b3 and a4: two units, the shorter first.
    const overlap = second!.pieces.find((p) => textOf(p) === 'антитеррористической')!;
    // b3's unit (36 characters) holds it, and a4's (33): the shorter first.
    expect(overlap.units).toEqual([3, 2]);
    expect(overlap.coders).toEqual([true, true]);
    // Stacked, a unit's sign stands once, where the unit begins (b3's unit began at "уделит", before this piece).
    expect(overlap.starts).toEqual([3]);
    const [b4] = layBlock(index, 0, 1)
      .flatMap((l) => l.pieces)
      .filter((p) => p.units.includes(3));
    expect(b4 && textOf(b4)).toBe('составляющей');
    expect(b4?.starts).toEqual([3]);
    const stackedStarts = layBlock(index, 0, null)
      .flatMap((l) => l.pieces)
      .filter((p) => p.starts.includes(3));
    expect(stackedStarts).toHaveLength(1);
  });

  it('columns: the coder’s own tags, and the units they have no part in marked as absent', () => {
    const boris = layBlock(index, 0, 1);
    const last = boris.at(-1)!;
    const minister = last.pieces.find((p) => textOf(p) === 'Министр заявил')!;
    expect(minister).toMatchObject({ units: [4], starts: [4], coders: [false, false], tagId: null });
    const anna = layBlock(index, 0, 0);
    const tagged = anna[0]!.pieces.find((p) => textOf(p) === 'усилении сотрудничества')!;
    expect(tagged).toMatchObject({ units: [1], tagId: 'claim', coders: [true, false] });
  });
});
