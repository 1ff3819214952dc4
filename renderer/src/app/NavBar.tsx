import { useAppStore } from '../store/app-store.ts';

/** The views of a project, and undo/redo with what they would do. */
export function NavBar() {
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
    <nav className="nav-bar" aria-label="Views">
      <span className="nav-project" title={projectName}>
        {projectName}
      </span>
      {tab('Library', route.view === 'library' || route.view === 'reader', () => navigate({ view: 'library' }))}
      {tab('Codebook', route.view === 'codebook', () => navigate({ view: 'codebook' }))}
      {tab('Actors', route.view === 'actors' || route.view === 'suggestions', () => navigate({ view: 'actors' }))}
      {tab('Search', route.view === 'search', () => navigate({ view: 'search' }))}
      {tab('Links', route.view === 'links', () => navigate({ view: 'links' }))}
      {tab('Concepts', route.view === 'concepts', () => navigate({ view: 'concepts' }))}
      {tab('Network', route.view === 'network', () => navigate({ view: 'network' }))}
      {tab('Backups', route.view === 'backups', () => navigate({ view: 'backups' }))}
      <span className="nav-spacer" />
      <button
        type="button"
        className="nav-coder"
        title="Settings: your name as colleagues see it"
        aria-label={`Coding as ${coderName ?? ''}: settings`}
        onClick={() => openSettings(true)}
      >
        {coderName}
      </button>
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!labels.undo}
        title={labels.undo ? `Undo: ${labels.undo} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!labels.redo}
        title={labels.redo ? `Redo: ${labels.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
    </nav>
  );
}
