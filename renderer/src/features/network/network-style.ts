import type { StylesheetJson } from 'cytoscape';
import type { NetworkNode } from '../../../../shared/ipc/results.ts';
import type { Stance } from '../../../../shared/model/annotation.ts';
import type { SvgNode } from '../../../../shared/network/network-svg.ts';

/** Edge colours by stance: the colours people already read as for and against. */
export const stanceColors: Record<Stance, string> = {
  supports: '#2e7d32',
  opposes: '#c62828',
  neutral: '#8a8f98',
  unclear: '#d08a00',
};

/** One-mode networks have no stance on their edges: agreement is drawn green, conflict red. */
export const oneModeColors = { congruence: stanceColors.supports, conflict: stanceColors.opposes };

/** An edge whose colour is unknown (a link type deleted since). */
export const fallbackEdgeColor = '#8a8f98';

export const nodeColors: Record<NetworkNode['type'], string> = {
  actor: '#2d5fa8',
  concept: '#b4541a',
  statement: '#6b4fa0',
};

/** Shapes tell the kinds apart without colour: circles for actors, rounded boxes for concepts, squares for statements. */
export const nodeShapes: Record<NetworkNode['type'], SvgNode['shape']> = {
  actor: 'ellipse',
  concept: 'round-rectangle',
  statement: 'rectangle',
};

export const nodeSizes: Record<NetworkNode['type'], { width: number; height: number }> = {
  actor: { width: 26, height: 26 },
  concept: { width: 34, height: 20 },
  statement: { width: 12, height: 12 },
};

const MIN_WIDTH = 1.2;
const MAX_WIDTH = 9;

/** Edge width by weight, on a square-root scale so one heavy tie does not drown the rest. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 1) return 2;
  const share = Math.sqrt(Math.max(0, weight - 1) / (maxWeight - 1));
  return Math.round((MIN_WIDTH + share * (MAX_WIDTH - MIN_WIDTH)) * 10) / 10;
}

/**
 * The cytoscape stylesheet (small networks; big ones are drawn by the
 * overview canvas). Labels are drawn by cytoscape on the canvas as plain
 * text, so a name with markup in it shows its angle brackets.
 */
export function networkStylesheet(directed: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: 'data(shape)' as 'ellipse',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': 'data(color)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '180px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': '#1f2328', 'z-index': 10 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': directed ? 'triangle' : 'none',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.75,
      },
    },
    {
      selector: 'edge.faded, node.faded',
      style: { opacity: 0.15 },
    },
  ];
}
