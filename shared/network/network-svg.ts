import { xml } from '../formats/xml-text.ts';
import { arrowHead, bowPoint, parallelOffsets } from './edge-geometry.ts';
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
  const parallel = parallelOffsets(drawing.edges);
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

function edgeSvg(from: SvgNode, to: SvgNode, e: SvgEdge, offset: number, directed: boolean): string[] {
  const stroke = `stroke="${xml(e.color)}" stroke-width="${num(e.width)}" fill="none"`;
  const bow = bowPoint(from, to, offset);
  const out = [
    bow
      ? `    <path d="M${num(from.x)} ${num(from.y)} Q${num(bow.x)} ${num(bow.y)} ${num(to.x)} ${num(to.y)}" ${stroke}/>`
      : `    <line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x)}" y2="${num(to.y)}" ${stroke}/>`,
  ];
  if (directed) {
    const points = arrowHead(bow ?? from, to, e.width);
    out.push(
      `    <polygon points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="${xml(e.color)}"/>`,
    );
  }
  return out;
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
