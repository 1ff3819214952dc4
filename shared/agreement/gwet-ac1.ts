import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import {
  assertRectangular,
  categoriesOf,
  categoryCounts,
  type ReliabilityData,
  valueCount,
} from './reliability-data.ts';

/**
 * Gwet's AC1 for any number of raters with missing values (Gwet 2008,
 * British Journal of Mathematical and Statistical Psychology 61:29–48;
 * Handbook of Inter-Rater Reliability, 4th ed., 2014):
 *
 *   pₐ = (1/n′) Σ_{i: rᵢ≥2} Σₖ rᵢₖ(rᵢₖ − 1) / (rᵢ(rᵢ − 1))     (n′ units with ≥ 2 ratings)
 *   πₖ = (1/n) Σ_{i: rᵢ≥1} rᵢₖ / rᵢ                              (n units with ≥ 1 rating)
 *   pₑ = (1/(q − 1)) Σₖ πₖ(1 − πₖ)
 *   AC1 = (pₐ − pₑ) / (1 − pₑ)
 *
 * q is the number of categories: those used in the data, or `categories`
 * when given (Gwet's q counts the categories of the scale, used or not).
 * Undefined with no unit of two ratings (`no-units`) or when q < 2
 * (`no-variation`).
 */
export function gwetAc1(data: ReliabilityData, categories?: readonly string[]): Coefficient {
  assertRectangular(data);
  const found = data.units.length;
  const scale = new Set(categories ?? []);
  for (const category of categoriesOf(data)) scale.add(category);
  let pairable = 0;
  let sumAgreement = 0;
  let rated = 0;
  const shares = new Map<string, number>();
  for (const row of data.units) {
    const r = valueCount(row);
    if (r === 0) continue;
    rated++;
    const counts = categoryCounts(row);
    for (const [category, n] of counts) shares.set(category, (shares.get(category) ?? 0) + n / r);
    if (r < 2) continue;
    pairable++;
    let agreeing = 0;
    for (const n of counts.values()) agreeing += n * (n - 1);
    sumAgreement += agreeing / (r * (r - 1));
  }
  if (pairable === 0) return undefinedFigure('no-units', 0, found);
  const q = scale.size;
  if (q < 2) return undefinedFigure('no-variation', pairable, found);
  const observed = sumAgreement / pairable;
  let expected = 0;
  for (const share of shares.values()) {
    const pi = share / rated;
    expected += pi * (1 - pi);
  }
  expected /= q - 1;
  return defined((observed - expected) / (1 - expected), pairable, found);
}
