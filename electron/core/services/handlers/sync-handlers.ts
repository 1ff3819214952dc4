import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import { resolve } from 'node:path';
import type { ProjectSession } from '../project-session.ts';
import { cloneSharedProject } from '../sync-service.ts';

type SyncHandlers = Pick<
  Handlers,
  | 'getSyncStatus'
  | 'connectSync'
  | 'syncProject'
  | 'cloneProject'
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
    async cloneProject({ url, path, credentials }) {
      const dir = resolve(path);
      await cloneSharedProject(url, dir, session.syncSources, credentials);
      await session.open(dir, { withSample: false });
      return session.store.info();
    },
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
