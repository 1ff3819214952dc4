import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import { assertRectangular, categoryCounts, type ReliabilityData, valueCount } from './reliability-data.ts';

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing
 * values allowed (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"). Only pairable values count: units with at least two
 * values. From the coincidence matrix o_ck = Σᵤ (pairs of c and k in u) /
 * (mᵤ − 1) and its marginals n_c (n = Σ n_c):
 *
 *   α = 1 − Dₒ / Dₑ = ((n − 1)·Σ_c o_cc − Σ_c n_c(n_c − 1)) / (n(n − 1) − Σ_c n_c(n_c − 1))
 *
 * Undefined when no unit has two values (`no-units`) or when the expected
 * disagreement Dₑ is 0, i.e. all pairable values are in one category
 * (`no-variation`).
 */
export function krippendorffAlpha(data: ReliabilityData): Coefficient {
  assertRectangular(data);
  const found = data.units.length;
  const marginals = new Map<string, number>();
  let agreement = 0; // Σ_c o_cc
  let units = 0;
  for (const row of data.units) {
    const m = valueCount(row);
    if (m < 2) continue;
    units++;
    for (const [category, n] of categoryCounts(row)) {
      agreement += (n * (n - 1)) / (m - 1);
      marginals.set(category, (marginals.get(category) ?? 0) + n);
    }
  }
  if (units === 0) return undefinedFigure('no-units', 0, found);
  let n = 0;
  let chance = 0; // Σ_c n_c(n_c − 1)
  for (const nc of marginals.values()) {
    n += nc;
    chance += nc * (nc - 1);
  }
  const expected = n * (n - 1) - chance;
  if (expected === 0) return undefinedFigure('no-variation', units, found);
  return defined(((n - 1) * agreement - chance) / expected, units, found);
}
