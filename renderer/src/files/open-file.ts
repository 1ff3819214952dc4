import type { FileKind, OpenedFile } from '../../../shared/ipc/file-ticket.ts';
import { requireApi } from '../store/api.ts';
import { acceptOf } from './file-accept.ts';
import { uploadFile } from './upload-file.ts';
import './file-bridge.ts';

/**
 * Asks for a file to open: Electron's open dialog (the core reads the path
 * the user chose), or in a browser the page's own file picker, whose file
 * is then uploaded. Null: the user cancelled.
 */
export async function openFile(kind: FileKind): Promise<OpenedFile | null> {
  if (window.glossatorFiles) return requireApi().chooseOpenFile({ kind });
  const file = await pickFile(acceptOf(kind));
  return file ? uploadFile(file) : null;
}

/** The browser's file picker, once; null when it is closed without a file. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** True in Electron, where files are chosen in the system's dialogs rather than the page's picker. */
export function hasFileDialogs(): boolean {
  return window.glossatorFiles !== undefined;
}
