import { useEffect } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { CoderChoice } from './CoderChoice.tsx';
import { comparedCoders, useCompareStore } from './compare-store.ts';
import { CorpusList } from './CorpusList.tsx';
import { CurateHeader, CurateSwitch } from './curate/CurateControls.tsx';
import './curate/curate.css';
import { DocumentCompare } from './DocumentCompare.tsx';
import { LayoutSwitch } from './LayoutSwitch.tsx';
import { UnitRuleControl } from './UnitRuleControl.tsx';
import './compare.css';

/**
 * The Compare view: without a document, the documents by their number of
 * disagreements between the chosen coders; with one, its coders' layers
 * over its text, side by side or in one text, every unit classed.
 */
export function CompareView() {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const documentId = route.view === 'compare' ? route.documentId : undefined;
  const prefs = useCompareStore((s) => s.prefs);
  // Read by comparedCoders (the default choice: whoever has layers), so a new layer counts at once.
  useAppStore((s) => s.documents);
  const open = useCompareStore((s) => s.open);
  const openKey = useCompareStore((s) => s.openKey);
  const openError = useCompareStore((s) => s.openError);
  const rows = useCompareStore((s) => s.rows);
  const listError = useCompareStore((s) => s.listError);
  const loadedFor = useCompareStore((s) => s.projectId);
  const { setCoders, setRule, setLayout, setCurate } = useCompareStore.getState();
  const coders = comparedCoders(prefs);
  const projectId = project?.id;

  useEffect(() => {
    if (projectId) useCompareStore.getState().loadPrefs(projectId);
  }, [projectId]);
  // The names in the detail: actors and concepts, if no other view has loaded them yet.
  useEffect(() => {
    const app = useAppStore.getState();
    if (app.actors.length === 0) void app.loadActors();
    if (app.concepts.length === 0) void app.loadConcepts();
  }, []);
  // A visit, and every change to the project while here (an undo, a tag mapping), asks afresh.
  const history = useAppStore((s) => s.historyLabels);
  const revision = useCompareStore((s) => s.revision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each change of the project's history.
  useEffect(() => useCompareStore.getState().touch(), [history]);
  const ruleKey = `${prefs.rule.mode}|${prefs.rule.threshold}|${coders.join(',')}|${prefs.curate}|${loadedFor}|${revision}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: ruleKey stands for the choices the loads read.
  useEffect(() => {
    if (!loadedFor) return;
    const compare = useCompareStore.getState();
    if (documentId) void compare.loadDocument(documentId);
    else {
      compare.closeDocument();
      void compare.loadList();
    }
  }, [documentId, ruleKey]);

  // The last comparison of this document stays on screen while a newer one (other choices, a change) comes.
  const shown = documentId && open?.document.id === documentId ? open : null;
  const refreshing = shown !== null && shown.key !== openKey && !openError;
  return (
    <div className="compare-view">
      <header className="reader-header cmp-header">
        {documentId && (
          <button type="button" className="back" onClick={() => navigate({ view: 'compare' })}>
            {t('compare:backToList')}
          </button>
        )}
        <div className="reader-title">
          <h1>{shown ? shown.document.title : t('compare:title')}</h1>
          {!documentId && <p className="reader-meta">{t('compare:listIntro')}</p>}
          {shown?.curation && (
            <CurateHeader
              documentId={shown.document.id}
              status={shown.curation.curation.status}
              coderIds={shown.index.coderIds}
            />
          )}
        </div>
        <div className="cmp-controls">
          <CoderChoice chosen={coders} onChange={setCoders} />
          <UnitRuleControl rule={prefs.rule} onChange={setRule} />
          {documentId && <LayoutSwitch layout={prefs.layout} onChange={setLayout} />}
          {documentId && <CurateSwitch on={prefs.curate} onChange={setCurate} />}
          {documentId && (
            <button type="button" className="quiet" onClick={() => navigate({ view: 'reader', documentId })}>
              {t('compare:openInReader')}
            </button>
          )}
        </div>
      </header>
      {coders.length < 2 ? (
        <p className="empty-hint">{t('compare:oneCoder')}</p>
      ) : documentId ? (
        shown ? (
          <DocumentCompare open={shown} refreshing={refreshing} />
        ) : (
          <p className={openError ? 'empty-hint form-error' : 'empty-hint'} role={openError ? 'alert' : undefined}>
            {openError ? (prefs.curate ? `${openError} ` : openError) : t('compare:loading')}
            {openError && prefs.curate && (
              <button type="button" className="quiet" onClick={() => setCurate(false)}>
                {t('compareCurate:leaveCuration')}
              </button>
            )}
          </p>
        )
      ) : rows === null ? (
        <p className="empty-hint">{t('compare:listLoading')}</p>
      ) : listError ? (
        <p className="empty-hint form-error" role="alert">
          {listError}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-hint">{t('compare:noDocuments')}</p>
      ) : (
        <CorpusList rows={rows} coders={coders.length} />
      )}
    </div>
  );
}
