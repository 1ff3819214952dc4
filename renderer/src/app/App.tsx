import { BackupsView } from '../features/backups/BackupsView.tsx';
import { useEffect } from 'react';
import { SearchView } from '../features/search/SearchView.tsx';
import { ActorsView } from '../features/actors/ActorsView.tsx';
import { CodebookView } from '../features/codebook/CodebookView.tsx';
import { ConceptsView } from '../features/concepts/ConceptsView.tsx';
import { LinksView } from '../features/links/LinksView.tsx';
import { CompareView } from '../features/compare/CompareView.tsx';
import { AgreementView } from '../features/agreement/AgreementView.tsx';
import { CurationView } from '../features/curation/CurationView.tsx';
import { HistoryView } from '../features/history/HistoryView.tsx';
import { NetworkView } from '../features/network/NetworkView.tsx';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { ReaderView } from '../features/reader/ReaderView.tsx';
import { useT } from '../i18n/i18n.ts';
import { useAppStore } from '../store/app-store.ts';
import { isTypingTarget } from '../ui/is-typing-target.ts';
import { ImportDialog } from '../features/import/ImportDialog.tsx';
import { FileDropZone } from '../features/import/FileDropZone.tsx';
import { BundleImportDialog } from '../features/bundles/BundleImportDialog.tsx';
import { listenForWindowCommands } from '../features/bundles/window-command-events.ts';
import { IdentityDialog } from '../features/settings/IdentityDialog.tsx';
import { SyncDialogs } from '../features/sync/SyncDialogs.tsx';
import { ConfirmHost } from '../ui/ConfirmHost.tsx';
import { NavBar } from './NavBar.tsx';
import { Notices } from './Notices.tsx';

/** Starts the app and shows the current view. */
export function App() {
  const { t } = useT();
  const boot = useAppStore((s) => s.boot);
  const bootError = useAppStore((s) => s.bootError);
  const route = useAppStore((s) => s.route);
  const importing = useAppStore((s) => s.importState !== null);
  const importingBundle = useAppStore((s) => s.bundleImport !== null);
  const identityConfirmed = useAppStore((s) => s.identityConfirmed);
  const editingIdentity = useAppStore((s) => s.editingIdentity);

  useEffect(() => {
    void useAppStore.getState().start();
    const onPop = () => useAppStore.getState().followLocation();
    // Warn before closing or reloading while a save is still on its way.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (useAppStore.getState().unsaved.size > 0) event.preventDefault();
    };
    // Undo and redo work in every view; inside a field, the field's own undo wins.
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTypingTarget(event.target)) return;
      const state = useAppStore.getState();
      if (state.editingText || state.prompt || state.importState || state.bundleImport || state.bundleExportOpen) {
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void state.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') void state.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKey);
    // File → Export / Import bundle… in Electron's menu, once the project is on screen.
    const stopCommands = listenForWindowCommands((command) => {
      const state = useAppStore.getState();
      if (state.boot !== 'ready') return;
      if (command === 'exportBundle') state.openBundleExport();
      else if (command === 'cloneSharedProject') state.openSyncDialog('clone');
      else void state.openBundleImport();
    });
    return () => {
      stopCommands();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  if (boot === 'no-token') {
    // The command in code type wherever the language puts it in the sentence.
    const [before, after] = t('common:bootNoToken', { command: '\u0000' }).split('\u0000');
    return (
      <div className="boot-message">
        <h1>Glossator</h1>
        <p>
          {before}
          <code>npm run serve</code>
          {after}
        </p>
      </div>
    );
  }
  if (boot === 'failed') {
    return (
      <div className="boot-message">
        <h1>{t('common:bootFailed')}</h1>
        <p>{bootError}</p>
      </div>
    );
  }
  if (boot === 'starting') return <div className="boot-message">{t('common:bootOpening')}</div>;
  return (
    <div className="app">
      <NavBar />
      <Notices />
      {route.view === 'reader' ? (
        <ReaderView />
      ) : route.view === 'codebook' ? (
        <CodebookView />
      ) : route.view === 'actors' || route.view === 'suggestions' ? (
        <ActorsView />
      ) : route.view === 'search' ? (
        <SearchView />
      ) : route.view === 'links' ? (
        <LinksView />
      ) : route.view === 'concepts' ? (
        <ConceptsView />
      ) : route.view === 'network' ? (
        <NetworkView />
      ) : route.view === 'backups' ? (
        <BackupsView />
      ) : route.view === 'compare' ? (
        <CompareView />
      ) : route.view === 'agreement' ? (
        <AgreementView />
      ) : route.view === 'curation' ? (
        <CurationView />
      ) : route.view === 'history' ? (
        <HistoryView />
      ) : (
        <LibraryView />
      )}
      {importing && <ImportDialog />}
      {importingBundle && <BundleImportDialog />}
      {(!identityConfirmed || editingIdentity) && <IdentityDialog />}
      <SyncDialogs />
      <FileDropZone />
      <ConfirmHost />
    </div>
  );
}
