import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { FileGate, FileShell } from './file-gate.ts';

/**
 * The loopback server's way of choosing files. A browser has no save dialog
 * the core could open, so a save goes to a download slot in the staging
 * folder and the browser fetches it once written (its own download bar or
 * dialog decides where it lands). Opening is the browser's: the window
 * picks the file and uploads it (POST /files).
 */
export function downloadShell(gate: FileGate): FileShell {
  return {
    async chooseSave(_kind, suggestedName) {
      return { ticket: await gate.grantDownload(suggestedName), name: suggestedName };
    },
    async chooseOpen() {
      throw new ApiError('invalid-input', message('files:openNotOffered'));
    },
  };
}
