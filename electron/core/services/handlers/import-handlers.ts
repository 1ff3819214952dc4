import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';
import { message } from '../../../../shared/i18n/message.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { readTicket } from '../../files/read-ticket.ts';

type ImportHandlers = Pick<Handlers, 'stageImport' | 'previewImport' | 'importFiles' | 'discardImports'>;

/** Importing files: preview first, then add what the user confirmed (see ImportService). */
export function importHandlers(session: ProjectSession): ImportHandlers {
  return {
    async stageImport({ file, encoding }) {
      // A document's cap (limits.importFileBytes) is checked before the file is read.
      const { name, bytes } = await readTicket(session.files, file, limits.importFileBytes, (size) =>
        message('importing:reasonTooLarge', { size: Math.round(size / MB), max: limits.importFileBytes / MB }),
      );
      return session.imports.stage(
        baseName(name),
        new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
        encoding,
      );
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

const MB = 1024 * 1024;

/** A name only: a path sent by mistake must not end up in the project. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}
