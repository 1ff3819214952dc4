import type { Coder } from '../../../shared/model/coder.ts';

/**
 * Colours that tell coders' layers apart, chosen away from the codebook's
 * tag colours' usual tints (they mark the coder under the tag's colour, not
 * instead of it) and dark enough to read as a line on white.
 */
const palette = ['#c2410c', '#0e7490', '#7c3aed', '#be185d', '#15803d', '#1d4ed8', '#a16207', '#475569'];

/**
 * A coder's colour: by their place among the project's coders (who are only
 * ever added), so a colleague keeps their colour in the Reader and the
 * Library for as long as the project lasts. A coder the project does not
 * know (an id only) gets one from their id.
 */
export function coderColor(coders: readonly Coder[], coderId: string): string {
  const at = coders.findIndex((c) => c.id === coderId);
  const index = at >= 0 ? at : [...coderId].reduce((sum, ch) => (sum * 31 + (ch.codePointAt(0) ?? 0)) >>> 0, 7);
  return palette[index % palette.length] as string;
}

/** Up to two initials of a name, for a compact chip: «Анна Петрова» → «АП». */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-‐]+/u)
    .filter(Boolean);
  const letters = words.slice(0, 2).map((w) => [...w][0]?.toLocaleUpperCase() ?? '');
  return letters.join('') || '?';
}
