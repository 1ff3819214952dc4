import { SyncButton } from '../features/sync/SyncButton.tsx';
import { useT } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { wordText } from '../store/notice-slice.ts';

/** The views of a project, and undo/redo with what they would do. */
export function NavBar() {
  const { t } = useT();
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const labels = useAppStore((s) => s.historyLabels);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const projectName = useAppStore((s) => s.project?.name);
  const coderName = useAppStore((s) => s.project?.coder.name);
  const openSettings = useAppStore((s) => s.setEditingIdentity);
  const tab = (label: string, active: boolean, go: () => void) => (
    <button
      type="button"
      className={active ? 'nav-tab active' : 'nav-tab'}
      aria-current={active ? 'page' : undefined}
      onClick={go}
    >
      {label}
    </button>
  );
  return (
    <nav className="nav-bar" aria-label={t('common:views')}>
      <span className="nav-project" title={projectName}>
        {projectName}
      </span>
      {tab(t('common:tab-library'), route.view === 'library' || route.view === 'reader', () =>
        navigate({ view: 'library' }),
      )}
      {tab(t('common:tab-codebook'), route.view === 'codebook', () => navigate({ view: 'codebook' }))}
      {tab(t('common:tab-actors'), route.view === 'actors' || route.view === 'suggestions', () =>
        navigate({ view: 'actors' }),
      )}
      {tab(t('common:tab-search'), route.view === 'search', () => navigate({ view: 'search' }))}
      {tab(t('common:tab-links'), route.view === 'links', () => navigate({ view: 'links' }))}
      {tab(t('common:tab-concepts'), route.view === 'concepts', () => navigate({ view: 'concepts' }))}
      {tab(t('common:tab-network'), route.view === 'network', () => navigate({ view: 'network' }))}
      {tab(t('common:tab-compare'), route.view === 'compare', () => navigate({ view: 'compare' }))}
      {tab(t('common:tab-agreement'), route.view === 'agreement', () => navigate({ view: 'agreement' }))}
      {tab(t('curationView:tab'), route.view === 'curation', () => navigate({ view: 'curation' }))}
      {tab(t('common:tab-backups'), route.view === 'backups', () => navigate({ view: 'backups' }))}
      {tab(t('sync:history-title'), route.view === 'history', () => navigate({ view: 'history' }))}
      <span className="nav-spacer" />
      <SyncButton />
      <button
        type="button"
        className="nav-coder"
        title={t('common:coderTitle')}
        aria-label={t('common:coderLabel', { name: coderName ?? '' })}
        onClick={() => openSettings(true)}
      >
        {coderName}
      </button>
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!labels.undo}
        title={
          labels.undo ? t('notices:undoTooltip', { step: wordText(labels.undo, t) }) : t('notices:nothingToUndoTooltip')
        }
      >
        {t('common:undo')}
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!labels.redo}
        title={
          labels.redo ? t('notices:redoTooltip', { step: wordText(labels.redo, t) }) : t('notices:nothingToRedoTooltip')
        }
      >
        {t('common:redo')}
      </button>
    </nav>
  );
}
