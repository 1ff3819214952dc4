/** Blocks drawn on opening, before the browser has said which are near the screen: enough for a tall window. */
export const FIRST_BLOCKS = 3;

export function startLive(blockCount: number): Set<number> {
  return new Set(Array.from({ length: Math.min(FIRST_BLOCKS, blockCount) }, (_, b) => b));
}

/**
 * The unit a click selects among those under the pointer (innermost first):
 * the innermost, and on each further click the next one around it, round again.
 */
export function nextOnClick(units: readonly number[], selected: number | null): number | null {
  if (units.length === 0) return null;
  const at = selected === null ? -1 : units.indexOf(selected);
  return units[(at + 1) % units.length] as number;
}
