import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type FileHandlers = Pick<Handlers, 'chooseSaveFile' | 'chooseOpenFile'>;

/** Choosing files goes to the shell (a dialog, a download slot) through the session's gate. */
export function fileHandlers(session: ProjectSession): FileHandlers {
  return {
    chooseSaveFile: ({ kind, suggestedName }) => session.files.chooseSave(kind, suggestedName),
    chooseOpenFile: ({ kind }) => session.files.chooseOpen(kind),
  };
}
