import { useEffect, useRef, useState } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { requireApi } from '../../store/api.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { networkQueryOf } from '../../store/network-slice.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { saveFile } from '../../files/save-file.ts';
import { resultLayerCoderId } from '../../store/result-layer.ts';
import { ResultLayerNotice } from '../../ui/ResultLayerNotice.tsx';
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
  const projectName = useAppStore((s) => s.project?.name ?? 'Glossator');
  const { t } = useT();
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
      notify('error', t('network:exportPictureFailed', { reason: messageOf(e) }));
    }
  };
  const exportGraphml = async () => {
    // The file holds what is drawn: the result layer's network when the curated layer is shown.
    const query = networkQueryOf(filters, resultLayerCoderId(useAppStore.getState()));
    if (!query) return notify('error', t('network:fixDates'));
    try {
      const name = t('files:graphmlFileName', { project: projectName, kind: query.kind });
      const saved = await saveFile('graphml', name, (to) => requireApi().exportGraphml({ query, to }));
      // A browser shows its own download; Electron wrote the file quietly where the user chose.
      if (saved && !saved.download) notify('info', t('files:saved', { name: saved.name }));
    } catch (e) {
      notify('error', t('network:exportFailed', { reason: messageOf(e) }));
    }
  };

  return (
    <div className="network-view">
      <div className="network-header">
        <h1>{t('network:title')}</h1>
        <NetworkControls
          canExport={drawn}
          onExportPng={() => void exportPicture(exportPng)}
          onExportSvg={() => void exportPicture(exportSvg)}
          onExportGraphml={() => void exportGraphml()}
        />
      </div>
      <ResultLayerNotice onLayerChange={() => void useAppStore.getState().loadNetwork()} />
      <p className="network-status" aria-live="polite">
        {error
          ? t('network:buildFailed', { reason: error })
          : !network
            ? t('network:building')
            : [
                t('network:counts', {
                  nodes: t('network:nodeCount', { count: network.nodes.length }),
                  edges: t('network:edgeCount', { count: network.edges.length }),
                }),
                loading ? t('network:updating') : '',
                network.nodes.length > FORCE_LIMIT ? t('network:large') : '',
              ]
                .filter(Boolean)
                .join(' · ')}
      </p>
      <div className="network-body">
        {network && network.nodes.length === 0 ? (
          <div className="network-empty">
            <p>{emptyText(t, network.kind)}</p>
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
function emptyText(t: Translate, kind: NetworkData['kind']): string {
  const filters = t('network:emptyFilters');
  if (kind === 'links') return `${t('network:emptyLinks')} ${filters}`;
  const start = `${t('network:emptyNetwork')} ${t('network:emptyNeeds')}`;
  if (kind === 'actor-concept') return `${start} ${filters}`;
  const tie = kind === 'congruence' ? t('network:tieCongruence') : t('network:tieConflict');
  return `${start} ${tie} ${filters}`;
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
