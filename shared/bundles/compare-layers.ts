import { sameValue } from './same-value.ts';

/** What putting a layer from a bundle over the one here does: records to put, records to remove. */
export interface LayerComparison<T> {
  /** Records not here yet. */
  added: T[];
  /** Records here under the same id that the bundle's copy changes. */
  changed: T[];
  /** Records here that the bundle's copy of the layer no longer holds. */
  removed: T[];
  unchanged: number;
}

/**
 * Compares one coder's layer from a bundle (already mapped onto our ids)
 * with the same layer here, record by record by id. Records are equal when
 * every field is (see sameValue), so the same bundle imported twice finds
 * nothing to do the second time.
 */
export function compareLayer<T extends { id: string }>(
  incoming: readonly T[],
  existing: readonly T[],
): LayerComparison<T> {
  const here = new Map(existing.map((r) => [r.id, r]));
  const result: LayerComparison<T> = { added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const record of incoming) {
    seen.add(record.id);
    const ours = here.get(record.id);
    if (!ours) result.added.push(record);
    else if (sameValue(ours, record)) result.unchanged++;
    else result.changed.push(record);
  }
  for (const record of existing) if (!seen.has(record.id)) result.removed.push(record);
  return result;
}

/** True when putting the layer would remove or change anything here (D9: the user is asked first). */
export function replacesSomething(comparison: LayerComparison<unknown>): boolean {
  return comparison.changed.length > 0 || comparison.removed.length > 0;
}
