/**
 * Reliability data: the input of every nominal agreement coefficient.
 *
 * A matrix of units × coders (Krippendorff's "reliability data", transposed
 * to one row per unit): `units[u][c]` is the category coder `c` gave unit
 * `u`, or `null` when that coder did not code it (a missing value).
 * Categories are compared as strings, exactly (nominal data).
 */

/** One cell: a category, or `null` for a missing value. */
export type Cell = string | null;

/** Units × coders; every row has one cell per coder. */
export interface ReliabilityData {
  /** Coder names, one per column. */
  readonly coders: readonly string[];
  /** One row per unit, aligned with `coders`. */
  readonly units: readonly (readonly Cell[])[];
}

/**
 * Throws when a row does not have one cell per coder: a ragged table has
 * no meaning as reliability data, and guessing would hide the error.
 */
export function assertRectangular(data: ReliabilityData): void {
  const width = data.coders.length;
  data.units.forEach((row, u) => {
    if (row.length !== width) {
      throw new RangeError(`unit ${u + 1} has ${row.length} values for ${width} coders`);
    }
  });
}

/** How often each category occurs among a unit's values (missing values left out). */
export function categoryCounts(row: readonly Cell[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of row) {
    if (cell !== null) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  return counts;
}

/** The number of values (non-missing cells) in a unit. */
export function valueCount(row: readonly Cell[]): number {
  let m = 0;
  for (const cell of row) if (cell !== null) m++;
  return m;
}

/** Every category used anywhere in the data, in order of first use. */
export function categoriesOf(data: ReliabilityData): string[] {
  const seen = new Set<string>();
  for (const row of data.units) for (const cell of row) if (cell !== null) seen.add(cell);
  return [...seen];
}
