import { useMemo } from 'react';
import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { compareNames } from '../../../../shared/text/compare-names.ts';
import { useAppStore } from '../../store/app-store.ts';

interface Props {
  network: NetworkData;
  selectedId: string | null;
  onSelect: (nodeId: string | null) => void;
}

const typeLabels = { actor: 'Actor', concept: 'Concept', statement: 'Statement' } as const;

/**
 * The selected node: its name, kind, number of ties and their total
 * weight; a statement can be opened in the Reader. The list of every node
 * selects one without the mouse, and finds one in a crowded drawing.
 */
export function NetworkDetails({ network, selectedId, onSelect }: Props) {
  const navigate = useAppStore((s) => s.navigate);
  const ties = useMemo(() => {
    const out = new Map<string, { degree: number; weight: number }>();
    for (const e of network.edges) {
      for (const id of [e.source, e.target]) {
        const t = out.get(id) ?? { degree: 0, weight: 0 };
        t.degree++;
        t.weight += e.weight;
        out.set(id, t);
      }
    }
    return out;
  }, [network]);
  const sorted = useMemo(() => [...network.nodes].sort((a, b) => compareNames(a.label, b.label)), [network]);
  const node = selectedId ? network.nodes.find((n) => n.id === selectedId) : undefined;
  const tie = node ? ties.get(node.id) : undefined;

  return (
    <section className="network-details" aria-label="Node details">
      <label className="network-field">
        Node
        <select value={node?.id ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
          <option value="">Choose a node…</option>
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
          <p className="network-node-type">{typeLabels[node.type]}</p>
          {node.detail && <p className="network-node-detail">{node.detail}</p>}
          <p>
            Degree: {tie?.degree ?? 0}
            {tie && tie.weight !== tie.degree && <> · total weight {tie.weight}</>}
          </p>
          {node.type === 'statement' && node.documentId && (
            <button
              type="button"
              className="quiet small"
              onClick={() => navigate({ view: 'reader', documentId: node.documentId as string, annotationId: node.id })}
            >
              Open
            </button>
          )}
        </div>
      ) : (
        <p className="network-hint">Click a node to see its details.</p>
      )}
    </section>
  );
}
