import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import { assertRectangular, categoryCounts, type ReliabilityData, valueCount } from './reliability-data.ts';

/**
 * Observed agreement, pairwise: of all pairs of values that two different
 * coders gave the same unit, the share that are equal. Units with fewer
 * than two values have no pairs and are not used. On complete data this
 * equals the mean over coder pairs of their percent agreement.
 */
export function percentAgreement(data: ReliabilityData): Coefficient {
  assertRectangular(data);
  let pairs = 0;
  let agreeing = 0;
  let units = 0;
  for (const row of data.units) {
    const m = valueCount(row);
    if (m < 2) continue;
    units++;
    pairs += (m * (m - 1)) / 2;
    for (const n of categoryCounts(row).values()) agreeing += (n * (n - 1)) / 2;
  }
  if (data.coders.length < 2) return undefinedFigure('too-few-coders', 0, data.units.length);
  if (pairs === 0) return undefinedFigure('no-units', 0, data.units.length);
  return defined(agreeing / pairs, units, data.units.length);
}
