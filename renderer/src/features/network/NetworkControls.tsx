import { useMemo } from 'react';
import { coderIdsOf } from '../../../../shared/library/corpus-values.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { NetworkFilters } from '../../store/network-slice.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { DateField } from '../../ui/DateField.tsx';
import { useResultLayer } from '../../ui/ResultLayerNotice.tsx';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import { TagSelect } from '../codebook/TagSelect.tsx';

const kinds: ReadonlyArray<NetworkFilters['kind']> = ['actor-concept', 'congruence', 'conflict', 'links'];

interface Props {
  /** False while there is nothing drawn to export. */
  canExport: boolean;
  onExportPng: () => void;
  onExportSvg: () => void;
  onExportGraphml: () => void;
}

/**
 * Which network, built from which statements (dates, tag, link type,
 * coder), and the exports. Each change rebuilds the network; a date is
 * used once it is entered and reads as one (2024, 03.2024 or 14.03.2024).
 */
export function NetworkControls({ canExport, onExportPng, onExportSvg, onExportGraphml }: Props) {
  const filters = useAppStore((s) => s.networkFilters);
  const setFilters = useAppStore((s) => s.setNetworkFilters);
  const linkTypes = useAppStore((s) => s.linkTypes);
  const documents = useAppStore((s) => s.documents);
  const project = useAppStore((s) => s.project);
  const { t } = useT();
  // While the curated layer is the result shown, the network is its own: the coder filter is fixed to it.
  const curatedShown = useResultLayer().layer === 'curated';
  const coder = project?.coder;
  const coderIds = useMemo(() => {
    const ids = new Set(coderIdsOf(documents));
    if (coder) ids.add(coder.id);
    if (filters.coderId) ids.add(filters.coderId);
    return [...ids];
  }, [documents, coder, filters.coderId]);

  return (
    <div className="network-controls">
      <label className="network-field">
        {t('network:network')}
        <select value={filters.kind} onChange={(e) => setFilters({ kind: e.target.value as NetworkFilters['kind'] })}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`network:kind-${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <DateField
        compact
        time={false}
        label={t('network:from')}
        className="network-field"
        inputClassName="network-date"
        value={filters.from}
        onChange={(from) => setFilters({ from })}
      />
      <DateField
        compact
        time={false}
        label={t('network:to')}
        className="network-field"
        inputClassName="network-date"
        value={filters.to}
        onChange={(to) => setFilters({ to })}
      />
      <label className="network-field" htmlFor="network-tag">
        {t('network:tag')}
        <TagSelect
          id="network-tag"
          value={filters.tagId}
          emptyOption={t('network:anyTag')}
          onChange={(tagId) => setFilters({ tagId })}
        />
      </label>
      {filters.kind === 'links' && (
        <label className="network-field">
          {t('network:linkType')}
          <select value={filters.linkTypeId} onChange={(e) => setFilters({ linkTypeId: e.target.value })}>
            <option value="">{t('network:anyLinkType')}</option>
            {linkTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="network-field">
        {t('network:coder')}
        <select
          value={curatedShown ? CURATED_CODER_ID : filters.coderId}
          disabled={curatedShown}
          title={curatedShown ? t('resultLayer:coderFixed') : undefined}
          onChange={(e) => setFilters({ coderId: e.target.value })}
        >
          <option value="">{t('network:anyCoder')}</option>
          {curatedShown && !coderIds.includes(CURATED_CODER_ID) && (
            <option value={CURATED_CODER_ID}>{coderLabel(CURATED_CODER_ID, project, t)}</option>
          )}
          {coderIds.map((id) => (
            <option key={id} value={id}>
              {coderLabel(id, project, t)}
            </option>
          ))}
        </select>
      </label>
      <span className="network-exports">
        <button type="button" className="quiet small" disabled={!canExport} onClick={onExportPng}>
          {t('network:exportPng')}
        </button>
        <button type="button" className="quiet small" disabled={!canExport} onClick={onExportSvg}>
          {t('network:exportSvg')}
        </button>
        <button type="button" className="quiet small" onClick={onExportGraphml}>
          {t('network:exportGraphml')}
        </button>
      </span>
    </div>
  );
}
