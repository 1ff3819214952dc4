import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { edgeColor, networkElements } from './network-elements.ts';
import {
  bipartitePositions,
  FORCE_LIMIT,
  fitViewport,
  planLayout,
  ringPositions,
  spiralPositions,
} from './network-layout.ts';
import { edgeWidth, stanceColors } from './network-style.ts';

const small: NetworkData = {
  kind: 'actor-concept',
  nodes: [
    { id: 'tokayev', label: 'Токаев', type: 'actor' },
    { id: 'analyst', label: '<b>Analyst</b>', type: 'actor' },
    { id: 'sco', label: 'SCO', type: 'concept' },
    { id: 'borders', label: 'Borders', type: 'concept' },
  ],
  edges: [
    { source: 'tokayev', target: 'sco', weight: 3, stance: 'supports', firstDate: null, lastDate: null },
    { source: 'analyst', target: 'sco', weight: 1, stance: 'opposes', firstDate: null, lastDate: null },
    { source: 'analyst', target: 'borders', weight: 1, stance: 'unclear', firstDate: null, lastDate: null },
  ],
};

/** A big actor–concept network: actor i speaks on concept i mod 50. */
function big(actors: number, kind: NetworkData['kind'] = 'actor-concept'): NetworkData {
  const nodes: NetworkData['nodes'] = [];
  const edges: NetworkData['edges'] = [];
  for (let c = 0; c < 50; c++) nodes.push({ id: `c${c}`, label: `Concept ${c}`, type: 'concept' });
  for (let a = 0; a < actors; a++) {
    nodes.push({ id: `a${a}`, label: `Actor ${a}`, type: 'actor' });
    edges.push({
      source: `a${a}`,
      target: `c${a % 50}`,
      weight: 1,
      stance: 'supports',
      firstDate: null,
      lastDate: null,
    });
  }
  return { kind, nodes, edges };
}

describe('network layout', () => {
  it('lays out small networks by force from the same start every time', () => {
    expect(planLayout(small).layout?.name).toBe('cose');
    expect(planLayout(small).positions).toEqual(spiralPositions(small));
    expect(spiralPositions(small)).toEqual(spiralPositions(small));
    expect(new Set(Object.values(spiralPositions(small)).map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('lays out big networks in one pass: two columns for actor–concept, rings for the others', () => {
    const network = big(600);
    expect(network.nodes.length).toBeGreaterThan(FORCE_LIMIT);
    const plan = planLayout(network);
    expect(plan.layout).toBeNull();
    expect(plan.positions).toEqual(bipartitePositions(network));
    const rings = planLayout(big(600, 'congruence'));
    expect(rings.layout).toBeNull();
    expect(rings.positions).toEqual(ringPositions(big(600, 'congruence')));
  });

  it('puts actors left and concepts right, busiest concepts first, actors beside their concepts', () => {
    const network = big(600);
    const p = bipartitePositions(network);
    expect(Object.keys(p)).toHaveLength(650);
    expect(p.a0?.x).toBe(0);
    expect(p.c0?.x).toBeGreaterThan(400);
    // Concepts 0–49 have 12 actors each: ties broken by label, so Concept 0 is on top.
    expect(p.c0?.y).toBe(0);
    // Actor 0 speaks on Concept 0 (the top row): it is among the first actors.
    expect(p.a0?.y).toBeLessThan(p.a1?.y ?? 0);
    expect(p.a50?.y).toBeLessThan(p.a1?.y ?? 0);
  });
});

describe('rings', () => {
  it('puts the node with most ties in the centre and the rest on rings outward, without two in one place', () => {
    const network = big(600, 'congruence');
    const p = ringPositions(network);
    expect(Object.keys(p)).toHaveLength(650);
    // Concepts have 12 ties each, actors one: Concept 0 (first by name) is in the centre.
    expect(p.c0).toEqual({ x: 0, y: 0 });
    const radius = (id: string) => Math.hypot(p[id]?.x ?? 0, p[id]?.y ?? 0);
    expect(radius('c49')).toBeLessThanOrEqual(radius('a0'));
    expect(radius('c49')).toBeLessThan(radius('a599'));
    expect(new Set(Object.values(p).map((q) => `${q.x.toFixed(3)},${q.y.toFixed(3)}`)).size).toBe(650);
  });
});

describe('fitting the view to positions', () => {
  it('centres the positions and scales them into the box with room for nodes and the padding', () => {
    const { zoom, pan } = fitViewport(
      { a: { x: 0, y: 0 }, b: { x: 1_000, y: 4_000 } },
      { width: 800, height: 600 },
      30,
    );
    // The height decides: (600 − 60) / (4,000 + 48).
    expect(zoom).toBeCloseTo(540 / 4_048, 6);
    const onScreen = (x: number, y: number) => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });
    expect(onScreen(500, 2_000)).toEqual({ x: 400, y: 300 });
    expect(onScreen(0, 0).y).toBeGreaterThan(30);
    expect(onScreen(1_000, 4_000).y).toBeLessThan(570);
  });

  it('does not blow up one node or an empty network', () => {
    expect(fitViewport({ a: { x: 5, y: 5 } }, { width: 800, height: 600 }).zoom).toBe(2);
    expect(fitViewport({}, { width: 800, height: 600 })).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
  });
});

describe('network elements', () => {
  it('colours edges by stance, by link type, or by agreement and conflict', () => {
    const edge = small.edges[0]!;
    expect(edgeColor('actor-concept', edge, new Map())).toBe(stanceColors.supports);
    expect(edgeColor('conflict', { ...edge, stance: undefined }, new Map())).toBe(stanceColors.opposes);
    expect(
      edgeColor('links', { ...edge, stance: undefined, linkType: 'Echoes' }, new Map([['Echoes', '#123456']])),
    ).toBe('#123456');
  });

  it('widens edges with their weight, the heaviest widest', () => {
    expect(edgeWidth(1, 1)).toBe(2);
    expect(edgeWidth(1, 9)).toBeLessThan(edgeWidth(3, 9));
    expect(edgeWidth(9, 9)).toBe(9);
  });

  it('keeps labels as given (cytoscape draws them as text) and gives edges ids apart from nodes', () => {
    const elements = networkElements(small, new Map());
    expect(elements.find((e) => e.data.id === 'analyst')?.data).toMatchObject({
      label: '<b>Analyst</b>',
      shape: 'ellipse',
    });
    expect(elements.find((e) => e.data.id === 'sco')?.data.shape).toBe('round-rectangle');
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data.id)).toEqual(['edge:0', 'edge:1', 'edge:2']);
  });
});
