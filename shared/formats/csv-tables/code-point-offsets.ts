import type { Annotation } from '../../model/annotation.ts';
import { CodePointIndex } from '../../text/code-point-index.ts';

/** Per annotation id, its start and end counted in Unicode code points. */
export type CodePointOffsets = ReadonlyMap<string, readonly [start: number, end: number]>;

/**
 * Adds each annotation's offsets in code points on `text` (its document's
 * stored text) to `into`. Beside our UTF-16 offsets because R's substr and
 * Python's str slicing count code points: with these a script slices the
 * text without converting, emoji or not. A text without astral characters
 * (most) has the same numbers in both units.
 */
export function addCodePointOffsets(
  text: string,
  annotations: Iterable<Pick<Annotation, 'id' | 'start' | 'end'>>,
  into: Map<string, readonly [number, number]>,
): void {
  const index = new CodePointIndex(text);
  for (const a of annotations) into.set(a.id, [index.toPoints(a.start), index.toPoints(a.end)]);
}
