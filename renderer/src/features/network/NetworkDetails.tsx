import { useMemo } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { compareIn } from '../../../../shared/text/compare-names.ts';

interface Props {
  network: NetworkData;
  selectedId: string | null;
  onSelect: (nodeId: string | null) => void;
}

/**
 * The selected node: its name, kind, number of ties and their total
 * weight; a statement can be opened in the Reader. The list of every node
 * selects one without the mouse, and finds one in a crowded drawing.
 */
export function NetworkDetails({ network, selectedId, onSelect }: Props) {
  const navigate = useAppStore((s) => s.navigate);
  const { t, language } = useT();
  const ties = useMemo(() => {
    const out = new Map<string, { degree: number; weight: number }>();
    for (const e of network.edges) {
      for (const id of [e.source, e.target]) {
        const tie = out.get(id) ?? { degree: 0, weight: 0 };
        tie.degree++;
        tie.weight += e.weight;
        out.set(id, tie);
      }
    }
    return out;
  }, [network]);
  const sorted = useMemo(() => {
    const compare = compareIn(language);
    return [...network.nodes].sort((a, b) => compare(a.label, b.label));
  }, [network, language]);
  const node = selectedId ? network.nodes.find((n) => n.id === selectedId) : undefined;
  const tie = node ? ties.get(node.id) : undefined;

  return (
    <section className="network-details" aria-label={t('network:nodeDetails')}>
      <label className="network-field">
        {t('network:node')}
        <select value={node?.id ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
          <option value="">{t('network:chooseNode')}</option>
          {sorted.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      {node ? (
        <div className="network-node">
          <h2>{node.label}</h2>
          <p className="network-node-type">{t(`network:type-${node.type}`)}</p>
          {node.detail && <p className="network-node-detail">{node.detail}</p>}
          <p>
            {t('network:degree', { degree: tie?.degree ?? 0 })}
            {tie && tie.weight !== tie.degree && <> · {t('network:totalWeight', { weight: tie.weight })}</>}
          </p>
          {node.type === 'statement' && node.documentId && (
            <button
              type="button"
              className="quiet small"
              onClick={() => navigate({ view: 'reader', documentId: node.documentId as string, annotationId: node.id })}
            >
              {t('network:open')}
            </button>
          )}
        </div>
      ) : (
        <p className="network-hint">{t('network:clickNode')}</p>
      )}
    </section>
  );
}
