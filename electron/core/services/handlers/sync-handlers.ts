import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import type { ProjectSession } from '../project-session.ts';

type SyncHandlers = Pick<
  Handlers,
  | 'getSyncStatus'
  | 'connectSync'
  | 'syncProject'
  | 'listSyncConflicts'
  | 'resolveSyncConflicts'
  | 'getSyncHistory'
  | 'getAnnotationHistory'
>;

/** Team sync: the Sync button and panel, the credentials and conflicts dialogs, the History view. */
export function syncHandlers(session: ProjectSession): SyncHandlers {
  return {
    getSyncStatus: ({ fetch }) => (fetch ? session.sync.look() : session.sync.status()),
    connectSync: ({ url }) => session.sync.connect(url),
    syncProject: ({ credentials }) => session.sync.sync(credentials),
    async listSyncConflicts() {
      return session.sync.conflicts();
    },
    async resolveSyncConflicts({ choices }) {
      await session.sync.resolve(choices);
      return { change: { ...emptyChangeSet(), reload: true }, history: session.history.labels() };
    },
    getSyncHistory: ({ limit }) => session.sync.history(limit ?? 100),
    getAnnotationHistory: ({ annotationId }) => session.sync.annotationHistory(annotationId),
  };
}
