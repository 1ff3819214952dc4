import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { edgeColor, networkElements } from './network-elements.ts';
import { bipartitePositions, FORCE_LIMIT, networkLayout, spiralPositions } from './network-layout.ts';
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
    expect(networkLayout(small).name).toBe('cose');
    expect(spiralPositions(small)).toEqual(spiralPositions(small));
    expect(new Set(Object.values(spiralPositions(small)).map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('lays out big networks in one pass: two columns for actor–concept, rings for the others', () => {
    const network = big(600);
    expect(network.nodes.length).toBeGreaterThan(FORCE_LIMIT);
    expect(networkLayout(network).name).toBe('preset');
    expect(networkLayout(big(600, 'congruence')).name).toBe('concentric');
  });

  it('puts actors left and concepts right, busiest concepts first, actors beside their concepts', () => {
    const network = big(600);
    const started = performance.now();
    const p = bipartitePositions(network);
    expect(performance.now() - started).toBeLessThan(200);
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
