import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { type DrawingProps, useDrawingInputs } from './drawing-props.ts';
import { networkElements } from './network-elements.ts';
import { fitViewport, planLayout } from './network-layout.ts';
import { cytoscapePicture } from './network-picture.ts';
import { networkStylesheet } from './network-style.ts';

/**
 * A network of up to a few hundred nodes drawn by cytoscape: built anew for
 * each network the core sends, laid out by force once, fitted to the box; zoom with the wheel,
 * pan by dragging the background, drag nodes to tidy. Clicking a node
 * selects it (its neighbours stay bright, the rest fade); clicking the
 * background clears the selection.
 */
export function NetworkGraph(props: DrawingProps) {
  const { network, selectedId } = props;
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const { callbacks, selected, colors } = useDrawingInputs(props);
  const { t } = useT();

  // biome-ignore lint/correctness/useExhaustiveDependencies: callbacks and selected are refs (useDrawingInputs); the drawing is rebuilt only for a new network or new colours.
  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const plan = planLayout(network);
    // The layout given here is the only one run: without it cytoscape would first lay the nodes out in a grid.
    const layout = plan.layout ?? {
      name: 'preset',
      fit: false,
      ...fitViewport(plan.positions, { width: container.clientWidth, height: container.clientHeight }),
    };
    claimCytoscapeStylesheet();
    const cy = cytoscape({
      container,
      elements: networkElements(network, colors, plan.positions),
      layout,
      style: networkStylesheet(network.kind === 'links'),
      minZoom: 0.02,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // A node chosen before the filters changed stays chosen when it is still there.
    highlight(cy, selected.current);
    cy.on('tap', 'node', (event) => callbacks.current.onSelect(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cyRef.current = cy;
    callbacks.current.onReady(cytoscapePicture(cy, network.kind === 'links'));
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      callbacks.current.onReady(null);
      cyRef.current = null;
      cy.destroy();
    };
  }, [network, colors]);

  useEffect(() => {
    if (cyRef.current) highlight(cyRef.current, selectedId);
  }, [selectedId]);

  return (
    <div className="network-canvas-wrap">
      <div
        ref={box}
        className="network-canvas"
        role="img"
        aria-label={t('network:picture', { nodes: network.nodes.length, edges: network.edges.length })}
      />
      <button
        type="button"
        className="quiet small network-fit"
        title={t('network:fitTitle')}
        onClick={() => cyRef.current?.fit(undefined, 30)}
      >
        {t('network:fit')}
      </button>
    </div>
  );
}

/** Selects a node and fades what is not tied to it, so its neighbourhood stands out. */
function highlight(cy: Core, nodeId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('faded').unselect();
    const node = nodeId ? cy.getElementById(nodeId) : null;
    if (!node || node.empty()) return;
    node.select();
    cy.elements().difference(node.closedNeighborhood()).addClass('faded');
    // Chosen from the list, it may be out of view: bring it in, at the same zoom.
    const at = node.renderedPosition();
    if (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height()) cy.center(node);
  });
}

/**
 * Cytoscape adds a <style> element for its container unless an element
 * with its stylesheet's id exists; our Content Security Policy refuses
 * inline styles, so a placeholder takes that id and network.css carries
 * the one rule (position: relative).
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.appendChild(placeholder);
}
