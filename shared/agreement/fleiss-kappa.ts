import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import { assertRectangular, categoryCounts, type ReliabilityData, valueCount } from './reliability-data.ts';

/**
 * Fleiss' (1971) kappa for any number of coders: κ = (P̄ − P̄ₑ) / (1 − P̄ₑ),
 * where P̄ is the mean over units of the share of agreeing coder pairs and
 * P̄ₑ = Σⱼ pⱼ² with pⱼ the share of all values in category j. Fleiss'
 * formula assumes every unit has the same number of values, so only the
 * units that every coder coded are used; `units` reports how many.
 * Undefined when no unit is complete (`no-units`) or when every value is
 * in one category (`no-variation`).
 */
export function fleissKappa(data: ReliabilityData): Coefficient {
  assertRectangular(data);
  const found = data.units.length;
  const raters = data.coders.length;
  if (raters < 2) return undefinedFigure('too-few-coders', 0, found);
  const totals = new Map<string, number>();
  let units = 0;
  let sumP = 0;
  for (const row of data.units) {
    if (valueCount(row) !== raters) continue;
    units++;
    let agreeing = 0;
    for (const [category, n] of categoryCounts(row)) {
      agreeing += n * (n - 1);
      totals.set(category, (totals.get(category) ?? 0) + n);
    }
    sumP += agreeing / (raters * (raters - 1));
  }
  if (units === 0) return undefinedFigure('no-units', 0, found);
  const meanP = sumP / units;
  let expected = 0;
  for (const n of totals.values()) expected += (n / (units * raters)) ** 2;
  if (1 - expected <= 1e-12) return undefinedFigure('no-variation', units, found);
  return defined((meanP - expected) / (1 - expected), units, found);
}
