/** Colours for imported tags whose file names none (d3's category10): far enough apart to tell tags apart. */
const palette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
] as const;

/** The palette's colour for `hex` (hex digits of a stable hash), so a tag gets the same colour on every import. */
export function paletteColour(hex: string): string {
  return palette[Number.parseInt(hex, 16) % palette.length] as string;
}
