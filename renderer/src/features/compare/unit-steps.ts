import type { ComparedUnit } from '../../../../shared/agreement/agreement-types.ts';

export interface Step {
  /** The unit to select (an index into the comparison's units). */
  unit: number;
  /** True when the step went round, past the last or before the first. */
  wrapped: boolean;
}

/**
 * The next (direction 1) or previous (-1) disagreement: after the selected
 * unit, or with none selected, from `offset` (where the reader is looking).
 * Goes round at either end, saying so. A binary search over the
 * disagreements' indices: constant work however long the document.
 */
export function stepDisagreement(
  disagreements: Int32Array,
  units: readonly ComparedUnit[],
  selected: number | null,
  offset: number,
  direction: 1 | -1,
): Step | null {
  const count = disagreements.length;
  if (count === 0) return null;
  // The first position whose unit comes after the reference point.
  const after =
    selected === null
      ? firstAt(count, (k) => (units[disagreements[k] as number] as ComparedUnit).start >= offset)
      : firstAt(count, (k) => (disagreements[k] as number) > selected);
  let at: number;
  if (direction === 1) at = after;
  else {
    // Before the selected unit itself, which may be a disagreement.
    const before = selected === null ? after : firstAt(count, (k) => (disagreements[k] as number) >= selected);
    at = before - 1;
  }
  const wrapped = at < 0 || at >= count;
  const k = at < 0 ? count - 1 : at >= count ? 0 : at;
  return { unit: disagreements[k] as number, wrapped };
}

/** The first index in 0..count-1 for which `test` holds (tests false then true), or count. */
function firstAt(count: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
