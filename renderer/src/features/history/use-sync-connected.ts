import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store.ts';

/**
 * Whether the open project is shared through git (the sync slice's status): null until the status is known.
 * Asks for the status when nobody has yet (a window opened straight on the History view or an annotation).
 */
export function useSyncConnected(): boolean | null {
  const connected = useAppStore((s) => s.syncStatus?.connected ?? null);
  const known = useAppStore((s) => s.syncStatus !== null);
  const project = useAppStore((s) => s.project);
  useEffect(() => {
    if (project && !known) void useAppStore.getState().refreshSyncStatus();
  }, [project, known]);
  return connected;
}
