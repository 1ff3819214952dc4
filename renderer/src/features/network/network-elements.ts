import type { ElementDefinition, Position } from 'cytoscape';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import {
  edgeWidth,
  fallbackEdgeColor,
  nodeColors,
  nodeShapes,
  nodeSizes,
  oneModeColors,
  stanceColors,
} from './network-style.ts';

type Edge = NetworkData['edges'][number];

/** An edge's colour: its stance's, its link type's, or agreement/conflict for the one-mode networks. */
export function edgeColor(kind: NetworkData['kind'], edge: Edge, linkTypeColors: ReadonlyMap<string, string>): string {
  if (kind === 'links') return (edge.linkType && linkTypeColors.get(edge.linkType)) || fallbackEdgeColor;
  if (kind === 'congruence' || kind === 'conflict') return oneModeColors[kind];
  return (edge.stance && (stanceColors as Record<string, string | undefined>)[edge.stance]) || fallbackEdgeColor;
}

/** Edge ids cannot clash with node ids: project ids never contain a colon. */
export function edgeId(index: number): string {
  return `edge:${index}`;
}

/**
 * The network as cytoscape elements, with everything the stylesheet needs
 * (shape, size, colour, width) worked out here once, so the stylesheet only
 * reads data and the SVG export can draw the same picture.
 * `linkTypeColors` maps a link type's name (what edges carry) to its colour;
 * `positions` places nodes where a layout starts or ends.
 */
export function networkElements(
  network: NetworkData,
  linkTypeColors: ReadonlyMap<string, string>,
  positions: Readonly<Record<string, Position>> = {},
): ElementDefinition[] {
  const maxWeight = network.edges.reduce((max, e) => Math.max(max, e.weight), 1);
  const nodes: ElementDefinition[] = network.nodes.map((n) => ({
    group: 'nodes',
    position: positions[n.id],
    data: {
      id: n.id,
      label: n.label,
      type: n.type,
      shape: nodeShapes[n.type],
      color: nodeColors[n.type],
      ...nodeSizes[n.type],
    },
  }));
  const edges: ElementDefinition[] = network.edges.map((e, i) => ({
    group: 'edges',
    data: {
      id: edgeId(i),
      source: e.source,
      target: e.target,
      weight: e.weight,
      color: edgeColor(network.kind, e, linkTypeColors),
      width: edgeWidth(e.weight, maxWeight),
    },
  }));
  return [...nodes, ...edges];
}
