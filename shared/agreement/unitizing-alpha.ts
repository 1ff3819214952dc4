/**
 * Krippendorff's unitizing alpha (αu) over a character continuum, as defined by
 * DKPro Agreement's `KrippendorffAlphaUnitizingAgreement` (the definition INCEpTION
 * uses), after Krippendorff (1995, 2004).
 *
 * Per category c, every coder's annotation of the continuum is a tiling into
 * sections: the coder's units of category c and the gaps between them.
 *
 * - Observed disagreement: for every pair of coders and every pair of overlapping
 *   sections, the distance δ² (see {@link unitizingDistance}); summed over ordered
 *   coder pairs and divided by m(m−1)L² (m coders, L continuum length).
 * - Expected disagreement: over every unit of c (any coder) of length l,
 *   (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g − l + 1), where N_c is the
 *   number of units of c and the gaps are every coder's gaps for c; the sum is
 *   multiplied by 2/L and divided by mL(mL − 1) − Σ l(l − 1).
 * - α_c = 1 − D_o/D_e. Overall αu = 1 − mean_c D_o / mean_c D_e (means over the
 *   categories that occur), exactly as DKPro averages them.
 *
 * Pure: no I/O. A figure that is undefined is `value: null` with a `reason` (a code, as for
 * every coefficient: the window words it), never NaN.
 */

import type { UndefinedReason } from './coefficient.ts';

export interface UnitizingContinuum {
  /** First character offset of the continuum. */
  readonly begin: number;
  /** Number of characters in the continuum (> 0). */
  readonly length: number;
}

export interface UnitizingUnit {
  readonly begin: number;
  readonly length: number;
  readonly category: string;
}

/** One section of a coder's tiling of the continuum for one category. */
export interface UnitizingSection {
  readonly begin: number;
  readonly length: number;
  /** True for a unit of the category, false for a gap between units. */
  readonly isUnit: boolean;
}

export interface UnitizingFigure {
  /** α, or null when undefined (see `reason`). */
  readonly value: number | null;
  /** Observed disagreement D_o (null when it cannot be computed). */
  readonly observed: number | null;
  /** Expected disagreement D_e (null when it cannot be computed). */
  readonly expected: number | null;
  /**
   * Why `value` is null (`too-few-coders`; `no-units`: no coder marked anything;
   * `no-variation`: expected disagreement 0); null when `value` is a number.
   */
  readonly reason: UndefinedReason | null;
}

export interface UnitizingCategoryFigure extends UnitizingFigure {
  readonly category: string;
  /** Number of units of this category, over all coders. */
  readonly units: number;
}

export interface UnitizingAlphaResult {
  readonly overall: UnitizingFigure;
  /** Per category, sorted by category name. */
  readonly categories: readonly UnitizingCategoryFigure[];
  readonly coders: number;
  readonly units: number;
}

/**
 * δ² between two sections of different coders (Krippendorff 2004; DKPro's `measureDistance`):
 * two overlapping units: (b₁ − b₂)² + (e₁ − e₂)²; a unit lying inside the other coder's gap:
 * the unit's length squared; anything else (gap–gap, non-overlapping, a unit only partly in a gap): 0.
 */
export function unitizingDistance(a: UnitizingSection, b: UnitizingSection): number {
  const aEnd = a.begin + a.length;
  const bEnd = b.begin + b.length;
  if (a.isUnit && b.isUnit) {
    if (a.begin < bEnd && b.begin < aEnd) {
      const db = a.begin - b.begin;
      const de = aEnd - bEnd;
      return db * db + de * de;
    }
    return 0;
  }
  if (a.isUnit && !b.isUnit) {
    return b.begin <= a.begin && aEnd <= bEnd ? a.length * a.length : 0;
  }
  if (!a.isUnit && b.isUnit) {
    return a.begin <= b.begin && bEnd <= aEnd ? b.length * b.length : 0;
  }
  return 0;
}

function isNonNegativeInteger(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Tiles the continuum into a coder's units (sorted, non-overlapping) and the gaps between them.
 * Gaps of length 0 are not sections.
 */
export function unitizingSections(
  continuum: UnitizingContinuum,
  units: readonly { readonly begin: number; readonly length: number }[],
): UnitizingSection[] {
  const end = continuum.begin + continuum.length;
  const sections: UnitizingSection[] = [];
  let pos = continuum.begin;
  for (const unit of units) {
    if (unit.begin > pos) sections.push({ begin: pos, length: unit.begin - pos, isUnit: false });
    sections.push({ begin: unit.begin, length: unit.length, isUnit: true });
    pos = unit.begin + unit.length;
  }
  if (end > pos) sections.push({ begin: pos, length: end - pos, isUnit: false });
  return sections;
}

function validate(continuum: UnitizingContinuum, coders: readonly (readonly UnitizingUnit[])[]): void {
  if (!isNonNegativeInteger(continuum.begin) || !Number.isSafeInteger(continuum.length) || continuum.length <= 0) {
    throw new RangeError(
      `unitizing alpha: the continuum needs a non-negative integer begin and a positive integer length (got begin ${continuum.begin}, length ${continuum.length})`,
    );
  }
  const end = continuum.begin + continuum.length;
  coders.forEach((units, coder) => {
    for (const u of units) {
      if (!isNonNegativeInteger(u.begin) || !Number.isSafeInteger(u.length) || u.length <= 0) {
        throw new RangeError(
          `unitizing alpha: coder ${coder + 1} has a unit with begin ${u.begin} and length ${u.length}; units need an integer begin and a positive integer length`,
        );
      }
      if (u.begin < continuum.begin || u.begin + u.length > end) {
        throw new RangeError(
          `unitizing alpha: coder ${coder + 1} has a unit (${u.begin}, ${u.length}) outside the continuum (${continuum.begin}, ${continuum.length})`,
        );
      }
    }
  });
}

/** Units of one category per coder, sorted by begin; throws if one coder's units of a category overlap. */
function groupByCategory(coders: readonly (readonly UnitizingUnit[])[]): Map<string, UnitizingUnit[][]> {
  const byCategory = new Map<string, UnitizingUnit[][]>();
  coders.forEach((units, coder) => {
    for (const u of units) {
      let perCoder = byCategory.get(u.category);
      if (!perCoder) {
        perCoder = coders.map(() => []);
        byCategory.set(u.category, perCoder);
      }
      (perCoder[coder] as UnitizingUnit[]).push(u);
    }
  });
  for (const [category, perCoder] of byCategory) {
    perCoder.forEach((units, coder) => {
      units.sort((a, b) => a.begin - b.begin || a.length - b.length);
      for (let k = 1; k < units.length; k++) {
        const prev = units[k - 1] as UnitizingUnit;
        const cur = units[k] as UnitizingUnit;
        if (cur.begin < prev.begin + prev.length) {
          throw new RangeError(
            `unitizing alpha: coder ${coder + 1} has overlapping units of category "${category}" at (${prev.begin}, ${prev.length}) and (${cur.begin}, ${cur.length}); αu needs one coder's units of a category not to overlap`,
          );
        }
      }
    });
  }
  return byCategory;
}

/**
 * One coder's units of one category, as parallel arrays of begins and ends
 * (end exclusive), sorted by begin and not overlapping. Plain numbers
 * rather than objects: a corpus has tens of thousands of units, and αu is
 * computed for it and for each of its documents.
 */
export interface CoderCategoryUnits {
  readonly begins: readonly number[];
  readonly ends: readonly number[];
}

interface CategoryDisagreement {
  readonly observed: number;
  readonly expected: number;
  readonly units: number;
}

/**
 * Σ δ² between two coders' tilings of the continuum for one category,
 * without building the tilings. A unit that overlaps none of the other
 * coder's units lies wholly inside one of their gaps (gaps are what is
 * between units) and costs its length squared; a unit that overlaps some
 * costs (b₁ − b₂)² + (e₁ − e₂)² per unit it overlaps — partly in a gap
 * costs nothing more — exactly as {@link unitizingDistance} summed over
 * every pair of overlapping sections.
 */
function pairDistance(x: CoderCategoryUnits, y: CoderCategoryUnits): number {
  return crossDistance(x, y, true) + crossDistance(y, x, false);
}

/** Σ over x's units: l² if it overlaps none of y's, else (when `pairs`) the squared begin/end differences. */
function crossDistance(x: CoderCategoryUnits, y: CoderCategoryUnits, pairs: boolean): number {
  let sum = 0;
  let j = 0;
  const n = y.begins.length;
  for (let i = 0; i < x.begins.length; i++) {
    const b1 = x.begins[i] as number;
    const e1 = x.ends[i] as number;
    // y's units ending at or before b1 overlap neither this unit nor any later one (x is sorted).
    while (j < n && (y.ends[j] as number) <= b1) j++;
    let overlapped = false;
    for (let k = j; k < n && (y.begins[k] as number) < e1; k++) {
      overlapped = true;
      if (!pairs) break;
      const db = b1 - (y.begins[k] as number);
      const de = e1 - (y.ends[k] as number);
      sum += db * db + de * de;
    }
    if (!overlapped) sum += (e1 - b1) * (e1 - b1);
  }
  return sum;
}

function categoryDisagreement(
  continuum: UnitizingContinuum,
  perCoder: readonly CoderCategoryUnits[],
): CategoryDisagreement {
  const m = perCoder.length;
  const L = continuum.length;
  const end = continuum.begin + L;

  let distance = 0;
  for (let r1 = 0; r1 < m; r1++) {
    for (let r2 = r1 + 1; r2 < m; r2++) {
      distance += pairDistance(perCoder[r1] as CoderCategoryUnits, perCoder[r2] as CoderCategoryUnits);
    }
  }
  const observed = (2 * distance) / (m * (m - 1) * L * L);

  // Every coder's gaps (empty ones are not sections), sorted ascending, with suffix sums for Σ_{g ≥ l} (g − l + 1).
  let nUnits = 0;
  for (const units of perCoder) nUnits += units.begins.length;
  const gaps: number[] = [];
  for (const units of perCoder) {
    let pos = continuum.begin;
    for (let k = 0; k < units.begins.length; k++) {
      const b = units.begins[k] as number;
      if (b > pos) gaps.push(b - pos);
      pos = units.ends[k] as number;
    }
    if (end > pos) gaps.push(end - pos);
  }
  gaps.sort((a, b) => a - b);
  const g = gaps.length;
  const suffix: number[] = new Array(g + 1);
  suffix[g] = 0;
  for (let k = g - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] as number) + (gaps[k] as number);

  let numerator = 0;
  let lengthTerm = 0;
  for (const units of perCoder) {
    for (let k = 0; k < units.begins.length; k++) {
      const l = (units.ends[k] as number) - (units.begins[k] as number);
      numerator += ((nUnits - 1) * (2 * l * l * l - 3 * l * l + l)) / 3;
      // The first gap at least l long (binary search over the sorted gaps).
      let idx = 0;
      let hi = g;
      while (idx < hi) {
        const mid = (idx + hi) >> 1;
        if ((gaps[mid] as number) < l) idx = mid + 1;
        else hi = mid;
      }
      const count = g - idx;
      numerator += l * l * ((suffix[idx] as number) - count * (l - 1));
      lengthTerm += l * (l - 1);
    }
  }
  const expected = (numerator * (2 / L)) / (m * L * (m * L - 1) - lengthTerm);
  return { observed, expected, units: nUnits };
}

function figure(observed: number, expected: number): UnitizingFigure {
  if (!(expected > 0)) {
    return { value: null, observed, expected, reason: 'no-variation' };
  }
  return { value: 1 - observed / expected, observed, expected, reason: null };
}

/**
 * Krippendorff's αu, overall and per category. `coders[i]` is coder i's list of units.
 * Throws a RangeError for malformed input (non-integer offsets, units outside the continuum,
 * one coder's units of one category overlapping each other).
 */
export function unitizingAlpha(
  continuum: UnitizingContinuum,
  coders: readonly (readonly UnitizingUnit[])[],
): UnitizingAlphaResult {
  validate(continuum, coders);
  const byCategory = new Map<string, CoderCategoryUnits[]>();
  for (const [category, perCoder] of groupByCategory(coders)) {
    byCategory.set(
      category,
      perCoder.map((units) => ({ begins: units.map((u) => u.begin), ends: units.map((u) => u.begin + u.length) })),
    );
  }
  return unitizingAlphaOfCategories(continuum, coders.length, byCategory);
}

/**
 * αu from units already grouped by category and coder (each list sorted and
 * not overlapping, inside the continuum — not checked here): for callers
 * that build them so, like the corpus αu, without a second sort.
 */
export function unitizingAlphaOfCategories(
  continuum: UnitizingContinuum,
  coderCount: number,
  byCategory: ReadonlyMap<string, readonly CoderCategoryUnits[]>,
): UnitizingAlphaResult {
  const names = [...byCategory.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const unitsOf = (category: string) =>
    (byCategory.get(category) as CoderCategoryUnits[]).reduce((n, u) => n + u.begins.length, 0);
  const totalUnits = names.reduce((n, category) => n + unitsOf(category), 0);

  if (coderCount < 2) {
    const reason = 'too-few-coders';
    return {
      overall: { value: null, observed: null, expected: null, reason },
      categories: names.map((category) => ({
        category,
        units: unitsOf(category),
        value: null,
        observed: null,
        expected: null,
        reason,
      })),
      coders: coderCount,
      units: totalUnits,
    };
  }

  if (names.length === 0) {
    return {
      overall: { value: null, observed: null, expected: null, reason: 'no-units' },
      categories: [],
      coders: coderCount,
      units: 0,
    };
  }

  const categories: UnitizingCategoryFigure[] = [];
  let observedSum = 0;
  let expectedSum = 0;
  for (const category of names) {
    const d = categoryDisagreement(continuum, byCategory.get(category) as CoderCategoryUnits[]);
    observedSum += d.observed;
    expectedSum += d.expected;
    categories.push({ category, units: d.units, ...figure(d.observed, d.expected) });
  }
  const overall = figure(observedSum / names.length, expectedSum / names.length);
  return { overall, categories, coders: coderCount, units: totalUnits };
}
