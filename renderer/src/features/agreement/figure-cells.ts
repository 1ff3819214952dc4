import type { FigureLike } from './figure-words.ts';

/** A run of table cells: one figure, or several undefined for the same reason, shown as one cell. */
export interface FigureCell {
  /** The coefficient of the run's first cell (a key). */
  key: string;
  figure: FigureLike | null;
  span: number;
}

/**
 * Joins neighbouring undefined figures with the same reason into one cell,
 * so a row without units reads "undefined: no units to compare" once across
 * its columns rather than five times, and the table keeps its width.
 */
export function figureCells(cells: ReadonlyArray<{ key: string; figure: FigureLike | null }>): FigureCell[] {
  const out: FigureCell[] = [];
  for (const { key, figure } of cells) {
    const last = out.at(-1);
    const reason = undefinedReason(figure);
    if (last && reason !== null && undefinedReason(last.figure) === reason) last.span++;
    else out.push({ key, figure, span: 1 });
  }
  return out;
}

/** The reason of an undefined figure; null for a defined one or for "not a figure" (Cohen with more coders). */
function undefinedReason(figure: FigureLike | null): string | null {
  if (figure === null || (figure.value !== null && Number.isFinite(figure.value))) return null;
  return figure.reason ?? 'no-units';
}
