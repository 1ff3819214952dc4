import { describe, expect, it } from 'vitest';
import { fixtureComparison, fixtureText } from './compare.fixture.ts';
import { indexComparison } from './comparison-index.ts';
import { textBlocks } from './text-blocks.ts';

describe('indexComparison', () => {
  it('resolves each unit to its coders’ annotations and lists the disagreements', () => {
    const index = indexComparison(fixtureText, fixtureComparison());
    expect(index.members[0]?.map((a) => a?.id)).toEqual(['a1', 'b1']);
    expect(index.members[4]?.map((a) => a?.id ?? null)).toEqual(['a5', null]);
    expect([...index.disagreements]).toEqual([1, 2, 3, 4]);
  });

  it('puts every unit in each block it overlaps, in text order', () => {
    const comparison = fixtureComparison();
    // A long text: its units fall in different blocks, one unit across a block's end.
    const text = `${'слово\n'.repeat(1000)}\n${fixtureText}`;
    const cut = textBlocks(text)[0]!.end;
    const shift = text.length - fixtureText.length;
    const moved = {
      ...comparison,
      units: [
        { ...comparison.units[0]!, start: 10, end: 20 },
        { ...comparison.units[1]!, start: cut - 5, end: cut + 5 },
        ...comparison.units.slice(2).map((u) => ({ ...u, start: u.start + shift, end: u.end + shift })),
      ],
    };
    const index = indexComparison(text, moved);
    expect(index.blocks.length).toBeGreaterThan(1);
    const seen = index.unitsByBlock.flat();
    expect(new Set(seen)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(index.unitsByBlock[0]).toContain(1);
    expect(index.unitsByBlock[1]).toContain(1);
    for (const list of index.unitsByBlock) expect([...list]).toEqual([...list].sort((a, b) => a - b));
  });
});
