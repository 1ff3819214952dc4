import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';
import { message } from '../../../../shared/i18n/message.ts';

type ImportHandlers = Pick<Handlers, 'stageImport' | 'previewImport' | 'importFiles' | 'discardImports'>;

/** Importing files: preview first, then add what the user confirmed (see ImportService). */
export function importHandlers(session: ProjectSession): ImportHandlers {
  return {
    async stageImport({ fileName, data, encoding }) {
      const bytes = new Uint8Array(Buffer.from(data, 'base64'));
      return session.imports.stage(baseName(fileName), bytes, encoding);
    },
    async previewImport({ stagingId, encoding }) {
      return session.imports.repreview(stagingId, encoding);
    },
    async importFiles({ items }) {
      // After the changes asked for before it, like every change to the project.
      return session.exclusive(async () => {
        // A backup of the project as it was before, however the import goes (its start is all it waits for).
        const backup = session.backups.begin('before-import', message('history:importFiles', { count: items.length }));
        backup.done.catch(() => {});
        await backup.started.catch(() => {});
        return session.imports.importItems(items);
      });
    },
    async discardImports({ stagingIds }) {
      session.imports.discard(stagingIds);
      return { discarded: stagingIds.length };
    },
  };
}

/** A name only: a path sent by mistake must not end up in the project. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}
