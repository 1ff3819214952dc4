import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { stanceLabels, stances } from '../../../../shared/model/annotation.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import { fallbackEdgeColor, nodeColors, nodeShapes, oneModeColors, stanceColors } from './network-style.ts';

interface Props {
  network: NetworkData;
  linkTypes: readonly LinkType[];
}

const nodeLabels = { actor: 'Actor', concept: 'Concept', statement: 'Statement' } as const;

/** What the shapes, colours and widths of the drawing mean, for the network shown. */
export function NetworkLegend({ network, linkTypes }: Props) {
  const types = [...new Set(network.nodes.map((n) => n.type))];
  const edges: Array<{ color: string; label: string }> =
    network.kind === 'actor-concept'
      ? stances.map((s) => ({ color: stanceColors[s], label: stanceLabels[s] }))
      : network.kind === 'congruence'
        ? [{ color: oneModeColors.congruence, label: 'Same position on a concept' }]
        : network.kind === 'conflict'
          ? [{ color: oneModeColors.conflict, label: 'Opposite positions on a concept' }]
          : usedLinkTypes(network, linkTypes);
  const width =
    network.kind === 'actor-concept'
      ? 'Thicker: more statements'
      : network.kind === 'links'
        ? 'Arrows point from the linking statement to the one it links to'
        : 'Thicker: more concepts';
  return (
    <section className="network-legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {types.map((t) => (
          <li key={t}>
            <span className={`legend-node ${nodeShapes[t]}`} style={{ background: nodeColors[t] }} aria-hidden="true" />
            {nodeLabels[t]}
          </li>
        ))}
        {edges.map((e) => (
          <li key={e.label}>
            <span className="legend-edge" style={{ background: e.color }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
      <p>{width}</p>
    </section>
  );
}

/** The link types the drawing uses (edges carry their names), in the project's order. */
function usedLinkTypes(network: NetworkData, linkTypes: readonly LinkType[]): Array<{ color: string; label: string }> {
  const used = new Set(network.edges.map((e) => e.linkType));
  const known = linkTypes.filter((t) => used.has(t.name)).map((t) => ({ color: t.color, label: t.name }));
  const unknown = [...used].filter((name) => name && !linkTypes.some((t) => t.name === name));
  return [...known, ...unknown.map((name) => ({ color: fallbackEdgeColor, label: name as string }))];
}
