import { useEffect } from 'react';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { ReaderView } from '../features/reader/ReaderView.tsx';
import { useAppStore } from '../store/app-store.ts';
import { Notices } from './Notices.tsx';

/** Starts the app and shows the current view. */
export function App() {
  const boot = useAppStore((s) => s.boot);
  const bootError = useAppStore((s) => s.bootError);
  const route = useAppStore((s) => s.route);

  useEffect(() => {
    void useAppStore.getState().start();
    const onPop = () => useAppStore.getState().followLocation();
    // Warn before closing or reloading while a save is still on its way.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (useAppStore.getState().unsaved.size > 0) event.preventDefault();
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  if (boot === 'no-token') {
    return (
      <div className="boot-message">
        <h1>Glossator</h1>
        <p>
          This page needs the address printed by <code>npm run serve</code>: it holds the access token for this run.
        </p>
      </div>
    );
  }
  if (boot === 'failed') {
    return (
      <div className="boot-message">
        <h1>Glossator could not open the project</h1>
        <p>{bootError}</p>
      </div>
    );
  }
  if (boot === 'starting') return <div className="boot-message">Opening the project…</div>;
  return (
    <div className="app">
      <Notices />
      {route.view === 'reader' ? <ReaderView /> : <LibraryView />}
    </div>
  );
}
