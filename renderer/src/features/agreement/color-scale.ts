/**
 * Colours of the agreement charts. Pure, so the picture on screen and the
 * exported SVG/PNG are the same and the scale is tested.
 */

type Rgb = readonly [number, number, number];

/** The heat map runs from white (no units) to the app's accent blue (the most units of any cell). */
const empty: Rgb = [255, 255, 255];
const full: Rgb = [45, 95, 168];

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The fill of a heat-map cell holding `count` of at most `max` units. */
export function heatColor(count: number, max: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, count / max)) : 0;
  // A square root spreads the small counts, which would otherwise all look white beside one large diagonal cell.
  const t = Math.sqrt(share);
  return hex(empty.map((c, i) => c + ((full[i] as number) - c) * t) as unknown as Rgb);
}

/** Dark text on light cells, white text on dark ones (relative luminance, WCAG). */
export function textOn(fill: string): string {
  const channel = (at: number) => {
    const c = Number.parseInt(fill.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.4 ? '#1f2328' : '#ffffff';
}

/**
 * How a reliability figure reads, by Krippendorff's (2004) guidance: at
 * least 0.800 reliable, 0.667 to 0.800 for tentative conclusions only, less
 * than that not reliable. The bars take their colour from it.
 */
export type FigureBand = 'reliable' | 'tentative' | 'unreliable';

export function figureBand(value: number): FigureBand {
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative';
  return 'unreliable';
}

export const bandColors: Record<FigureBand, string> = {
  reliable: '#15803d',
  tentative: '#b7791f',
  unreliable: '#b42318',
};
