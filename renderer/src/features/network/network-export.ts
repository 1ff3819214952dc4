import type { Core } from 'cytoscape';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { networkSvg, type SvgNode } from '../../../../shared/network/network-svg.ts';
import { downloadBlob, downloadText } from '../codebook/download-text.ts';

/** Largest side of an exported PNG: bigger canvases fail in browsers. */
const MAX_PNG_SIDE = 8000;

/** The whole network (not only what is in view) as a PNG, at twice screen resolution when it fits. */
export function exportPng(cy: Core, kind: NetworkData['kind']): void {
  const box = cy.elements().boundingBox();
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(1, box.w), MAX_PNG_SIDE / Math.max(1, box.h));
  const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale });
  downloadBlob(`${kind}-network.png`, blob);
}

/** The network as drawn (positions as laid out or dragged) as an SVG file. */
export function exportSvg(cy: Core, kind: NetworkData['kind']): void {
  const nodes: SvgNode[] = cy.nodes().map((n) => ({
    id: n.id(),
    label: String(n.data('label') ?? ''),
    shape: n.data('shape'),
    x: n.position('x'),
    y: n.position('y'),
    width: Number(n.data('width')),
    height: Number(n.data('height')),
    color: String(n.data('color')),
  }));
  const edges = cy.edges().map((e) => ({
    source: e.source().id(),
    target: e.target().id(),
    color: String(e.data('color')),
    width: Number(e.data('width')),
  }));
  const text = networkSvg({ nodes, edges, directed: kind === 'links', title: `${kind} network` });
  downloadText(`${kind}-network.svg`, text, 'image/svg+xml');
}
