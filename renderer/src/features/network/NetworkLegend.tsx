import type { NetworkData } from '../../../../shared/ipc/results.ts';
import { stances } from '../../../../shared/model/annotation.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import { useT } from '../../i18n/i18n.ts';
import { fallbackEdgeColor, nodeColors, nodeShapes, oneModeColors, stanceColors } from './network-style.ts';

interface Props {
  network: NetworkData;
  linkTypes: readonly LinkType[];
}

/** What the shapes, colours and widths of the drawing mean, for the network shown. */
export function NetworkLegend({ network, linkTypes }: Props) {
  const { t } = useT();
  const types = [...new Set(network.nodes.map((n) => n.type))];
  const edges: Array<{ color: string; label: string }> =
    network.kind === 'actor-concept'
      ? stances.map((s) => ({ color: stanceColors[s], label: t(`model:stance-${s}`) }))
      : network.kind === 'congruence'
        ? [{ color: oneModeColors.congruence, label: t('network:samePosition') }]
        : network.kind === 'conflict'
          ? [{ color: oneModeColors.conflict, label: t('network:oppositePositions') }]
          : usedLinkTypes(network, linkTypes);
  const width =
    network.kind === 'actor-concept'
      ? t('network:thickerStatements')
      : network.kind === 'links'
        ? t('network:arrows')
        : t('network:thickerConcepts');
  return (
    <section className="network-legend" aria-label={t('network:legend')}>
      <h2>{t('network:legend')}</h2>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <span
              className={`legend-node ${nodeShapes[type]}`}
              style={{ background: nodeColors[type] }}
              aria-hidden="true"
            />
            {t(`network:type-${type}`)}
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
