import { decisionKinds, type DecisionKind, type QuickReason } from '../../../../shared/curation/curation-types.ts';
import { isCuratedLayer } from '../../../../shared/curation/curation-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import {
  type Choice,
  emptyLogFilter,
  isLogFilterActive,
  type LogFilterState,
  withQuickReason,
  withWords,
} from './log-filter.ts';

interface Props {
  filter: LogFilterState;
  onChange: (filter: LogFilterState) => void;
  documents: readonly Choice[];
  curators: readonly Choice[];
  quickReasons: readonly QuickReason[];
}

/**
 * The log's filters: document, coder, reason (a quick reason, or words of
 * the free text), decision and curator. A quick reason the team has since
 * deleted or reworded stays choosable while it is chosen.
 */
export function DecisionLogFilters({ filter, onChange, documents, curators, quickReasons }: Props) {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const coders = (project?.coders ?? []).filter((c) => !isCuratedLayer(c.id));
  const labels = quickReasons.map((r) => r.label);
  if (filter.quickReason && !labels.includes(filter.quickReason)) labels.push(filter.quickReason);
  const set = (change: Partial<LogFilterState>) => onChange({ ...filter, ...change });

  return (
    <search className="curation-filters" aria-label={t('curationView:filtersLabel')}>
      <select
        aria-label={t('curationView:filterDocument')}
        value={filter.documentId}
        onChange={(e) => set({ documentId: e.target.value })}
      >
        <option value="">{t('curationView:anyDocument')}</option>
        {documents.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('curationView:filterCoder')}
        value={filter.coderId}
        onChange={(e) => set({ coderId: e.target.value })}
      >
        <option value="">{t('curationView:anyCoder')}</option>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {coderLabel(c.id, project, t)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('curationView:filterQuickReason')}
        value={filter.quickReason}
        onChange={(e) => onChange(withQuickReason(filter, e.target.value))}
      >
        <option value="">{t('curationView:anyQuickReason')}</option>
        {labels.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </select>
      <input
        type="search"
        className="curation-words"
        aria-label={t('curationView:filterWords')}
        placeholder={t('curationView:filterWords')}
        value={filter.words}
        onChange={(e) => onChange(withWords(filter, e.target.value))}
      />
      <select
        aria-label={t('curationView:filterKind')}
        value={filter.kind}
        onChange={(e) => set({ kind: e.target.value as '' | DecisionKind })}
      >
        <option value="">{t('curationView:anyKind')}</option>
        {decisionKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`curationView:kindName-${kind}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('curationView:filterCurator')}
        value={filter.curatorId}
        onChange={(e) => set({ curatorId: e.target.value })}
      >
        <option value="">{t('curationView:anyCurator')}</option>
        {curators.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="quiet"
        disabled={!isLogFilterActive(filter)}
        onClick={() => onChange(emptyLogFilter)}
      >
        {t('curationView:clearFilters')}
      </button>
    </search>
  );
}
