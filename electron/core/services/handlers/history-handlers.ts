import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type HistoryHandlers = Pick<Handlers, 'undo' | 'redo' | 'getHistory'>;

/** Undo and redo, in turn with every other change (see ProjectSession.change). */
export function historyHandlers(session: ProjectSession): HistoryHandlers {
  const commit = (undo: Parameters<typeof session.commitUndoable>[0]) => session.commitUndoable(undo);
  return {
    async undo() {
      return session.exclusive(() => session.history.undo(commit));
    },
    async redo() {
      return session.exclusive(() => session.history.redo(commit));
    },
    async getHistory() {
      return session.history.labels();
    },
  };
}
