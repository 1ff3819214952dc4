import type { CurationDecision } from '../../../../../shared/curation/curation-types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useFormat } from '../../../i18n/use-format.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { coderLabel } from '../../../ui/coder-label.ts';
import type { ComparisonIndex } from '../comparison-index.ts';
import { rejectAll, startEdit, startNew, takeVersion } from './curate-actions.ts';
import { curateKeyCaps } from './curate-keys.ts';
import { useCurateStore } from './curate-store.ts';
import type { CurationIndex } from './curation-index.ts';
import { stateSigns } from './curation-marks.ts';
import { ReasonBox } from './ReasonBox.tsx';
import { UnitLinks } from './UnitLinks.tsx';
import { VersionFormPanel } from './VersionFormPanel.tsx';
import { versionsAsRead } from './version-form.ts';

interface Props {
  index: ComparisonIndex;
  unit: number;
  curation: CurationIndex;
  coderNames: readonly string[];
}

/**
 * The selected unit's curation, under its versions: where it stands, the
 * current decision (both, for a conflict), the actions that decide it (each
 * with its key), the reason box, the edit form and the links.
 */
export function CuratePanel({ index, unit, curation, coderNames }: Props) {
  const { t } = useT();
  const form = useCurateStore((s) => s.form);
  const busy = useCurateStore((s) => s.busy);
  const state = curation.states[unit] ?? 'undecided';
  const entry = curation.curation.units[unit];
  const members = index.members[unit] ?? [];
  const decisions = (entry?.decisionIds ?? [])
    .map((id) => curation.decisionsById.get(id))
    .filter((d): d is CurationDecision => d !== undefined);
  const memberIds = index.units[unit]?.members ?? [];

  return (
    <section className="cur-panel" aria-label={t('compareCurate:actionsLabel')} data-testid="curate-panel">
      <p className={`cur-state cur-${state}`} data-testid="curate-state" data-state={state}>
        <span className="cur-state-badge" aria-hidden="true">
          {stateSigns[state]}
        </span>{' '}
        {t(`compareCurate:state-${state}`)}
        <span className="cur-state-hint">{t(`compareCurate:stateHint-${state}`)}</span>
      </p>
      {decisions.length > 0 && (
        <div className="cur-decisions">
          <h3>
            {state === 'conflict' ? t('compareCurate:decisionsTitleConflict') : t('compareCurate:decisionsTitle')}
          </h3>
          <ul>
            {decisions.map((d) => (
              <DecisionItem key={d.id} decision={d} curation={curation} />
            ))}
          </ul>
        </div>
      )}
      <fieldset className="cur-actions">
        <legend className="sr-only">{t('compareCurate:actionsLabel')}</legend>
        {index.coderIds.map((coderId, c) => (
          <button
            key={coderId}
            type="button"
            disabled={busy || !members[c]}
            title={members[c] ? undefined : t('compareCurate:noVersion', { coder: coderNames[c] ?? coderId })}
            onClick={() => takeVersion(c)}
            data-testid={`curate-take-${coderId}`}
          >
            <span className="cur-action-words">{t('compareCurate:take', { coder: coderNames[c] ?? coderId })}</span>
            {c < 9 && <kbd>{c + 1}</kbd>}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => startEdit()} data-testid="curate-edit">
          {t('compareCurate:takeEdit')} <kbd>{curateKeyCaps.edit}</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => startNew()} data-testid="curate-new">
          {t('compareCurate:new')} <kbd>{curateKeyCaps.new}</kbd>
        </button>
        <button
          type="button"
          className="danger-quiet"
          disabled={busy}
          onClick={() => rejectAll()}
          data-testid="curate-reject"
        >
          {t('compareCurate:rejectAll')} <kbd>{curateKeyCaps.reject}</kbd>
        </button>
      </fieldset>
      {form && (
        <VersionFormPanel
          form={form}
          text={index.text}
          coderIds={index.coderIds}
          coderNames={coderNames}
          members={versionsAsRead(members, index.units[unit]?.labels ?? [])}
        />
      )}
      <ReasonBox />
      <UnitLinks curation={curation} members={memberIds} />
    </section>
  );
}

/** One current decision: what, from whom, by whom and when, and why. */
function DecisionItem({ decision: d, curation }: { decision: CurationDecision; curation: CurationIndex }) {
  const { t } = useT();
  const { date } = useFormat();
  const project = useAppStore((s) => s.project);
  const tags = useAppStore((s) => s.codebook.tags);
  const result = d.resultId ? curation.curatedById.get(d.resultId) : undefined;
  const gone = [...d.sources, ...d.considered].some((s) => curation.curation.goneSources.includes(s.id));
  return (
    <li className="cur-decision" data-kind={d.kind}>
      <span className="cur-decision-kind">{t(`compareCurate:kind-${d.kind}`)}</span>
      {d.takenFrom && <span> {t('compareCurate:takenFrom', { coder: coderLabel(d.takenFrom, project, t) })}</span>}
      {result && (
        <span className="cur-decision-result">
          {' · '}
          {tags.find((tag) => tag.id === result.tagId)?.name ?? result.tagId}: <q>{result.quote.exact}</q>
        </span>
      )}
      <span className="cur-decision-by">
        {t('compareCurate:decidedBy', { curator: d.curatorName, when: date(d.at) })}
      </span>
      <span className="cur-decision-reason">
        {d.quickReasons.map((q) => (
          <span key={q} className="cur-chip on static">
            {q}
          </span>
        ))}
        {d.reason ? ` ${d.reason}` : d.quickReasons.length === 0 && <em>{t('compareCurate:noReason')}</em>}
      </span>
      {gone && <span className="cur-gone">{t('compareCurate:sourceGone')}</span>}
    </li>
  );
}
