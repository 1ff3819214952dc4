import type { Position } from 'cytoscape';
import type { NetworkData, NetworkNode } from '../../../../shared/ipc/results.ts';
import { parallelOffsets } from '../../../../shared/network/edge-geometry.ts';
import type { SvgDrawing, SvgNode } from '../../../../shared/network/network-svg.ts';
import { edgeColor } from './network-elements.ts';
import { edgeWidth, nodeColors, nodeShapes, nodeSizes } from './network-style.ts';

export interface SceneNode extends SvgNode {
  type: NetworkNode['type'];
}

export interface SceneEdge {
  /** Indexes into the scene's nodes. */
  source: number;
  target: number;
  color: string;
  width: number;
  /** Its place among edges joining the same pair (0 alone): they bow apart. */
  offset: number;
}

/**
 * A big network ready to draw on a canvas: nodes with their place, shape,
 * size and colour (mutable places: nodes can be dragged), edges by node
 * index, and each node's neighbours for highlighting.
 */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  directed: boolean;
  neighbours: number[][];
  indexOf: Map<string, number>;
}

/** The scene for a network at the given positions; nodes without one start at the origin. */
export function buildScene(
  network: NetworkData,
  positions: Readonly<Record<string, Position>>,
  linkTypeColors: ReadonlyMap<string, string>,
): Scene {
  const nodes: SceneNode[] = network.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    type: n.type,
    shape: nodeShapes[n.type],
    color: nodeColors[n.type],
    x: positions[n.id]?.x ?? 0,
    y: positions[n.id]?.y ?? 0,
    ...nodeSizes[n.type],
  }));
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = nodes.map(() => []);
  const maxWeight = network.edges.reduce((max, e) => Math.max(max, e.weight), 1);
  const offsets = parallelOffsets(network.edges);
  const edges: SceneEdge[] = [];
  network.edges.forEach((e, i) => {
    const source = indexOf.get(e.source);
    const target = indexOf.get(e.target);
    // The core never sends an edge to a missing node; if one came, it is left out rather than drawn to nowhere.
    if (source === undefined || target === undefined) return;
    neighbours[source]?.push(target);
    neighbours[target]?.push(source);
    edges.push({
      source,
      target,
      color: edgeColor(network.kind, e, linkTypeColors),
      width: edgeWidth(e.weight, maxWeight),
      offset: offsets[i] ?? 0,
    });
  });
  return { nodes, edges, directed: network.kind === 'links', neighbours, indexOf };
}

/**
 * The node under a point (in drawing coordinates), the last in the
 * network's order first (settled layouts do not overlap, so there is one);
 * `slack` widens small targets, so a node a few pixels wide on screen can
 * still be hit. -1 when none.
 */
export function nodeAt(scene: Scene, at: Position, slack = 0): number {
  for (let i = scene.nodes.length - 1; i >= 0; i--) {
    const n = scene.nodes[i] as SceneNode;
    const halfW = n.width / 2 + slack;
    const halfH = n.height / 2 + slack;
    const dx = at.x - n.x;
    const dy = at.y - n.y;
    const inside =
      n.shape === 'ellipse'
        ? (dx * dx) / (halfW * halfW) + (dy * dy) / (halfH * halfH) <= 1
        : Math.abs(dx) <= halfW && Math.abs(dy) <= halfH;
    if (inside) return i;
  }
  return -1;
}

/** The nodes' places, for the fit and the exports. */
export function scenePositions(scene: Scene): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const n of scene.nodes) out[n.id] = { x: n.x, y: n.y };
  return out;
}

/** The scene as the SVG export draws it (positions as they are now, dragged or not). */
export function sceneDrawing(scene: Scene, title: string): SvgDrawing {
  return {
    nodes: scene.nodes.map(({ type: _type, ...node }) => node),
    edges: scene.edges.map((e) => ({
      source: (scene.nodes[e.source] as SceneNode).id,
      target: (scene.nodes[e.target] as SceneNode).id,
      color: e.color,
      width: e.width,
    })),
    directed: scene.directed,
    title,
  };
}
