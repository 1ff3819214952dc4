import type { LabelFigures } from './agreement-types.ts';
import { type Coefficient, defined, undefinedFigure } from './coefficient.ts';
import type { Cell } from './reliability-data.ts';

/**
 * The nominal coefficients over one set of units (rows of one cell per
 * coder, null where that coder did not mark the unit). Percent agreement,
 * Cohen's and Fleiss' kappa and Gwet's AC1 are computed over the complete
 * units (every coder marked them): their formulas compare all coders on
 * every unit. Krippendorff's α uses every unit with two or more values, as
 * it is defined to. Each figure's `unitsFound` is every unit given, so
 * what a figure did not use shows.
 *
 * The same arithmetic as percent-agreement.ts, cohen-kappa.ts,
 * fleiss-kappa.ts, krippendorff-alpha.ts and gwet-ac1.ts (each checked on
 * published values; label-figures.test.ts checks this against them), but
 * in one pass over categories numbered once: a report computes these
 * figures for every document, tag and coder pair, tens of thousands of
 * units each time, and a Map per unit per coefficient was most of its cost.
 *
 * On complete units the five share their pieces: each unit's share of
 * agreeing coder pairs Pᵤ = Σₖ nₖ(nₖ − 1) / (m(m − 1)) averages to percent
 * agreement, Fleiss' P̄ and Gwet's pₐ alike, and the category shares
 * pₖ = nₖ / (units·m) are Fleiss' pⱼ and Gwet's πₖ.
 */
export function labelFigures(rows: readonly (readonly Cell[])[], coderCount: number): LabelFigures {
  const found = rows.length;
  if (coderCount < 2) {
    const none = undefinedFigure('too-few-coders', 0, found);
    return { percent: none, cohen: null, fleiss: none, alpha: alphaOf(rows, found), ac1: none };
  }
  const t = tally(rows, coderCount);
  return {
    percent: percentOf(t, found),
    cohen: coderCount === 2 ? cohenOf(t, found) : null,
    fleiss: fleissOf(t, found),
    alpha: alphaFrom(t, found),
    ac1: ac1Of(t, found),
  };
}

interface Tally {
  readonly m: number;
  /** Complete units, and Σ over them of Σₖ nₖ(nₖ − 1). */
  complete: number;
  completePairsAgreeing: number;
  /** Per category, its values over the complete units. */
  readonly completeTotals: number[];
  /** Two coders: complete units with equal values, and each coder's margins over complete units. */
  agreeTwo: number;
  readonly marginA: number[];
  readonly marginB: number[];
  /** Units with ≥ 2 values, Σ_c o_cc, and per category its values over them. */
  pairable: number;
  alphaAgreement: number;
  readonly alphaMarginals: number[];
}

function tally(rows: readonly (readonly Cell[])[], m: number, codes = new Map<string, number>()): Tally {
  const code = (category: string): number => {
    let c = codes.get(category);
    if (c === undefined) {
      c = codes.size;
      codes.set(category, c);
    }
    return c;
  };
  const t: Tally = {
    m,
    complete: 0,
    completePairsAgreeing: 0,
    completeTotals: [],
    agreeTwo: 0,
    marginA: [],
    marginB: [],
    pairable: 0,
    alphaAgreement: 0,
    alphaMarginals: [],
  };
  const add = (list: number[], k: number, n: number) => {
    list[k] = (list[k] ?? 0) + n;
  };
  // Per-unit category counts in a reused scratch array, reset through the list of codes touched.
  const counts: number[] = [];
  const touched: number[] = [];
  for (const row of rows) {
    let values = 0;
    touched.length = 0;
    for (const cell of row) {
      if (cell === null) continue;
      values++;
      const k = code(cell);
      if (!counts[k]) {
        counts[k] = 0;
        touched.push(k);
      }
      counts[k] = (counts[k] as number) + 1;
    }
    if (values >= 2) {
      t.pairable++;
      let within = 0;
      for (const k of touched) {
        const n = counts[k] as number;
        within += n * (n - 1);
        add(t.alphaMarginals, k, n);
      }
      t.alphaAgreement += within / (values - 1);
      if (values === m) {
        t.complete++;
        t.completePairsAgreeing += within;
        for (const k of touched) add(t.completeTotals, k, counts[k] as number);
        if (m === 2) {
          const a = code(row[0] as string);
          const b = code(row[1] as string);
          if (a === b) t.agreeTwo++;
          add(t.marginA, a, 1);
          add(t.marginB, b, 1);
        }
      }
    }
    for (const k of touched) counts[k] = 0;
  }
  return t;
}

/**
 * Adds `count` units of `values` values each, every value `category`:
 * what a category-against-the-rest table holds for every unit the category
 * is not in, added in one step instead of one row per unit.
 */
function addUniform(t: Tally, k: number, values: number, count: number): void {
  if (values < 2 || count === 0) return;
  const within = values * (values - 1);
  t.pairable += count;
  t.alphaAgreement += values * count; // within / (values − 1) per unit
  t.alphaMarginals[k] = (t.alphaMarginals[k] ?? 0) + values * count;
  if (values !== t.m) return;
  t.complete += count;
  t.completePairsAgreeing += within * count;
  t.completeTotals[k] = (t.completeTotals[k] ?? 0) + values * count;
  if (t.m === 2) {
    t.agreeTwo += count;
    t.marginA[k] = (t.marginA[k] ?? 0) + count;
    t.marginB[k] = (t.marginB[k] ?? 0) + count;
  }
}

/**
 * The figures of one category against every other, over all units: `rows`
 * are the units the category is in (its cells already `category` or
 * `other`), and `othersByValues[v]` counts the remaining units with v
 * values, all of them `other`. Equal to {@link labelFigures} over the full
 * binary table (label-figures.test.ts checks it), at the cost of the units
 * the category is in — except that a category no complete unit holds gets
 * `no-units` for the figures over complete units (and α too when no unit
 * with two values holds it), never the 1.0 of units all "another one".
 */
export function binaryLabelFigures(
  rows: readonly (readonly Cell[])[],
  othersByValues: readonly number[],
  other: string,
  coderCount: number,
): LabelFigures {
  const found = rows.length + othersByValues.reduce((n, c) => n + c, 0);
  if (coderCount < 2) return labelFigures(rows, coderCount);
  const codes = new Map<string, number>();
  const t = tally(rows, coderCount, codes);
  // Every row holds the category, so these count the units that compared it.
  const completeWithIt = t.complete;
  const pairableWithIt = t.pairable;
  let k = codes.get(other);
  if (k === undefined) {
    k = codes.size;
    codes.set(other, k);
  }
  othersByValues.forEach((count, values) => {
    addUniform(t, k, values, count);
  });
  // A category no complete unit holds was never compared between all the
  // coders: the complete units all agree on "another one", which would read
  // as perfect agreement (percent 1.0) on a tag nobody was compared on.
  const notCompared = undefinedFigure('no-units', 0, found);
  const complete = completeWithIt > 0;
  return {
    percent: complete ? percentOf(t, found) : notCompared,
    cohen: coderCount === 2 ? (complete ? cohenOf(t, found) : notCompared) : null,
    fleiss: complete ? fleissOf(t, found) : notCompared,
    alpha: pairableWithIt > 0 ? alphaFrom(t, found) : notCompared,
    ac1: complete ? ac1Of(t, found) : notCompared,
  };
}

/** Pairwise observed agreement over the complete units (see percent-agreement.ts). */
function percentOf(t: Tally, found: number): Coefficient {
  const pairs = (t.complete * t.m * (t.m - 1)) / 2;
  if (pairs === 0) return undefinedFigure('no-units', 0, found);
  return defined(t.completePairsAgreeing / 2 / pairs, t.complete, found);
}

/** Cohen's κ over the units both coders coded (see cohen-kappa.ts). */
function cohenOf(t: Tally, found: number): Coefficient {
  const n = t.complete;
  if (n === 0) return undefinedFigure('no-units', 0, found);
  let expected = 0;
  t.marginA.forEach((count, k) => {
    expected += (count / n) * ((t.marginB[k] ?? 0) / n);
  });
  const observed = t.agreeTwo / n;
  if (1 - expected <= 1e-12) return undefinedFigure('no-variation', n, found);
  return defined((observed - expected) / (1 - expected), n, found);
}

/** Fleiss' κ over the complete units (see fleiss-kappa.ts). */
function fleissOf(t: Tally, found: number): Coefficient {
  const units = t.complete;
  if (units === 0) return undefinedFigure('no-units', 0, found);
  const meanP = t.completePairsAgreeing / (t.m * (t.m - 1)) / units;
  let expected = 0;
  for (const n of t.completeTotals) if (n) expected += (n / (units * t.m)) ** 2;
  if (1 - expected <= 1e-12) return undefinedFigure('no-variation', units, found);
  return defined((meanP - expected) / (1 - expected), units, found);
}

/** Krippendorff's nominal α over every unit with two or more values (see krippendorff-alpha.ts). */
function alphaFrom(t: Tally, found: number): Coefficient {
  if (t.pairable === 0) return undefinedFigure('no-units', 0, found);
  let n = 0;
  let chance = 0;
  for (const nc of t.alphaMarginals) {
    if (!nc) continue;
    n += nc;
    chance += nc * (nc - 1);
  }
  const expected = n * (n - 1) - chance;
  if (expected === 0) return undefinedFigure('no-variation', t.pairable, found);
  return defined(((n - 1) * t.alphaAgreement - chance) / expected, t.pairable, found);
}

function alphaOf(rows: readonly (readonly Cell[])[], found: number): Coefficient {
  return alphaFrom(tally(rows, Number.POSITIVE_INFINITY), found);
}

/** Gwet's AC1 over the complete units, q = the categories used in them (see gwet-ac1.ts). */
function ac1Of(t: Tally, found: number): Coefficient {
  const units = t.complete;
  if (units === 0) return undefinedFigure('no-units', 0, found);
  let q = 0;
  let expected = 0;
  for (const n of t.completeTotals) {
    if (!n) continue;
    q++;
    const pi = n / (units * t.m);
    expected += pi * (1 - pi);
  }
  if (q < 2) return undefinedFigure('no-variation', units, found);
  expected /= q - 1;
  const observed = t.completePairsAgreeing / (t.m * (t.m - 1)) / units;
  return defined((observed - expected) / (1 - expected), units, found);
}
