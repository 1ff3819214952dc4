import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Scene, SceneNode } from './overview-scene.ts';

type ForceNode = SceneNode & SimulationNodeDatum;

/**
 * A force-directed layout for a big network, run a slice at a time so the
 * view stays responsive and shows it settle: actors who share concepts
 * (or agree, or are linked) draw together, the rest spread apart. It
 * starts from the one-pass layout and d3-force's own seeded randomness,
 * so the same network settles the same way every time.
 */
export interface ForceLayout {
  /** Runs steps for about `budgetMs`; true while the layout is still moving. */
  step(budgetMs: number): boolean;
  /** Holds a node where it was put (dragged); it stays there. */
  pin(index: number, x: number, y: number): void;
}

/** Repulsion between nodes, and the length links pull towards (drawing units; an actor is 26 wide). */
const CHARGE = -70;
const LINK_DISTANCE = 45;
/** A weak pull to the middle keeps unconnected parts from drifting away. */
const GRAVITY = 0.05;
const ALPHA_DECAY = 0.035;

export function forceLayout(scene: Scene): ForceLayout {
  const nodes = scene.nodes as ForceNode[];
  let cx = 0;
  let cy = 0;
  for (const n of nodes) {
    cx += n.x / nodes.length;
    cy += n.y / nodes.length;
  }
  const simulation = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(CHARGE).theta(0.9))
    // By index: the scene's edges hold node indexes.
    .force('link', forceLink(scene.edges.map((e) => ({ source: e.source, target: e.target }))).distance(LINK_DISTANCE))
    // Nodes do not overlap once settled, so each can be seen and clicked.
    .force(
      'collide',
      forceCollide<ForceNode>((n) => Math.max(n.width, n.height) / 2 + 2),
    )
    .force('x', forceX(cx).strength(GRAVITY))
    .force('y', forceY(cy).strength(GRAVITY))
    // About 200 steps instead of d3's 300: the picture hardly differs and settles a third sooner.
    .alphaDecay(ALPHA_DECAY)
    // Driven by step(), not by d3's own timer.
    .stop();
  const moving = () => simulation.alpha() > simulation.alphaMin();
  return {
    step(budgetMs) {
      const started = performance.now();
      while (moving() && performance.now() - started < budgetMs) simulation.tick();
      return moving();
    },
    pin(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      node.x = node.fx = x;
      node.y = node.fy = y;
    },
  };
}
