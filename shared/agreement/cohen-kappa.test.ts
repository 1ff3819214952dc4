import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.ts';
import { fromTable } from './reference-data.fixture.ts';

describe('cohenKappa', () => {
  it('gives 0.400 on the 50-item example (20 yes/yes, 15 no/no, 5 and 10 disagreements)', () => {
    // Wikipedia "Cohen's kappa", worked example: pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    const result = cohenKappa(
      fromTable([
        [20, 5],
        [10, 15],
      ]),
    );
    expect(result.value).toBeCloseTo(0.4, 6);
    expect(result.units).toBe(50);
  });

  it('uses only units both coders coded', () => {
    const data = {
      coders: ['A', 'B', 'C'],
      units: [
        ['x', 'x', 'x'],
        ['y', 'y', null],
        ['x', null, 'y'],
        [null, 'y', 'y'],
      ],
    };
    const ab = cohenKappa(data, 0, 1);
    expect(ab.value).toBeCloseTo(1, 6);
    expect(ab.units).toBe(2);
    expect(ab.unitsFound).toBe(4);
    // A vs C: units 1 and 3, (x,x) and (x,y): pₒ = 0.5, pₑ = 1·0.5 = 0.5 → 0
    expect(cohenKappa(data, 0, 2).value).toBeCloseTo(0, 6);
  });

  it('is undefined with no variation or no common units', () => {
    expect(
      cohenKappa({
        coders: ['A', 'B'],
        units: [
          ['x', 'x'],
          ['x', 'x'],
        ],
      }),
    ).toMatchObject({
      value: null,
      reason: 'no-variation',
      units: 2,
    });
    expect(
      cohenKappa({
        coders: ['A', 'B'],
        units: [
          ['x', null],
          [null, 'x'],
        ],
      }),
    ).toMatchObject({
      value: null,
      reason: 'no-units',
      units: 0,
    });
    expect(cohenKappa({ coders: ['A'], units: [['x']] })).toMatchObject({ value: null, reason: 'too-few-coders' });
  });
});
