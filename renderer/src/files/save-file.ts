import { startDownload } from './start-download.ts';
import type { FileKind, FileTicket, SavedFile } from '../../../shared/ipc/file-ticket.ts';
import { requireApi } from '../store/api.ts';

/**
 * Saves a file the core writes: asks where (Electron's save dialog; the
 * loopback server answers with a download slot), lets `write` make the call
 * that writes it to the ticket, and in a browser then starts the download
 * of what was written. Null: the user cancelled the dialog.
 */
export async function saveFile(
  kind: FileKind,
  suggestedName: string,
  write: (ticket: FileTicket) => Promise<SavedFile>,
): Promise<SavedFile | null> {
  const target = await requireApi().chooseSaveFile({ kind, suggestedName: fileNameOf(suggestedName) });
  if (!target) return null;
  const saved = await write(target.ticket);
  if (saved.download) startDownload(saved.download, saved.name);
  return saved;
}

/** A name a file system takes: no path separators or control characters, never empty. */
export function fileNameOf(name: string): string {
  const clean = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.slice(0, 200) || 'glossator';
}
