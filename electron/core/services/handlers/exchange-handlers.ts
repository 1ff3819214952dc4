import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { ProjectSession } from '../project-session.ts';

type ExchangeCalls = Pick<Handlers, 'exportExchange'>;

// TEMPORARY (replaced during this session by the plumbing helper): the call is declared, its writers not yet built.
export function exchangeHandlers(_session: ProjectSession): ExchangeCalls {
  return {
    async exportExchange() {
      throw new ApiError('internal', 'not built yet'); // literal-ok: temporary
    },
  };
}
