/**
 * Text in the charts. An SVG is drawn (and exported) without a layout
 * engine, so label widths are estimated from their length: generous enough
 * for Cyrillic, whose letters run wider than Latin ones.
 */

/** Average advance of a character at the charts' 12px label size, in pixels (Cyrillic-safe). */
export const CHAR_WIDTH = 7.5;

/** A label cut to at most `max` characters (by code point), with an ellipsis when cut. */
export function truncateLabel(label: string, max: number): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  return `${chars
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** The estimated width of a label in pixels. */
export function labelWidth(label: string): number {
  return [...label].length * CHAR_WIDTH;
}
