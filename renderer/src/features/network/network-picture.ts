import type { Core } from 'cytoscape';
import type { SvgDrawing, SvgNode } from '../../../../shared/network/network-svg.ts';

/**
 * What the exports need from whichever view draws the network (cytoscape
 * for small networks, the overview canvas for big ones): the whole picture
 * as a PNG, and the drawing (positions as laid out or dragged) for SVG.
 */
export interface NetworkPicture {
  png(): Promise<Blob>;
  drawing(title: string): SvgDrawing;
}

/** Largest side of an exported PNG: bigger canvases fail in browsers. */
export const MAX_PNG_SIDE = 8000;

/** The scale of a PNG of a drawing this big: twice screen resolution when it fits. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_PNG_SIDE / Math.max(1, width), MAX_PNG_SIDE / Math.max(1, height));
}

/** The picture of a network drawn by cytoscape. */
export function cytoscapePicture(cy: Core, directed: boolean): NetworkPicture {
  return {
    png: async () => {
      const box = cy.elements().boundingBox();
      return cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: pngScale(box.w, box.h) });
    },
    drawing: (title) => ({
      nodes: cy.nodes().map(
        (n): SvgNode => ({
          id: n.id(),
          label: String(n.data('label') ?? ''),
          shape: n.data('shape'),
          x: n.position('x'),
          y: n.position('y'),
          width: Number(n.data('width')),
          height: Number(n.data('height')),
          color: String(n.data('color')),
        }),
      ),
      edges: cy.edges().map((e) => ({
        source: e.source().id(),
        target: e.target().id(),
        color: String(e.data('color')),
        width: Number(e.data('width')),
      })),
      directed,
      title,
    }),
  };
}
