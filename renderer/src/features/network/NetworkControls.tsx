import { useMemo } from 'react';
import { coderIdsOf } from '../../../../shared/library/corpus-values.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { NetworkFilters } from '../../store/network-slice.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { DateField } from '../../ui/DateField.tsx';
import { TagSelect } from '../codebook/TagSelect.tsx';

const kinds: Array<{ value: NetworkFilters['kind']; label: string }> = [
  { value: 'actor-concept', label: 'Actor–concept' },
  { value: 'congruence', label: 'Actor congruence' },
  { value: 'conflict', label: 'Actor conflict' },
  { value: 'links', label: 'Linked statements' },
];

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
        Network
        <select value={filters.kind} onChange={(e) => setFilters({ kind: e.target.value as NetworkFilters['kind'] })}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <DateField
        compact
        time={false}
        label="From"
        className="network-field"
        inputClassName="network-date"
        value={filters.from}
        onChange={(from) => setFilters({ from })}
      />
      <DateField
        compact
        time={false}
        label="To"
        className="network-field"
        inputClassName="network-date"
        value={filters.to}
        onChange={(to) => setFilters({ to })}
      />
      <label className="network-field" htmlFor="network-tag">
        Tag
        <TagSelect
          id="network-tag"
          value={filters.tagId}
          emptyOption="Any tag"
          onChange={(tagId) => setFilters({ tagId })}
        />
      </label>
      {filters.kind === 'links' && (
        <label className="network-field">
          Link type
          <select value={filters.linkTypeId} onChange={(e) => setFilters({ linkTypeId: e.target.value })}>
            <option value="">Any link type</option>
            {linkTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="network-field">
        Coder
        <select value={filters.coderId} onChange={(e) => setFilters({ coderId: e.target.value })}>
          <option value="">Any coder</option>
          {coderIds.map((id) => (
            <option key={id} value={id}>
              {coderLabel(id, project)}
            </option>
          ))}
        </select>
      </label>
      <span className="network-exports">
        <button type="button" className="quiet small" disabled={!canExport} onClick={onExportPng}>
          Export PNG
        </button>
        <button type="button" className="quiet small" disabled={!canExport} onClick={onExportSvg}>
          Export SVG
        </button>
        <button type="button" className="quiet small" onClick={onExportGraphml}>
          Export GraphML
        </button>
      </span>
    </div>
  );
}
