import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.ts';
import type { ReliabilityData } from './reliability-data.ts';

/**
 * Wikipedia "Fleiss' kappa", worked example (after Fleiss 1971): 10
 * subjects × 14 raters, 5 categories, given as counts per category.
 */
const counts = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

function fromCounts(rows: readonly (readonly number[])[]): ReliabilityData {
  const units = rows.map((row) => row.flatMap((n, j) => Array.from({ length: n }, () => `c${j + 1}`)));
  return { coders: Array.from({ length: units[0]?.length ?? 0 }, (_, i) => `r${i + 1}`), units };
}

describe('fleissKappa', () => {
  it('gives 0.209931 on the Wikipedia example (P̄ = 0.378, P̄ₑ = 0.213)', () => {
    const result = fleissKappa(fromCounts(counts));
    expect(result.value).toBeCloseTo(0.209931, 6);
    expect(result.units).toBe(10);
  });

  it('uses only the units every coder coded, and reports how many', () => {
    const data = {
      coders: ['A', 'B', 'C'],
      units: [
        ['x', 'x', 'x'],
        ['y', 'y', 'y'],
        ['x', null, 'y'],
        [null, null, 'y'],
      ],
    };
    const result = fleissKappa(data);
    expect(result).toMatchObject({ units: 2, unitsFound: 4 });
    expect(result.value).toBeCloseTo(1, 6);
  });

  it('is undefined with no complete unit or no variation', () => {
    expect(fleissKappa({ coders: ['A', 'B'], units: [['x', null]] })).toMatchObject({
      value: null,
      reason: 'no-units',
    });
    expect(fleissKappa({ coders: ['A', 'B'], units: [['x', 'x']] })).toMatchObject({
      value: null,
      reason: 'no-variation',
    });
  });
});
