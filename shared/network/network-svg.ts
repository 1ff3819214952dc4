import { xml } from '../formats/xml-text.ts';
/** A node as drawn: its centre, size, shape and colour (from the view's layout and style). */
export interface SvgNode {
  id: string;
  label: string;
  shape: 'ellipse' | 'round-rectangle' | 'rectangle';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface SvgEdge {
  source: string;
  target: string;
  color: string;
  width: number;
}

export interface SvgDrawing {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  /** Arrowheads at the target end (the link graph). */
  directed?: boolean;
  title?: string;
}

const FONT_SIZE = 11;
const LABEL_GAP = 4;
const MARGIN = 24;
const MAX_LABEL = 60;
/** How far apart parallel edges (one per stance between the same pair) bow out. */
const PARALLEL_SPREAD = 14;

/**
 * The network as a standalone SVG 1.1 file, from the positions the view's
 * layout gave the nodes: edges first (under the nodes), each a straight line
 * or, when several join the same pair, a curve bowed to its own side; then
 * nodes with their labels below. Labels are XML-escaped text, so names that
 * contain markup stay text, and characters XML forbids are dropped.
 */
export function networkSvg(drawing: SvgDrawing): string {
  const byId = new Map(drawing.nodes.map((n) => [n.id, n]));
  const box = bounds(drawing.nodes);
  const width = Math.ceil(box.x2 - box.x1 + 2 * MARGIN);
  const height = Math.ceil(box.y2 - box.y1 + 2 * MARGIN);
  const dx = MARGIN - box.x1;
  const dy = MARGIN - box.y1;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  ];
  if (drawing.title) lines.push(`  <title>${xml(drawing.title)}</title>`);
  lines.push(`  <rect width="${width}" height="${height}" fill="#ffffff"/>`);
  lines.push(`  <g transform="translate(${num(dx)} ${num(dy)})">`);
  const parallel = parallelIndex(drawing.edges);
  drawing.edges.forEach((e, i) => {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (from && to) lines.push(...edgeSvg(from, to, e, parallel[i] ?? 0, drawing.directed ?? false));
  });
  for (const n of drawing.nodes) lines.push(nodeSvg(n), labelSvg(n));
  lines.push('  </g>', '</svg>', '');
  return lines.join('\n');
}

function bounds(nodes: readonly SvgNode[]): { x1: number; y1: number; x2: number; y2: number } {
  if (nodes.length === 0) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    // A label is centred under its node; its width is estimated (no fonts to measure in a pure module).
    const half = Math.max(n.width, labelText(n.label).length * FONT_SIZE * 0.6) / 2;
    x1 = Math.min(x1, n.x - half);
    x2 = Math.max(x2, n.x + half);
    y1 = Math.min(y1, n.y - n.height / 2);
    y2 = Math.max(y2, n.y + n.height / 2 + LABEL_GAP + FONT_SIZE * 1.3);
  }
  return { x1, y1, x2, y2 };
}

/** For each edge, its offset among the edges joining the same two nodes: 0 alone, else spread around 0. */
function parallelIndex(edges: readonly SvgEdge[]): number[] {
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const key = [e.source, e.target].sort().join('\u0000');
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

function edgeSvg(from: SvgNode, to: SvgNode, e: SvgEdge, offset: number, directed: boolean): string[] {
  const stroke = `stroke="${xml(e.color)}" stroke-width="${num(e.width)}" fill="none"`;
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // The normal is taken for the pair in a fixed order, so A→B and B→A bow to opposite sides.
  const flip = from.id < to.id ? 1 : -1;
  const nx = (-(to.y - from.y) / length) * flip;
  const ny = ((to.x - from.x) / length) * flip;
  const cx = (from.x + to.x) / 2 + nx * offset * PARALLEL_SPREAD * 2;
  const cy = (from.y + to.y) / 2 + ny * offset * PARALLEL_SPREAD * 2;
  const out: string[] = [];
  if (offset === 0) {
    out.push(`    <line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x)}" y2="${num(to.y)}" ${stroke}/>`);
  } else {
    out.push(
      `    <path d="M${num(from.x)} ${num(from.y)} Q${num(cx)} ${num(cy)} ${num(to.x)} ${num(to.y)}" ${stroke}/>`,
    );
  }
  if (directed) out.push(arrowSvg(offset === 0 ? from : { x: cx, y: cy }, to, e));
  return out;
}

/** An arrowhead touching the target's outline, pointing along the edge's last stretch. */
function arrowSvg(towards: { x: number; y: number }, to: SvgNode, e: SvgEdge): string {
  const length = Math.hypot(to.x - towards.x, to.y - towards.y) || 1;
  const ux = (to.x - towards.x) / length;
  const uy = (to.y - towards.y) / length;
  const reach = Math.min(to.width, to.height) / 2;
  const tipX = to.x - ux * reach;
  const tipY = to.y - uy * reach;
  const size = 6 + e.width;
  const baseX = tipX - ux * size;
  const baseY = tipY - uy * size;
  const points = [
    [tipX, tipY],
    [baseX - uy * size * 0.5, baseY + ux * size * 0.5],
    [baseX + uy * size * 0.5, baseY - ux * size * 0.5],
  ];
  return `    <polygon points="${points.map(([x, y]) => `${num(x as number)},${num(y as number)}`).join(' ')}" fill="${xml(e.color)}"/>`;
}

function nodeSvg(n: SvgNode): string {
  const fill = `fill="${xml(n.color)}" stroke="#ffffff" stroke-width="1.5"`;
  if (n.shape === 'ellipse') {
    return `    <ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(n.width / 2)}" ry="${num(n.height / 2)}" ${fill}/>`;
  }
  const radius = n.shape === 'round-rectangle' ? ` rx="${num(Math.min(n.width, n.height) / 4)}"` : '';
  return `    <rect x="${num(n.x - n.width / 2)}" y="${num(n.y - n.height / 2)}" width="${num(n.width)}" height="${num(n.height)}"${radius} ${fill}/>`;
}

function labelSvg(n: SvgNode): string {
  const y = n.y + n.height / 2 + LABEL_GAP + FONT_SIZE;
  return `    <text x="${num(n.x)}" y="${num(y)}" text-anchor="middle" font-family="sans-serif" font-size="${FONT_SIZE}" fill="#1f2328">${xml(labelText(n.label))}</text>`;
}

function labelText(label: string): string {
  const chars = [...label.replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : chars.join('');
}

/** Coordinates to two decimals: enough for a drawing, and the file stays small. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
