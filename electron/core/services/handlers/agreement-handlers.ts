import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type AgreementCalls = Pick<
  Handlers,
  'compareDocument' | 'listDisagreements' | 'computeAgreement' | 'exportAgreementTable'
>;

// TEMPORARY (replaced during this session by the agreement helper): the calls are declared, not yet built.
export function agreementHandlers(_session: ProjectSession): AgreementCalls {
  const notYet = async (): Promise<never> => {
    throw new ApiError('internal', 'not built yet'); // literal-ok: temporary
  };
  return { compareDocument: notYet, listDisagreements: notYet, computeAgreement: notYet, exportAgreementTable: notYet };
}
