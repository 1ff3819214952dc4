import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import { assertRectangular, type ReliabilityData } from './reliability-data.ts';

/**
 * Cohen's (1960) kappa for two coders: κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is
 * the share of units on which they agree and pₑ = Σₖ pₐₖ·p_bₖ the agreement
 * expected from each coder's own category distribution. Only units that
 * both coders coded are used. Undefined (`no-variation`) when pₑ = 1, i.e.
 * both coders used one and the same category throughout.
 *
 * @param a column of the first coder (default 0)
 * @param b column of the second coder (default 1)
 */
export function cohenKappa(data: ReliabilityData, a = 0, b = 1): Coefficient {
  assertRectangular(data);
  const found = data.units.length;
  const width = data.coders.length;
  if (a === b || a < 0 || b < 0 || a >= width || b >= width) return undefinedFigure('too-few-coders', 0, found);
  const marginA = new Map<string, number>();
  const marginB = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (const row of data.units) {
    const x = row[a] ?? null;
    const y = row[b] ?? null;
    if (x === null || y === null) continue;
    n++;
    if (x === y) agree++;
    marginA.set(x, (marginA.get(x) ?? 0) + 1);
    marginB.set(y, (marginB.get(y) ?? 0) + 1);
  }
  if (n === 0) return undefinedFigure('no-units', 0, found);
  let expected = 0;
  for (const [category, count] of marginA) expected += (count / n) * ((marginB.get(category) ?? 0) / n);
  const observed = agree / n;
  if (1 - expected <= 1e-12) return undefinedFigure('no-variation', n, found);
  return defined((observed - expected) / (1 - expected), n, found);
}
