import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type MappingCalls = Pick<Handlers, 'listTagMappings' | 'saveTagMapping' | 'deleteTagMapping' | 'compareCodebooks'>;

// TEMPORARY (replaced during this session by the mapping helper): the calls are declared, not yet built.
export function tagMappingHandlers(_session: ProjectSession): MappingCalls {
  const notYet = async (): Promise<never> => {
    throw new ApiError('internal', 'not built yet'); // literal-ok: temporary
  };
  return { listTagMappings: notYet, saveTagMapping: notYet, deleteTagMapping: notYet, compareCodebooks: notYet };
}
