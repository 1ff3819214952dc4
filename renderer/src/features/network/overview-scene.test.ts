import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { buildScene, nodeAt, sceneDrawing } from './overview-scene.ts';
import { stanceColors } from './network-style.ts';
import { centreOn, toDrawing, zoomAt } from './overview-view.ts';

const network: NetworkData = {
  kind: 'actor-concept',
  nodes: [
    { id: 'tokayev', label: 'Токаев', type: 'actor' },
    { id: 'analyst', label: '<b>Analyst</b>', type: 'actor' },
    { id: 'sco', label: 'SCO', type: 'concept' },
  ],
  edges: [
    { source: 'tokayev', target: 'sco', weight: 3, stance: 'supports', firstDate: null, lastDate: null },
    { source: 'tokayev', target: 'sco', weight: 1, stance: 'opposes', firstDate: null, lastDate: null },
    { source: 'analyst', target: 'gone', weight: 1, stance: 'opposes', firstDate: null, lastDate: null },
  ],
};
const positions = { tokayev: { x: 0, y: 0 }, analyst: { x: 0, y: 100 }, sco: { x: 300, y: 0 } };

describe('overview scene', () => {
  it('places nodes, colours and widens edges, bows parallel ones apart, and knows each node’s neighbours', () => {
    const scene = buildScene(network, positions, new Map());
    expect(scene.nodes.map((n) => [n.id, n.x, n.y, n.shape])).toEqual([
      ['tokayev', 0, 0, 'ellipse'],
      ['analyst', 0, 100, 'ellipse'],
      ['sco', 300, 0, 'round-rectangle'],
    ]);
    // The edge to a node that is not in the network is left out, not drawn to nowhere.
    expect(scene.edges).toHaveLength(2);
    expect(scene.edges.map((e) => e.color)).toEqual([stanceColors.supports, stanceColors.opposes]);
    expect(scene.edges[0]?.width).toBeGreaterThan(scene.edges[1]?.width ?? 0);
    expect(scene.edges.map((e) => e.offset)).toEqual([-0.5, 0.5]);
    expect(scene.neighbours[0]).toEqual([2, 2]);
    expect(scene.neighbours[1]).toEqual([]);
  });

  it('finds the node under a point, with slack for tiny ones, and none on the background', () => {
    const scene = buildScene(network, positions, new Map());
    expect(nodeAt(scene, { x: 5, y: 5 })).toBe(0);
    expect(nodeAt(scene, { x: 0, y: 100 })).toBe(1);
    // Actors are circles of 26: (12, 12) is outside the circle, inside with slack.
    expect(nodeAt(scene, { x: 12, y: 12 })).toBe(-1);
    expect(nodeAt(scene, { x: 12, y: 12 }, 8)).toBe(0);
    // Concepts are boxes of 34 × 20.
    expect(nodeAt(scene, { x: 316, y: 9 })).toBe(2);
    expect(nodeAt(scene, { x: 150, y: 50 })).toBe(-1);
  });

  it('exports what is drawn, with dragged positions, names kept as text', () => {
    const scene = buildScene(network, positions, new Map());
    const tokayev = scene.nodes[0];
    if (tokayev) tokayev.x = 40;
    const drawing = sceneDrawing(scene, 'actor-concept network');
    expect(drawing.nodes[0]).toMatchObject({ id: 'tokayev', x: 40 });
    expect(drawing.nodes[1]?.label).toBe('<b>Analyst</b>');
    expect(drawing.edges).toEqual([
      { source: 'tokayev', target: 'sco', color: stanceColors.supports, width: expect.any(Number) },
      { source: 'tokayev', target: 'sco', color: stanceColors.opposes, width: expect.any(Number) },
    ]);
  });
});

describe('overview view', () => {
  const view = { zoom: 2, pan: { x: 100, y: 50 } };

  it('maps screen points to the drawing and zooms towards the pointer', () => {
    expect(toDrawing(view, { x: 300, y: 250 })).toEqual({ x: 100, y: 100 });
    const zoomed = zoomAt(view, { x: 300, y: 250 }, 1.5);
    expect(zoomed.zoom).toBe(3);
    expect(toDrawing(zoomed, { x: 300, y: 250 })).toEqual({ x: 100, y: 100 });
    expect(zoomAt(view, { x: 0, y: 0 }, 1_000).zoom).toBe(5);
  });

  it('centres a point at the same zoom', () => {
    const moved = centreOn(view, { x: 1_000, y: 0 }, { width: 800, height: 600 });
    expect(moved.zoom).toBe(2);
    expect(toDrawing(moved, { x: 400, y: 300 })).toEqual({ x: 1_000, y: 0 });
  });
});
