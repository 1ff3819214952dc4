import type { CuratedUnit, UnitCurationState } from '../../../../../shared/curation/curation-types.ts';

/**
 * The sign of each curation state, drawn beside the unit's kind in the text,
 * in the legend and in the detail; with an outline per state (curate.css),
 * so the states are told apart without colour.
 */
export const stateSigns: Record<UnitCurationState, string> = {
  undecided: '?',
  decided: '✓',
  conflict: '⚠',
};

export const curationStates: readonly UnitCurationState[] = ['undecided', 'decided', 'conflict'];

/** Units per state, for the legend. */
export function countStates(units: readonly CuratedUnit[]): Record<UnitCurationState, number> {
  const counts: Record<UnitCurationState, number> = { undecided: 0, decided: 0, conflict: 0 };
  for (const u of units) counts[u.state] += 1;
  return counts;
}

/**
 * The units still to decide (undecided, or in conflict: both need a
 * decision), ascending: what the next/previous-undecided keys step through
 * with a binary search (unit-steps.ts), so a step costs the same on any
 * document.
 */
export function undecidedUnits(units: readonly CuratedUnit[]): Int32Array {
  const out: number[] = [];
  units.forEach((u, i) => {
    if (u.state !== 'decided') out.push(i);
  });
  return Int32Array.from(out);
}

/** For each curated annotation, the unit whose decision made it (the curated line's click selects that unit). */
export function unitOfCurated(units: readonly CuratedUnit[]): Map<string, number> {
  const map = new Map<string, number>();
  units.forEach((u, i) => {
    for (const id of u.curatedIds) if (!map.has(id)) map.set(id, i);
  });
  return map;
}
