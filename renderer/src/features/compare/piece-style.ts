import type { CSSProperties } from 'react';

/** Each coder's line under a stacked piece is this many pixels high, in the coder's place (first coder lowest). */
export const LANE_PX = 3;

/**
 * The stacked text's lines under a piece: one band per coder whose
 * annotation covers it, each coder always in the same band, so two coders
 * who agree show two lines and a coder alone shows one, at their height.
 */
export function laneStyle(coders: readonly boolean[], colors: readonly string[]): CSSProperties {
  const lanes = coders
    .map((on, c) =>
      on
        ? `linear-gradient(${colors[c]}, ${colors[c]}) 0 calc(100% - ${c * LANE_PX}px) / 100% ${LANE_PX}px no-repeat`
        : '',
    )
    .filter(Boolean);
  return { '--lanes': lanes.join(', '), paddingBottom: coders.length * LANE_PX } as CSSProperties;
}

/** A column's piece: the tag's tint, and the column coder's line under it. */
export function tagStyle(tagColor: string, coderColor: string): CSSProperties {
  return { '--tag-color': tagColor, '--coder-color': coderColor } as CSSProperties;
}
