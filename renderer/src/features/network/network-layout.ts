import type { LayoutOptions, Position } from 'cytoscape';
import type { NetworkData } from '../../../../shared/ipc/results.ts';

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
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'ru');
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

/**
 * The layout for a network: force-directed (cose) while it is small enough
 * to settle quickly; for bigger ones a layout computed in one pass — two
 * columns for actor–concept, rings by number of ties for the others — so
 * five hundred or five thousand nodes open in a blink and stay usable.
 */
export function networkLayout(network: NetworkData): LayoutOptions {
  if (network.nodes.length <= FORCE_LIMIT) {
    return {
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
    };
  }
  if (network.kind === 'actor-concept') {
    const positions = bipartitePositions(network);
    return { name: 'preset', positions, fit: true, padding: PADDING };
  }
  return {
    name: 'concentric',
    animate: false,
    fit: true,
    padding: PADDING,
    avoidOverlap: true,
    minNodeSpacing: 6,
    concentric: (node) => node.degree(false),
    levelWidth: (nodes) => Math.max(1, nodes.maxDegree(false) / 6),
  };
}
