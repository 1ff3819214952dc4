import { bandColors, figureBand } from './color-scale.ts';
import { labelWidth, truncateLabel } from './chart-text.ts';

/** One bar of the α-per-tag chart: a tag's figure, or none (undefined, with its reason worded by the caller). */
export interface BarInput {
  label: string;
  value: number | null;
}

export interface Bar {
  /** The label's right edge and the row's middle. */
  labelX: number;
  y: number;
  label: string;
  full: string;
  /** The bar, from zero to the value (left to right whatever the sign); null when undefined. */
  bar: { x: number; y: number; width: number; height: number; fill: string } | null;
  /** Where the value (or "undefined") is written, and from which side. */
  valueX: number;
  valueAnchor: 'start' | 'end';
  value: number | null;
}

export interface BarsLayout {
  width: number;
  height: number;
  bars: Bar[];
  /** The axis ticks along the bottom, and the reference lines (0.667, 0.800) across the plot. */
  ticks: Array<{ x: number; value: number }>;
  references: Array<{ x: number; value: number }>;
  plot: { x: number; y: number; width: number; height: number };
  zeroX: number;
}

const ROW = 24;
const BAR = 14;
const PLOT_WIDTH = 360;
const MAX_LABEL = 36;
const PAD = 12;
/** Room right of the plot for a value written past a bar that reaches 1. */
const VALUE_ROOM = 56;
const AXIS = 22;

/**
 * Lays out horizontal bars, one per tag, on an axis from 0 (or lower, in
 * steps of 0.2, when a figure is negative: α can go down to −1) to 1, with
 * lines at Krippendorff's 0.667 and 0.800. Horizontal, so that long tag
 * names read on one line.
 */
export function barsLayout(items: readonly BarInput[]): BarsLayout {
  const lowest = Math.min(0, ...items.map((i) => i.value ?? 0));
  const min = lowest < 0 ? Math.max(-1, Math.floor(lowest / 0.2 + 1e-9) * 0.2) : 0;
  const shown = items.map((i) => truncateLabel(i.label, MAX_LABEL));
  const plotX = PAD + Math.max(0, ...shown.map(labelWidth)) + 10;
  const plotY = PAD;
  const scale = (v: number) => plotX + ((v - min) / (1 - min)) * PLOT_WIDTH;
  const zeroX = scale(0);
  const plotHeight = Math.max(1, items.length) * ROW;
  const bars = items.map((item, i): Bar => {
    const y = plotY + i * ROW + ROW / 2;
    const value = item.value;
    if (value === null) {
      return {
        labelX: plotX - 10,
        y,
        label: shown[i] as string,
        full: item.label,
        bar: null,
        valueX: zeroX + 4,
        valueAnchor: 'start',
        value,
      };
    }
    const end = scale(Math.max(min, Math.min(1, value)));
    const negative = end < zeroX;
    return {
      labelX: plotX - 10,
      y,
      label: shown[i] as string,
      full: item.label,
      bar: {
        x: Math.min(zeroX, end),
        y: y - BAR / 2,
        width: Math.max(1, Math.abs(end - zeroX)),
        height: BAR,
        fill: bandColors[figureBand(value)],
      },
      // A negative bar's value is written inside the plot, right of zero, so it never runs into the labels.
      valueX: negative ? zeroX + 4 : end + 4,
      valueAnchor: 'start',
      value,
    };
  });
  const ticks: Array<{ x: number; value: number }> = [];
  for (let v = min; v <= 1 + 1e-9; v += 0.2) {
    const value = Math.round(v * 10) / 10;
    ticks.push({ x: scale(value), value: value === 0 ? 0 : value });
  }
  return {
    width: plotX + PLOT_WIDTH + VALUE_ROOM + PAD,
    height: plotY + plotHeight + AXIS + PAD,
    bars,
    ticks,
    references: [0.667, 0.8].map((value) => ({ x: scale(value), value })),
    plot: { x: plotX, y: plotY, width: PLOT_WIDTH, height: plotHeight },
    zeroX,
  };
}
