import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { ProjectSession } from '../project-session.ts';

type LogCalls = Pick<
  Handlers,
  'decideLink' | 'listDecisions' | 'exportDecisionLog' | 'listQuickReasons' | 'saveQuickReason' | 'deleteQuickReason'
>;

/** Curating links, the decision log and its CSV, and the team's quick reasons. */
export function curationLogHandlers(_session: ProjectSession): LogCalls {
  const todo = async (): Promise<never> => {
    throw new ApiError('internal', 'not built yet');
  };
  return {
    decideLink: todo,
    listDecisions: todo,
    exportDecisionLog: todo,
    listQuickReasons: todo,
    saveQuickReason: todo,
    deleteQuickReason: todo,
  };
}
