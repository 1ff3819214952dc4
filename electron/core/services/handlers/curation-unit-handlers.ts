import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { ProjectSession } from '../project-session.ts';

type UnitCalls = Pick<Handlers, 'getCuration' | 'mergeAgreeing' | 'decideUnit' | 'setCurationStatus'>;

/** Curating units: one document's curation, merging what agrees, deciding a unit, a document's status. */
export function curationUnitHandlers(_session: ProjectSession): UnitCalls {
  const todo = async (): Promise<never> => {
    throw new ApiError('internal', 'not built yet');
  };
  return { getCuration: todo, mergeAgreeing: todo, decideUnit: todo, setCurationStatus: todo };
}
