import { heatColor, textOn } from './color-scale.ts';
import { labelWidth, truncateLabel } from './chart-text.ts';

/** The heat map's layout, in SVG user units (pixels); the component and the exported files draw the same. */
export interface HeatmapCell {
  row: number;
  column: number;
  x: number;
  y: number;
  size: number;
  count: number;
  fill: string;
  textFill: string;
  /** Same category for both coders: the cells of agreement, outlined. */
  diagonal: boolean;
}

export interface HeatmapLabel {
  /** Where the label ends (rows: right edge, x; columns: its cell's centre, x). */
  x: number;
  y: number;
  text: string;
  /** The whole label, for the tooltip when cut. */
  full: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cells: HeatmapCell[];
  rows: HeatmapLabel[];
  columns: HeatmapLabel[];
  /** The two coders' captions: coder A up the left side (starting at its y), coder B along the top. */
  rowCaption: HeatmapLabel;
  columnCaption: HeatmapLabel;
  /** The grid's top-left corner and side. */
  grid: { x: number; y: number; width: number; height: number };
}

export const CELL = 38;
const MAX_LABEL = 28;
const MAX_CAPTION = 48;
const PAD = 12;
const CAPTION_HEIGHT = 22;
/** Column labels are written at this angle (degrees up from the baseline), so long names take height, not width. */
export const COLUMN_ANGLE = 45;

/**
 * Lays out a confusion matrix: `labels` name the rows and columns (the last
 * one "not marked"), `counts[row][column]` the units coder A (rows) and
 * coder B (columns) gave those categories.
 */
export function heatmapLayout(
  labels: readonly string[],
  counts: readonly (readonly number[])[],
  coderA: string,
  coderB: string,
): HeatmapLayout {
  const n = labels.length;
  const shown = labels.map((l) => truncateLabel(l, MAX_LABEL));
  const longest = Math.max(0, ...shown.map(labelWidth));
  const rad = (COLUMN_ANGLE * Math.PI) / 180;
  const rowCaption = truncateLabel(coderA, MAX_CAPTION);
  const columnCaption = truncateLabel(coderB, MAX_CAPTION);
  const gridX = PAD + CAPTION_HEIGHT + 6 + longest + 8;
  const gridY = PAD + CAPTION_HEIGHT + Math.ceil(longest * Math.sin(rad)) + 10;
  const side = n * CELL;
  let max = 0;
  for (const row of counts) for (const c of row) max = Math.max(max, c);
  const cells: HeatmapCell[] = [];
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < n; column++) {
      const count = counts[row]?.[column] ?? 0;
      const fill = heatColor(count, max);
      cells.push({
        row,
        column,
        x: gridX + column * CELL,
        y: gridY + row * CELL,
        size: CELL,
        count,
        fill,
        textFill: textOn(fill),
        diagonal: row === column && row < n - 1,
      });
    }
  }
  // A rotated label's far end reaches right of its column by its length's cosine.
  const overhang = Math.ceil(Math.max(0, ...shown.map(labelWidth)) * Math.cos(rad));
  const lastColumnCentre = gridX + side - CELL / 2;
  const width = Math.max(
    gridX + side + PAD,
    lastColumnCentre + overhang + PAD,
    gridX + labelWidth(columnCaption) + PAD,
  );
  // Coder A's caption runs up the left side from the grid's bottom (or lower, when longer than the grid is high).
  const rowCaptionStart = Math.max(gridY + side, PAD + CAPTION_HEIGHT + labelWidth(rowCaption));
  const height = Math.max(gridY + side, rowCaptionStart) + PAD;
  return {
    width,
    height,
    cells,
    rows: labels.map((full, i) => ({
      x: gridX - 8,
      y: gridY + i * CELL + CELL / 2,
      text: shown[i] as string,
      full,
    })),
    columns: labels.map((full, i) => ({
      x: gridX + i * CELL + CELL / 2,
      y: gridY - 6,
      text: shown[i] as string,
      full,
    })),
    rowCaption: { x: PAD + CAPTION_HEIGHT / 2, y: rowCaptionStart, text: rowCaption, full: coderA },
    columnCaption: { x: gridX, y: PAD + CAPTION_HEIGHT / 2, text: columnCaption, full: coderB },
    grid: { x: gridX, y: gridY, width: side, height: side },
  };
}
