/** A stretch of text marked by something (a unit, an annotation), in UTF-16 offsets. */
export interface Mark {
  start: number;
  end: number;
}

/** A piece of text over which the same marks lie; `cover` holds their indices in the marks given. */
export interface Segment {
  start: number;
  end: number;
  cover: number[];
}

/**
 * Cuts [from, to) at every mark's start and end, so that each piece is
 * covered by one set of marks; unmarked text comes as pieces with an empty
 * cover. The Compare view draws a line of text as these pieces, each styled
 * by what covers it. Marks outside the range are ignored.
 */
export function segmentize(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set<number>([from, to]);
  const inside: number[] = [];
  marks.forEach((m, i) => {
    if (m.end <= from || m.start >= to) return;
    inside.push(i);
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const cover = inside.filter((i) => (marks[i] as Mark).start <= start && (marks[i] as Mark).end >= end);
    segments.push({ start, end, cover });
  }
  return segments;
}
