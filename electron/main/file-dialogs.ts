import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import type { Translate } from '../../shared/i18n/i18n.ts';
import type { FileKind } from '../../shared/ipc/file-ticket.ts';
import { importExtensions } from '../../shared/text/import-format.ts';
import type { FileGate, FileShell } from '../core/files/file-gate.ts';

const extensions: Record<FileKind, string[]> = {
  bundle: ['glossator'],
  codebook: ['json'],
  graphml: ['graphml'],
  csv: ['csv'],
  document: importExtensions.map((e) => e.slice(1)),
  exchange: ['glossator', 'qdpx', 'qdc', 'json', 'jsonld', 'zip'],
  qdpx: ['qdpx'],
  qdc: ['qdc'],
  w3c: ['jsonld', 'json'],
  zip: ['zip'],
};

/** The dialogs' filters for a kind, worded in the user's language, with "All files" last. */
export function filtersOf(kind: FileKind, t: Translate): FileFilter[] {
  return [
    { name: t(`files:filter-${kind}`), extensions: extensions[kind] },
    { name: t('files:filterAll'), extensions: ['*'] },
  ];
}

/**
 * Electron's way of choosing files: the system's save and open dialogs,
 * attached to the window. The path the user picked becomes a ticket in the
 * gate; the window only ever sees the ticket and the file's name.
 */
export function dialogShell(
  window: BrowserWindow,
  gate: FileGate,
  t: () => Translate,
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
): FileShell {
  return {
    async chooseSave(kind, suggestedName) {
      const picked = await dialog.showSaveDialog(window, {
        defaultPath: suggestedName,
        filters: filtersOf(kind, t()),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (picked.canceled || !picked.filePath) return null;
      const name = basename(picked.filePath);
      return { ticket: gate.grantSave(picked.filePath, name), name };
    },
    async chooseOpen(kind) {
      const picked = await dialog.showOpenDialog(window, { filters: filtersOf(kind, t()), properties: ['openFile'] });
      const path = picked.filePaths[0];
      if (picked.canceled || !path) return null;
      const name = basename(path);
      const { size } = await stat(path);
      return { ticket: gate.grantOpen(path, name, size), name, bytes: size };
    },
  };
}
