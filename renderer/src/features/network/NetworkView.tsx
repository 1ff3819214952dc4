import { useEffect, useRef, useState } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { networkQueryOf } from '../../store/network-slice.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import { countOf } from '../../ui/count-of.ts';
import { downloadText } from '../codebook/download-text.ts';
import { NetworkControls } from './NetworkControls.tsx';
import { NetworkDetails } from './NetworkDetails.tsx';
import type { DrawingProps } from './drawing-props.ts';
import { NetworkGraph } from './NetworkGraph.tsx';
import { NetworkOverview } from './NetworkOverview.tsx';
import { NetworkLegend } from './NetworkLegend.tsx';
import { exportPng, exportSvg } from './network-export.ts';
import type { NetworkPicture } from './network-picture.ts';
import { FORCE_LIMIT } from './network-layout.ts';
import './network.css';

/**
 * Discourse networks (#/network): actors and the concepts they took a
 * stance on, actors tied by agreement or conflict, or statements tied by
 * links — drawn, filtered, and exported as PNG, SVG or GraphML. The route
 * builds the network; this view draws it.
 */
export function NetworkView() {
  const network = useAppStore((s) => s.network);
  const linkTypes = useAppStore((s) => s.linkTypes);
  const loading = useAppStore((s) => s.networkLoading);
  const error = useAppStore((s) => s.networkError);
  const filters = useAppStore((s) => s.networkFilters);
  const notify = useAppStore((s) => s.notify);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const picture = useRef<NetworkPicture | null>(null);
  useNetworkFrameMeasure(network);
  useRebuildAfterUndo();

  const drawn = network !== null && network.nodes.length > 0;
  const exportPicture = async (save: (p: NetworkPicture, kind: NetworkData['kind']) => void | Promise<void>) => {
    if (!picture.current || !network) return;
    try {
      await save(picture.current, network.kind);
    } catch (e) {
      notify('error', `Could not export the picture: ${messageOf(e)}`);
    }
  };
  const exportGraphml = async () => {
    const query = networkQueryOf(filters);
    if (!query) return notify('error', 'Fix the dates first: write them as 2023, 2023-09 or 2023-09-08.');
    try {
      const { fileName, text } = await requireApi().exportGraphml(query);
      downloadText(fileName, text, 'application/graphml+xml');
    } catch (e) {
      notify('error', `Could not export the network: ${messageOf(e)}`);
    }
  };

  return (
    <div className="network-view">
      <div className="network-header">
        <h1>Network</h1>
        <NetworkControls
          canExport={drawn}
          onExportPng={() => void exportPicture(exportPng)}
          onExportSvg={() => void exportPicture(exportSvg)}
          onExportGraphml={() => void exportGraphml()}
        />
      </div>
      <p className="network-status" aria-live="polite">
        {error
          ? `Could not build the network: ${error}`
          : !network
            ? 'Building the network…'
            : `${countOf(network.nodes.length, 'node')}, ${countOf(network.edges.length, 'edge')}${loading ? ' · updating…' : ''}${
                network.nodes.length > FORCE_LIMIT
                  ? ' · large network: drawn as an overview; zoom in to read the labels, drag a node to move it'
                  : ''
              }`}
      </p>
      <div className="network-body">
        {network && network.nodes.length === 0 ? (
          <div className="network-empty">
            <p>{emptyText(network.kind)}</p>
          </div>
        ) : network ? (
          <NetworkDrawing
            network={network}
            linkTypes={linkTypes}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onReady={(ready) => {
              picture.current = ready;
            }}
          />
        ) : (
          <div className="network-empty" />
        )}
        {network && drawn && (
          <aside className="network-side">
            <NetworkDetails network={network} selectedId={selectedId} onSelect={setSelectedId} />
            <NetworkLegend network={network} linkTypes={linkTypes} />
          </aside>
        )}
      </div>
    </div>
  );
}

/** Small networks are drawn by cytoscape (force layout, curved parallel edges); big ones by the overview canvas. */
function NetworkDrawing(props: DrawingProps) {
  return props.network.nodes.length > FORCE_LIMIT ? <NetworkOverview {...props} /> : <NetworkGraph {...props} />;
}

/** Why nothing is drawn: what a statement needs to join this network. */
function emptyText(kind: NetworkData['kind']): string {
  const filters = ' If filters are set, they may leave every statement out.';
  if (kind === 'links') {
    return `No linked statements to draw. Link two annotations in the Reader (any documents) and they appear here, tied by the link.${filters}`;
  }
  const needs =
    'A statement joins the network once it has a speaker, a concept and a stance (set them in the Reader’s side panel).';
  if (kind === 'actor-concept') return `No network to draw yet. ${needs}${filters}`;
  const tie =
    kind === 'congruence'
      ? 'Two actors are tied when both support, or both oppose, the same concept.'
      : 'Two actors are tied when one supports a concept the other opposes.';
  return `No network to draw yet. ${needs} ${tie}${filters}`;
}

/**
 * Builds the network again when Undo or Redo (in the bar above) changed the
 * records it is drawn from. Not on opening: the route has just built it.
 */
function useRebuildAfterUndo(): void {
  const undoSeq = useAppStore((s) => s.historyLabels.undoSeq);
  const seen = useRef(undoSeq);
  useEffect(() => {
    if (undoSeq === seen.current) return;
    seen.current = undoSeq;
    void useAppStore.getState().loadNetwork();
  }, [undoSeq]);
}

/**
 * Records, once per network the core sends, the time from asking for it to
 * the first frame that draws it (read by the network benchmark). The
 * drawing is built in the child's effect, which runs before this one, so
 * the frame measured is the one that paints it.
 */
let measured: NetworkData | null = null;
function useNetworkFrameMeasure(network: NetworkData | null): void {
  useEffect(() => {
    if (!network || network === measured) return;
    measured = network;
    measureNextFrame(performanceMarks.networkFrame, performanceMarks.networkStart);
  }, [network]);
}
