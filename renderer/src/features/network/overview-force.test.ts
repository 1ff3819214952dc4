import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { ringPositions } from './network-layout.ts';
import { forceLayout } from './overview-force.ts';
import { buildScene, type Scene } from './overview-scene.ts';

/** Two groups of 40 actors, each group agreeing among itself, and no tie between the groups. */
function twoCamps(): NetworkData {
  const nodes: NetworkData['nodes'] = [];
  const edges: NetworkData['edges'] = [];
  for (const camp of ['a', 'b']) {
    for (let i = 0; i < 40; i++) {
      nodes.push({ id: `${camp}${i}`, label: `${camp} ${i}`, type: 'actor' });
      // A ring with chords inside each camp.
      for (const j of [i + 1, i + 7]) {
        edges.push({
          source: `${camp}${i}`,
          target: `${camp}${j % 40}`,
          weight: 1,
          firstDate: null,
          lastDate: null,
        });
      }
    }
  }
  return { kind: 'congruence', nodes, edges };
}

function settle(scene: Scene): void {
  const layout = forceLayout(scene);
  for (let i = 0; i < 1_000 && layout.step(1_000); i++);
}

const distance = (scene: Scene, a: string, b: string) => {
  const p = scene.nodes[scene.indexOf.get(a) ?? -1];
  const q = scene.nodes[scene.indexOf.get(b) ?? -1];
  return Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0));
};

describe('force layout of big networks', () => {
  it('settles, drawing tied actors together and the two camps apart', () => {
    const network = twoCamps();
    const scene = buildScene(network, ringPositions(network), new Map());
    settle(scene);
    const within = distance(scene, 'a0', 'a1') + distance(scene, 'b0', 'b1');
    const across = distance(scene, 'a0', 'b0') + distance(scene, 'a1', 'b1');
    expect(within).toBeLessThan(across / 2);
    expect(scene.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('settles the same network the same way every time', () => {
    const network = twoCamps();
    const once = buildScene(network, ringPositions(network), new Map());
    const again = buildScene(network, ringPositions(network), new Map());
    settle(once);
    settle(again);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(once.nodes.map((n) => [n.x, n.y]));
  });

  it('keeps a dragged node where it was put', () => {
    const network = twoCamps();
    const scene = buildScene(network, ringPositions(network), new Map());
    const layout = forceLayout(scene);
    layout.pin(0, 5_000, -5_000);
    for (let i = 0; i < 1_000 && layout.step(1_000); i++);
    expect(scene.nodes[0]).toMatchObject({ x: 5_000, y: -5_000 });
  });
});
