import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { dataC } from './reference-data.fixture.ts';

describe('krippendorffAlpha (nominal)', () => {
  it('gives 0.743421 on Krippendorff (2011) data C', () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §C: α_nominal = 0.743
    // (nltk AnnotationTask.alpha: 0.743421). Unit 12 has one value and is not pairable.
    const result = krippendorffAlpha(dataC);
    expect(result.value).toBeCloseTo(0.743421, 6);
    expect(result.units).toBe(11);
    expect(result.unitsFound).toBe(12);
  });

  it('is 1 for perfect agreement with variation, and below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha({
        coders: ['A', 'B'],
        units: [
          ['x', 'x'],
          ['y', 'y'],
        ],
      }).value,
    ).toBeCloseTo(1, 6);
    // n = 4, Σ o_cc = 0, Σ n_c(n_c−1) = 4: α = (0 − 4) / (12 − 4) = −0.5
    expect(
      krippendorffAlpha({
        coders: ['A', 'B'],
        units: [
          ['x', 'y'],
          ['y', 'x'],
        ],
      }).value,
    ).toBeCloseTo(-0.5, 6);
  });

  it('says why it is undefined instead of printing 1.0 or NaN', () => {
    expect(
      krippendorffAlpha({
        coders: ['A', 'B'],
        units: [
          ['x', 'x'],
          ['x', 'x'],
        ],
      }),
    ).toEqual({
      value: null,
      units: 2,
      unitsFound: 2,
      reason: 'no-variation',
    });
    expect(
      krippendorffAlpha({
        coders: ['A', 'B'],
        units: [
          ['x', null],
          [null, 'y'],
        ],
      }),
    ).toEqual({
      value: null,
      units: 0,
      unitsFound: 2,
      reason: 'no-units',
    });
  });
});
