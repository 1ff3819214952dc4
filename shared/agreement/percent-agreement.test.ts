import { describe, expect, it } from 'vitest';
import { percentAgreement } from './percent-agreement.ts';
import { dataC, fromTable } from './reference-data.fixture.ts';

describe('percentAgreement', () => {
  it('gives 0.7 on the 50-item Cohen example', () => {
    const result = percentAgreement(
      fromTable([
        [20, 5],
        [10, 15],
      ]),
    );
    expect(result.value).toBeCloseTo(0.7, 6);
    expect(result.units).toBe(50);
  });

  it('pools the pairs of values over pairable units of data C', () => {
    // Pairs per unit (agreeing/total): 3/3, 3/6, 6/6, 6/6, 6/6, 0/6, 6/6, 3/6, 6/6, 3/3, 1/1 → 43/55;
    // unit 12 (one value) has no pair.
    const result = percentAgreement(dataC);
    expect(result.value).toBeCloseTo(43 / 55, 6);
    expect(result).toMatchObject({ units: 11, unitsFound: 12 });
  });

  it('is undefined without pairable values', () => {
    expect(percentAgreement({ coders: ['A', 'B'], units: [['x', null]] })).toMatchObject({
      value: null,
      reason: 'no-units',
    });
  });
});
