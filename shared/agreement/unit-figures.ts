import type { Codebook } from '../model/codebook.ts';
import type { PairFigures, TagFigures } from './agreement-types.ts';
import type { UnitMembers } from './align-units.ts';
import { binaryLabelFigures, labelFigures } from './label-figures.ts';
import { codebookOrder } from './labels.ts';
import type { Cell } from './reliability-data.ts';
import type { UnitizingAlphaResult, UnitizingFigure } from './unitizing-alpha.ts';

/** The rows of nominal data of units: each coder's category, null where they did not mark the unit. */
export function categoryRows(units: readonly UnitMembers[]): Cell[][] {
  return units.map((members) => members.map((m) => m?.category ?? null));
}

/** An αu that could not be computed for want of units (no document every coder coded, or the category absent). */
export const noUnitizingUnits: UnitizingFigure = { value: null, observed: null, expected: null, reason: 'no-units' };

/** Not a valid id, so it is never a real category. */
const other = '-other';

/**
 * Per category, binary, over every unit: each value is "this category" or
 * "another one" (a coder who did not mark the unit stays missing) — the
 * category-against-the-rest table DKPro Agreement and INCEpTION use. Units
 * the category is not in count as agreement on "another one", which is
 * what they are: both coders did not give it this tag. (Over only the
 * units where some coder used it, the table has no such cell, and coders
 * who always agree on a tag get no figure at all.) Built at the cost of
 * the units each category is in: the rest are counted, not listed. αu per
 * category comes from the corpus αu, where each category is computed on
 * its own.
 */
export function perTagFigures(
  units: readonly UnitMembers[],
  coderCount: number,
  codebook: Codebook,
  unitizing: UnitizingAlphaResult,
): TagFigures[] {
  const rows = new Map<string, Cell[][]>();
  const involved = new Map<string, number[]>();
  const byValues = new Array<number>(coderCount + 1).fill(0);
  for (const members of units) {
    const used = new Set<string>();
    let values = 0;
    for (const m of members) {
      if (!m) continue;
      values++;
      used.add(m.category);
    }
    byValues[values] = (byValues[values] as number) + 1;
    for (const category of used) {
      let own = rows.get(category);
      let counts = involved.get(category);
      if (!own || !counts) {
        own = [];
        counts = new Array<number>(coderCount + 1).fill(0);
        rows.set(category, own);
        involved.set(category, counts);
      }
      own.push(members.map((m) => (m === null ? null : m.category === category ? category : other)));
      counts[values] = (counts[values] as number) + 1;
    }
  }
  const unitizingOf = new Map(unitizing.categories.map((c) => [c.category, c]));
  return codebookOrder(codebook, rows.keys()).map((tagId) => {
    const own = rows.get(tagId) as Cell[][];
    const counts = involved.get(tagId) as number[];
    const others = byValues.map((n, v) => n - (counts[v] as number));
    const u = unitizingOf.get(tagId);
    return {
      tagId,
      units: own.length,
      figures: binaryLabelFigures(own, others, other, coderCount),
      unitizing: u
        ? { value: u.value, observed: u.observed, expected: u.expected, reason: u.reason }
        : noUnitizingUnits,
    };
  });
}

/** Every pair of chosen coders, over the units either of the two marked. */
export function perPairFigures(units: readonly UnitMembers[], coderIds: readonly string[]): PairFigures[] {
  const pairs: PairFigures[] = [];
  for (let a = 0; a < coderIds.length; a++) {
    for (let b = a + 1; b < coderIds.length; b++) {
      const rows: Cell[][] = [];
      for (const members of units) {
        const x = members[a]?.category ?? null;
        const y = members[b]?.category ?? null;
        if (x !== null || y !== null) rows.push([x, y]);
      }
      pairs.push({
        coderA: coderIds[a] as string,
        coderB: coderIds[b] as string,
        units: rows.length,
        figures: labelFigures(rows, 2),
      });
    }
  }
  return pairs;
}
