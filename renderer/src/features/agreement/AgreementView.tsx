import { useEffect, useMemo, useRef } from 'react';
import { isFilterActive } from '../../../../shared/library/filter-documents.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import {
  agreementQuery,
  codersWithLayers,
  formProblems,
  initialForm,
  queryCoders,
  scopeDocumentIds,
  staleness,
  toggleCoder,
} from './agreement-form.ts';
import { useAgreementStore } from './agreement-store.ts';
import { AgreementFormPanel } from './AgreementFormPanel.tsx';
import { AgreementReportView } from './AgreementReportView.tsx';
import { CodebookComparison } from '../tag-mapping/CodebookComparison.tsx';
import './agreement.css';

/**
 * The Agreement view (#/agreement): what to compare on top, the report
 * below — how units were formed first, then every figure, the charts, the
 * tables and their downloads.
 */
export function AgreementView() {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const documents = useAppStore((s) => s.documents);
  const tags = useAppStore((s) => s.codebook.tags);
  const filter = useAppStore((s) => s.libraryFilter);
  const ticked = useAppStore((s) => s.librarySelection);
  // Where the history stands (the step undo would take back, what redo would do): it moves with every step.
  const history = useAppStore((s) => `${s.historyLabels.undoSeq} ${JSON.stringify(s.historyLabels.redo)}`);
  const { form, projectId, report, query, historyKey, computing, error, setForm, compute } = useAgreementStore();

  // A first visit, or another project: defaults from this project's coders.
  useEffect(() => {
    if (project && (form === null || projectId !== project.id)) {
      setForm(initialForm(project.coders, documents), project.id);
    }
  }, [project, form, projectId, documents, setForm]);

  // A mapping made below changes the figures: the report is computed again once the history has taken the step in.
  const recomputeAfterStep = useRef(false);
  useEffect(() => {
    const shown = useAgreementStore.getState().query;
    if (!recomputeAfterStep.current || !shown) return;
    recomputeAfterStep.current = false;
    void compute(shown, history);
  }, [history, compute]);

  const library = useMemo(() => ({ documents, filter, tags, ticked }), [documents, filter, tags, ticked]);
  const counts = useMemo(
    () => ({
      all: documents.length,
      filter: scopeDocumentIds('filter', library)?.length ?? 0,
      ticked: scopeDocumentIds('ticked', library)?.length ?? 0,
    }),
    [documents.length, library],
  );
  const withLayers = useMemo(
    () => new Set(project ? codersWithLayers(project.coders, documents) : []),
    [project, documents],
  );
  const documentIds = useMemo(() => (form ? scopeDocumentIds(form.scope, library) : null), [form, library]);

  if (!project || !form) return <main className="agreement-view" />;
  const problems = formProblems(form, documentIds);
  const leading = queryCoders(form);
  const pair: [string, string] | null = leading.length >= 2 ? [leading[0] as string, leading[1] as string] : null;
  const current = problems.length === 0 ? agreementQuery(form, documentIds) : null;
  // Any step since (an edit, an undo, a tag mapping) may change the figures: say so rather than show old ones as current.
  const stale = staleness(current, query, historyKey !== null && historyKey !== history);
  const nameOf = (coderId: string) =>
    project.coders.some((c) => c.id === coderId)
      ? coderLabel(coderId, project, t)
      : (report?.coders.find((c) => c.id === coderId)?.name ?? coderId);

  return (
    <main className="agreement-view">
      <header className="agreement-header">
        <h1>{t('agreement:title')}</h1>
        <p className="agreement-intro">{t('agreement:intro')}</p>
      </header>
      <AgreementFormPanel
        form={form}
        project={project}
        tags={tags}
        withLayers={withLayers}
        counts={counts}
        filterActive={isFilterActive(filter)}
        problems={problems}
        computing={computing}
        onChange={(next) => setForm(next, project.id)}
        onToggleCoder={(coderId) =>
          setForm({ ...form, coderIds: toggleCoder(form, project.coders, coderId) }, project.id)
        }
        onCompute={() => current && void compute(current, history)}
      />
      {error && (
        <p className="agreement-error" role="alert">
          {t('agreement:couldNotCompute', { reason: error })}
        </p>
      )}
      {report && query ? (
        <AgreementReportView
          report={report}
          query={query}
          tags={tags}
          nameOf={nameOf}
          stale={stale}
          onRecompute={() => void compute(query, history)}
        />
      ) : (
        !computing && <p className="agreement-empty">{t('agreement:empty')}</p>
      )}
      {/* Before or after a report: mapping a colleague's tags onto ours is what makes their figures comparable. */}
      <div className="agreement-mapping">
        <CodebookComparison
          coders={pair}
          onMappingsChanged={() => {
            if (useAgreementStore.getState().query) recomputeAfterStep.current = true;
          }}
        />
      </div>
    </main>
  );
}
