/**
 * Where an edge runs when it is drawn: straight, or bowed aside when several
 * edges join the same two nodes (one per stance), and where its arrowhead
 * sits. Shared by the SVG export and the canvas that draws big networks,
 * so both draw the same picture.
 */

export interface Point {
  x: number;
  y: number;
}

/** How far apart parallel edges bow out, per step of offset. */
export const PARALLEL_SPREAD = 14;

/** For each edge, its offset among the edges joining the same two nodes: 0 alone, else spread around 0. */
export function parallelOffsets(edges: readonly { source: string; target: string }[]): number[] {
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const offsets: number[] = [];
  for (const members of groups.values()) {
    members.forEach((edgeIndex, k) => {
      offsets[edgeIndex] = k - (members.length - 1) / 2;
    });
  }
  return offsets;
}

/**
 * The control point of a bowed edge (a quadratic curve), or null for a
 * straight one. The normal is taken for the pair in a fixed order (by id),
 * so A→B and B→A bow to opposite sides.
 */
export function bowPoint(from: Point & { id: string }, to: Point & { id: string }, offset: number): Point | null {
  if (offset === 0) return null;
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const flip = from.id < to.id ? 1 : -1;
  const nx = (-(to.y - from.y) / length) * flip;
  const ny = ((to.x - from.x) / length) * flip;
  return {
    x: (from.x + to.x) / 2 + nx * offset * PARALLEL_SPREAD * 2,
    y: (from.y + to.y) / 2 + ny * offset * PARALLEL_SPREAD * 2,
  };
}

/**
 * An arrowhead touching the target's outline (taken as a circle of the
 * target's smaller half-side), pointing along the edge's last stretch
 * (from `towards`: the source, or a bowed edge's control point).
 */
export function arrowHead(
  towards: Point,
  to: Point & { width: number; height: number },
  edgeWidth: number,
): [Point, Point, Point] {
  const length = Math.hypot(to.x - towards.x, to.y - towards.y) || 1;
  const ux = (to.x - towards.x) / length;
  const uy = (to.y - towards.y) / length;
  const reach = Math.min(to.width, to.height) / 2;
  const tip = { x: to.x - ux * reach, y: to.y - uy * reach };
  const size = 6 + edgeWidth;
  const baseX = tip.x - ux * size;
  const baseY = tip.y - uy * size;
  return [
    tip,
    { x: baseX - uy * size * 0.5, y: baseY + ux * size * 0.5 },
    { x: baseX + uy * size * 0.5, y: baseY - ux * size * 0.5 },
  ];
}
