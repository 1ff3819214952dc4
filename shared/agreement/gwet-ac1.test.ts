import { describe, expect, it } from 'vitest';
import { gwetAc1 } from './gwet-ac1.ts';
import { dataC, fromTable } from './reference-data.fixture.ts';

describe('gwetAc1', () => {
  it("gives 0.7754 on Krippendorff's data C with five categories (Gwet 2014, pp. 55–56)", () => {
    // Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., pp. 55–56 (with the
    // errata for p. 56): pₐ = 0.8182, pₑ = 0.1903, AC1 = 0.7754 (to 4 decimals), as
    // also checked in jmgirard/agreement's tests. Exactly: pₐ = 9/11; πₖ from 12 units.
    const result = gwetAc1(dataC, ['1', '2', '3', '4', '5']);
    expect(result.value).toBeCloseTo(0.7754, 4);
    expect(result.units).toBe(11);
    const pa = 9 / 11;
    // Each unit's share per category, summed over the 12 units (unit 12 counts here).
    const pi = [
      (1 + 0.25 + 0.75 + 1) / 12,
      (0.75 + 1 + 0.25 + 0.25 + 1) / 12,
      (0.25 + 1 + 1 + 0.25 + 1) / 12,
      (0.25 + 1) / 12,
      1 / 12,
    ];
    const pe = pi.reduce((sum, p) => sum + p * (1 - p), 0) / 4;
    expect(result.value).toBeCloseTo((pa - pe) / (1 - pe), 6);
  });

  it('stays high on the two-rater "kappa paradox" table (118, 5 / 2, 0)', () => {
    // Two raters, 125 subjects: 118 both yes, 5 yes/no, 2 no/yes, 0 both no — the
    // high-agreement table of Gwet (2008, Br. J. Math. Stat. Psychol. 61:29–48), also
    // van Oest (2019, Psychological Methods) Table 4. Cohen's κ is about −0.02 there.
    // By Gwet's formula: pₐ = 118/125 = 0.944; π_yes = (123 + 120)/250 = 0.972;
    // pₑ = 2·0.972·0.028 = 0.054432; AC1 = 0.889568 / 0.945568 = 0.940776 (6 d.p.).
    const result = gwetAc1(
      fromTable([
        [118, 5],
        [2, 0],
      ]),
    );
    expect(result.value).toBeCloseTo(0.889568 / 0.945568, 6);
    expect(result.value).toBeCloseTo(0.940776, 6);
  });

  it('is undefined with one category or no pairable unit', () => {
    expect(gwetAc1({ coders: ['A', 'B'], units: [['x', 'x']] })).toMatchObject({ value: null, reason: 'no-variation' });
    expect(gwetAc1({ coders: ['A', 'B'], units: [['x', null]] })).toMatchObject({ value: null, reason: 'no-units' });
  });
});
