import { useEffect, useMemo } from 'react';
import { countByCurationStatus } from '../../../../shared/library/curation-status.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { logFigures, summaryParts } from './curation-summary.ts';
import { LOG_LIMIT, useCurationStore } from './curation-store.ts';
import { DecisionLogFilters } from './DecisionLogFilters.tsx';
import { DecisionLogTable } from './DecisionLogTable.tsx';
import { exportDecisionLog } from './export-log.ts';
import { decisionFilterOf, logChoices } from './log-filter.ts';
import { QuickReasonsPanel } from './QuickReasonsPanel.tsx';
import './curation.css';

/**
 * The Curation view (#/curation): where curation stands (documents by
 * status, decisions, conflicts, gone sources), the decision log to filter
 * and export, and the team's quick reasons beside it. Units are decided in
 * the Compare view; each row of the log opens its document there.
 */
export function CurationView() {
  const { t, language } = useT();
  const project = useAppStore((s) => s.project);
  const documents = useAppStore((s) => s.documents);
  const tags = useAppStore((s) => s.codebook.tags);
  const navigate = useAppStore((s) => s.navigate);
  // Where the history stands: it moves with every step (a decision, a quick reason, an undo, a redo, a bundle).
  const history = useAppStore((s) => `${s.historyLabels.undoSeq} ${JSON.stringify(s.historyLabels.redo)}`);
  const { filter, all, shown, quickReasons, loading, error, load, setFilter } = useCurationStore();
  const projectId = project?.id ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again whenever the history moves, whatever the step.
  useEffect(() => {
    if (!projectId) return;
    void load(projectId);
    // The summary's statuses come from the Library's rows: read them too (a step made elsewhere, a bundle).
    void useAppStore.getState().loadDocuments();
  }, [projectId, history, load]);

  const byStatus = useMemo(() => countByCurationStatus(documents), [documents]);
  const figures = useMemo(() => logFigures(all?.rows ?? [], all?.total ?? 0), [all]);
  const choices = useMemo(() => logChoices(all?.rows ?? [], language, filter), [all, language, filter]);
  const nameOf = useMemo(() => (id: string) => coderLabel(id, project, t), [project, t]);
  if (!project) return <main className="curation-view" />;

  const rows = shown?.rows ?? [];
  const total = shown?.total ?? 0;
  const parts = summaryParts(t, byStatus, figures);

  return (
    <main className="curation-view">
      <header className="curation-header">
        <div>
          <h1>{t('curationView:title')}</h1>
          <p className="curation-intro">{t('curationView:intro')}</p>
        </div>
        <button
          type="button"
          data-testid="export-decision-log"
          title={t('curationView:exportTitle')}
          disabled={total === 0}
          onClick={() => void exportDecisionLog(decisionFilterOf(filter))}
        >
          {t('curationView:exportCsv')}
        </button>
      </header>
      <ul className="curation-summary" aria-label={t('curationView:summaryLabel')} data-testid="curation-summary">
        {parts.map((p) => (
          <li key={p.key} data-part={p.key} className={p.warn ? 'warn' : undefined}>
            {p.warn && <span aria-hidden="true">⚠ </span>}
            {p.text}
          </li>
        ))}
      </ul>
      <div className="curation-body">
        <section className="curation-log" aria-labelledby="decision-log-title">
          <h2 id="decision-log-title" className="sr-only">
            {t('curationView:tableLabel')}
          </h2>
          <DecisionLogFilters
            filter={filter}
            onChange={setFilter}
            documents={choices.documents}
            curators={choices.curators}
            quickReasons={quickReasons}
          />
          <div className="curation-status-line">
            <p aria-live="polite" data-testid="decision-count">
              {t('curationView:shown', { shown: rows.length, count: total })}
            </p>
            {total > rows.length && rows.length >= LOG_LIMIT && (
              <p className="curation-hint">{t('curationView:newestOnly', { shown: rows.length })}</p>
            )}
            {loading && <p className="curation-hint">{t('curationView:loading')}</p>}
          </div>
          {error && (
            <p className="curation-error" role="alert">
              {t('curationView:couldNotLoad', { reason: error })}
            </p>
          )}
          <DecisionLogTable
            rows={rows}
            tags={tags}
            nameOf={nameOf}
            onOpenDocument={(documentId) => navigate({ view: 'compare', documentId })}
            resetKey={JSON.stringify(filter)}
            empty={
              shown === null ? null : (
                <p className="curation-hint">
                  {(all?.total ?? 0) === 0 ? t('curationView:empty') : t('curationView:noMatch')}
                </p>
              )
            }
          />
        </section>
        <aside className="curation-side">
          <QuickReasonsPanel quickReasons={quickReasons} />
        </aside>
      </div>
    </main>
  );
}
