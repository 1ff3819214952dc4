import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type HistoryHandlers = Pick<Handlers, 'undo' | 'redo' | 'getHistory'>;

/**
 * Undo and redo, in turn with every other change (see ProjectSession.change).
 * They take back or redo steps this session made, whatever layers those
 * touched (a tag merge retags every layer), so they are not checked with
 * requireOwnLayer: that check ran when the step was made.
 */
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
