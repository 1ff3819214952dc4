import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import { networkElements } from './network-elements.ts';
import { FORCE_LIMIT, networkLayout, spiralPositions } from './network-layout.ts';
import { networkStylesheet } from './network-style.ts';

interface Props {
  network: NetworkData;
  linkTypes: readonly LinkType[];
  selectedId: string | null;
  onSelect: (nodeId: string | null) => void;
  /** The drawing, for the exports (null once it is gone). */
  onReady: (cy: Core | null) => void;
}

/**
 * The network drawn by cytoscape on a canvas: built anew for each network
 * the core sends, laid out once, fitted to the box; zoom with the wheel,
 * pan by dragging the background, drag nodes to tidy. Clicking a node
 * selects it (its neighbours stay bright, the rest fade); clicking the
 * background clears the selection.
 */
export function NetworkGraph({ network, linkTypes, selectedId, onSelect, onReady }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // The handlers read the latest callbacks without rebuilding the drawing when they change.
  const callbacks = useRef({ onSelect, onReady });
  callbacks.current = { onSelect, onReady };
  const selected = useRef(selectedId);
  selected.current = selectedId;
  const colors = useMemo(() => new Map(linkTypes.map((t) => [t.name, t.color])), [linkTypes]);

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const large = network.nodes.length > FORCE_LIMIT;
    const spiral = large ? null : spiralPositions(network);
    const elements = networkElements(network, colors).map((e) =>
      spiral && e.group === 'nodes' && e.data.id ? { ...e, position: spiral[e.data.id] } : e,
    );
    claimCytoscapeStylesheet();
    const cy = cytoscape({
      container,
      elements,
      style: networkStylesheet(network.kind === 'links', large),
      minZoom: 0.02,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Big networks pan and zoom from a snapshot, so they stay smooth.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
    });
    cy.layout(networkLayout(network)).run();
    // A node chosen before the filters changed stays chosen when it is still there.
    highlight(cy, selected.current);
    cy.on('tap', 'node', (event) => callbacks.current.onSelect(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cyRef.current = cy;
    callbacks.current.onReady(cy);
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
        aria-label={`The network: ${network.nodes.length} nodes, ${network.edges.length} edges`}
      />
      <button
        type="button"
        className="quiet small network-fit"
        title="Fit the whole network in view"
        onClick={() => cyRef.current?.fit(undefined, 30)}
      >
        Fit
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
