import type { Position } from 'cytoscape';
import { arrowHead, bowPoint } from '../../../../shared/network/edge-geometry.ts';
import type { Scene, SceneNode } from './overview-scene.ts';

/** Where the drawing sits on screen: screen = drawing × zoom + pan (CSS pixels). */
export interface View {
  zoom: number;
  pan: Position;
}

export interface DrawOptions {
  /** The canvas's size in CSS pixels. */
  width: number;
  height: number;
  pixelRatio: number;
  /** Index of the selected node, or -1. */
  selected: number;
  /** Draw everything, not only what is in view, on this background (the PNG export). */
  all?: boolean;
  background?: string;
  /** How much bigger than on screen labels may grow (the PNG export draws at up to twice the size). */
  labelScale?: number;
}

const FONT = 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif';
const FONT_SIZE = 11;
/** Labels appear once they would be at least this many pixels high, as in the small-network view. */
const MIN_LABEL_PX = 7;
const MAX_LABEL = 40;
/** Labels grow with the zoom up to this size: further in, the nodes grow and the names stay readable beside them. */
const MAX_LABEL_PX = 16;
/** However far out one zooms, a node stays a few pixels wide and an edge a hairline: the overview keeps its shape. */
const MIN_NODE_PX = 3;
const MIN_EDGE_PX = 0.6;
const EDGE_ALPHA = 0.55;
const FADED_ALPHA = 0.12;

/**
 * Draws a big network on a 2D canvas: edges batched by colour and width
 * (one stroke each), arrowheads for the link graph, nodes batched by
 * colour and shape, then labels in screen space when they are readable.
 * Elements wholly out of view are skipped. With a node selected, what is
 * not tied to it fades.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, options: DrawOptions): void {
  const { zoom, pan } = view;
  const ratio = options.pixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  const visible = options.all
    ? null
    : { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (options.width - pan.x) / zoom, y2: (options.height - pan.y) / zoom };
  const near = nearSet(scene, options.selected);
  drawEdges(ctx, scene, zoom, visible, options.selected);
  drawNodes(ctx, scene, zoom, visible, near, options.selected);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawLabels(ctx, scene, view, visible, near, options.selected, options.labelScale ?? 1);
}

type Box = { x1: number; y1: number; x2: number; y2: number } | null;

/** The selected node and its neighbours (null when nothing is selected: nothing fades). */
function nearSet(scene: Scene, selected: number): Set<number> | null {
  if (selected < 0) return null;
  return new Set([selected, ...(scene.neighbours[selected] ?? [])]);
}

function inBox(box: Box, x1: number, y1: number, x2: number, y2: number): boolean {
  return !box || (x2 >= box.x1 && x1 <= box.x2 && y2 >= box.y1 && y1 <= box.y2);
}

/** Edges of the selected node stay bright; the rest fade. */
function drawEdges(ctx: CanvasRenderingContext2D, scene: Scene, zoom: number, visible: Box, selected: number) {
  const batches = new Map<string, number[]>();
  scene.edges.forEach((e, i) => {
    const a = scene.nodes[e.source] as SceneNode;
    const b = scene.nodes[e.target] as SceneNode;
    const bow = bowPoint(a, b, e.offset);
    const xs = [a.x, b.x, bow?.x ?? a.x];
    const ys = [a.y, b.y, bow?.y ?? a.y];
    if (!inBox(visible, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys))) return;
    const faded = selected >= 0 && e.source !== selected && e.target !== selected;
    const key = `${e.color}|${e.width}|${faded ? 1 : 0}`;
    const batch = batches.get(key);
    if (batch) batch.push(i);
    else batches.set(key, [i]);
  });
  ctx.lineCap = 'round';
  for (const [key, members] of batches) {
    const [color, width, faded] = key.split('|');
    ctx.globalAlpha = faded === '1' ? FADED_ALPHA : EDGE_ALPHA;
    ctx.strokeStyle = color as string;
    ctx.fillStyle = color as string;
    ctx.lineWidth = Math.max(Number(width), MIN_EDGE_PX / zoom);
    ctx.beginPath();
    for (const i of members) {
      const e = scene.edges[i] as Scene['edges'][number];
      const a = scene.nodes[e.source] as SceneNode;
      const b = scene.nodes[e.target] as SceneNode;
      const bow = bowPoint(a, b, e.offset);
      ctx.moveTo(a.x, a.y);
      if (bow) ctx.quadraticCurveTo(bow.x, bow.y, b.x, b.y);
      else ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
    // Arrowheads only once they are big enough to see.
    if (scene.directed && (6 + Number(width)) * zoom >= 3) {
      ctx.beginPath();
      for (const i of members) {
        const e = scene.edges[i] as Scene['edges'][number];
        const a = scene.nodes[e.source] as SceneNode;
        const b = scene.nodes[e.target] as SceneNode;
        const [tip, left, right] = arrowHead(bowPoint(a, b, e.offset) ?? a, b, e.width);
        ctx.moveTo(tip.x, tip.y);
        ctx.lineTo(left.x, left.y);
        ctx.lineTo(right.x, right.y);
        ctx.closePath();
      }
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  zoom: number,
  visible: Box,
  near: Set<number> | null,
  selected: number,
) {
  const batches = new Map<string, number[]>();
  scene.nodes.forEach((n, i) => {
    if (!inBox(visible, n.x - n.width, n.y - n.height, n.x + n.width, n.y + n.height)) return;
    const key = `${n.color}|${n.shape}|${near && !near.has(i) ? 1 : 0}`;
    const batch = batches.get(key);
    if (batch) batch.push(i);
    else batches.set(key, [i]);
  });
  for (const [key, members] of batches) {
    const [color, , faded] = key.split('|');
    ctx.globalAlpha = faded === '1' ? FADED_ALPHA * 2 : 1;
    ctx.fillStyle = color as string;
    ctx.beginPath();
    for (const i of members) nodePath(ctx, scene.nodes[i] as SceneNode, zoom);
    ctx.fill();
    // A white rim keeps touching nodes apart once they are big enough to show one.
    if (FONT_SIZE * zoom >= MIN_LABEL_PX) {
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  const chosen = scene.nodes[selected];
  if (chosen) {
    ctx.beginPath();
    nodePath(ctx, chosen, zoom);
    ctx.strokeStyle = '#1f2328';
    // Three pixels on screen at any zoom.
    ctx.lineWidth = 3 / zoom;
    ctx.stroke();
  }
}

/** Adds a node's outline to the current path, scaled up when it would be too small to see or hit. */
function nodePath(ctx: CanvasRenderingContext2D, n: SceneNode, zoom: number): void {
  const grow = Math.max(1, MIN_NODE_PX / (Math.min(n.width, n.height) * zoom));
  const w = n.width * grow;
  const h = n.height * grow;
  if (n.shape === 'ellipse') {
    ctx.moveTo(n.x + w / 2, n.y);
    ctx.ellipse(n.x, n.y, w / 2, h / 2, 0, 0, 2 * Math.PI);
  } else if (n.shape === 'round-rectangle') {
    ctx.roundRect(n.x - w / 2, n.y - h / 2, w, h, Math.min(w, h) / 4);
  } else {
    ctx.rect(n.x - w / 2, n.y - h / 2, w, h);
  }
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: View,
  visible: Box,
  near: Set<number> | null,
  selected: number,
  labelScale: number,
) {
  const size = FONT_SIZE * view.zoom;
  const readable = size >= MIN_LABEL_PX;
  const shown = readable ? scene.nodes.map((_, i) => i) : selected >= 0 ? [selected] : [];
  ctx.font = `${Math.min(Math.max(size, FONT_SIZE), MAX_LABEL_PX * labelScale)}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#1f2328';
  for (const i of shown) {
    const n = scene.nodes[i] as SceneNode;
    if (!inBox(visible, n.x - n.width, n.y, n.x + n.width, n.y + n.height)) continue;
    ctx.globalAlpha = near && !near.has(i) ? FADED_ALPHA * 2 : 1;
    const x = n.x * view.zoom + view.pan.x;
    const y = (n.y + n.height / 2) * view.zoom + view.pan.y + 4;
    const text = shortLabel(n.label);
    // Drawn as text on the canvas: a name with markup shows its angle brackets, nothing is parsed.
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
  ctx.globalAlpha = 1;
}

function shortLabel(label: string): string {
  const chars = [...label.replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : chars.join('');
}
