import type { LayoutOptions, Position } from 'cytoscape';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { compareNames } from '../../../../shared/text/compare-names.ts';
import { MIN_ZOOM } from './overview-view.ts';

/** Up to this many nodes the force-directed layout runs (about half a second at the limit); beyond it, a fast one. */
export const FORCE_LIMIT = 300;

const ROW = 28;
const PADDING = 30;

/**
 * Starting places on a sunflower spiral, in the order the core sent the
 * nodes. The force layout starts from them instead of random places, so the
 * same network is drawn the same way every time (figures can be redrawn).
 */
export function spiralPositions(network: NetworkData): Record<string, Position> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: Record<string, Position> = {};
  network.nodes.forEach((n, i) => {
    const r = 30 * Math.sqrt(i + 0.5);
    out[n.id] = { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
  return out;
}

/**
 * Two columns for a big actor–concept network: concepts on the right by
 * number of ties, actors on the left each placed by the mean row of its
 * concepts, which keeps most edges short and uncrossed. Both columns span
 * the same height; the gap between them grows with it so edges stay apart.
 */
export function bipartitePositions(network: NetworkData): Record<string, Position> {
  const degree = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const e of network.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      degree.set(a, (degree.get(a) ?? 0) + e.weight);
      const list = neighbours.get(a);
      if (list) list.push(b);
      else neighbours.set(a, [b]);
    }
  }
  const byLabel = (a: { label: string }, b: { label: string }) => compareNames(a.label, b.label);
  const concepts = network.nodes
    .filter((n) => n.type !== 'actor')
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || byLabel(a, b));
  const conceptRow = new Map(concepts.map((c, i) => [c.id, i / Math.max(1, concepts.length - 1)]));
  const rowOf = (id: string) => {
    const rows = (neighbours.get(id) ?? []).map((c) => conceptRow.get(c) ?? 0);
    return rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : 1;
  };
  const actors = network.nodes
    .filter((n) => n.type === 'actor')
    .map((n) => ({ node: n, row: rowOf(n.id) }))
    .sort((a, b) => a.row - b.row || byLabel(a.node, b.node))
    .map((a) => a.node);
  const height = Math.max(actors.length, concepts.length, 2) * ROW;
  const gap = Math.max(420, height * 0.5);
  const out: Record<string, Position> = {};
  const place = (column: readonly { id: string }[], x: number) => {
    const step = column.length > 1 ? height / (column.length - 1) : 0;
    column.forEach((n, i) => {
      out[n.id] = { x, y: column.length > 1 ? i * step : height / 2 };
    });
  };
  place(actors, 0);
  place(concepts, gap);
  return out;
}

/** How a network is first drawn: where its nodes start, and the layout (if any) that moves them from there. */
export interface LayoutPlan {
  positions: Record<string, Position>;
  /** Null when the positions are final: the view is then fitted to them without measuring the drawing. */
  layout: LayoutOptions | null;
}

/**
 * The layout for a network: force-directed (cose) from the spiral while it
 * is small enough to settle quickly; for bigger ones positions computed in
 * one pass — two columns for actor–concept, rings by number of ties for
 * the others — so five hundred or five thousand nodes open in a blink and
 * stay usable.
 */
export function planLayout(network: NetworkData): LayoutPlan {
  if (network.nodes.length <= FORCE_LIMIT) {
    return {
      positions: spiralPositions(network),
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        fit: true,
        padding: PADDING,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 60_000,
        nodeOverlap: 10,
        gravity: 0.6,
        numIter: 400,
        // Cooler sooner than the default (0.99): a third of the steps, and the picture hardly differs.
        coolingFactor: 0.97,
        componentSpacing: 60,
      },
    };
  }
  const positions = network.kind === 'actor-concept' ? bipartitePositions(network) : ringPositions(network);
  return { positions, layout: null };
}

/** Distance between neighbouring nodes on a ring, and between rings. */
const RING_STEP = 40;

/**
 * Rings for a big one-mode or link network: the node with most ties in the
 * centre, then rings outward, each holding as many nodes as fit round it,
 * filled by number of ties (most first), ties broken by name.
 */
export function ringPositions(network: NetworkData): Record<string, Position> {
  const degree = new Map<string, number>();
  for (const e of network.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const order = [...network.nodes].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || compareNames(a.label, b.label),
  );
  const out: Record<string, Position> = {};
  let ring = 0;
  let placed = 0;
  while (placed < order.length) {
    const radius = ring * RING_STEP;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / RING_STEP);
    const count = Math.min(capacity, order.length - placed);
    for (let k = 0; k < count; k++) {
      const angle = (2 * Math.PI * k) / count + ring * 0.5;
      out[(order[placed + k] as { id: string }).id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    }
    placed += count;
    ring++;
  }
  return out;
}

/** Room kept around node centres when fitting by positions alone: half the largest node and its label. */
const NODE_MARGIN = 24;

/**
 * The zoom and pan that fit these positions in a box of this size, worked
 * out from the positions alone: asking cytoscape to fit measures every
 * element and label, which costs more than drawing a big network.
 */
export function fitViewport(
  positions: Readonly<Record<string, Position>>,
  box: { width: number; height: number },
  padding = PADDING,
): { zoom: number; pan: Position } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id in positions) {
    const p = positions[id] as Position;
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 === Infinity) return { zoom: 1, pan: { x: box.width / 2, y: box.height / 2 } };
  const w = x2 - x1 + 2 * NODE_MARGIN;
  const h = y2 - y1 + 2 * NODE_MARGIN;
  const zoom = Math.min(2, Math.max(MIN_ZOOM, Math.min((box.width - 2 * padding) / w, (box.height - 2 * padding) / h)));
  return {
    zoom,
    pan: { x: box.width / 2 - ((x1 + x2) / 2) * zoom, y: box.height / 2 - ((y1 + y2) / 2) * zoom },
  };
}
