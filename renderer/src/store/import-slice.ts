import type { StateCreator } from 'zustand';
import type { ImportPreview, ImportSummary } from '../../../shared/ipc/import-results.ts';
import type { DocumentMetadata } from '../../../shared/model/document.ts';
import type { TextEncoding } from '../../../shared/text/decode-text.ts';
import { importFileProblem } from '../../../shared/text/import-format.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { readAsBase64 } from './read-as-base64.ts';

/** A file in the import dialog: what the core made of it, and the user's choices. */
export interface ImportEntry {
  preview: ImportPreview;
  /** Imported when the dialog's Import button is pressed. */
  include: boolean;
  /** Indexes of proposed cleanup stretches the user chose to keep in the text. */
  keep: ReadonlySet<number>;
  title: string;
  metadata: DocumentMetadata;
}

export interface ImportState {
  phase: 'reading' | 'review' | 'importing' | 'done';
  entries: ImportEntry[];
  /** The entry whose preview is shown. */
  selected: number;
  progress: { done: number; total: number };
  summary: ImportSummary | null;
}

export interface ImportSlice {
  importState: ImportState | null;
  /** Opens the import dialog, reading `files` if any (a drop, or the dialog's file picker). */
  openImport: (files?: readonly File[]) => Promise<void>;
  closeImport: () => void;
  selectImportEntry: (index: number) => void;
  updateImportEntry: (index: number, patch: Partial<Omit<ImportEntry, 'preview'>>) => void;
  /** Reads a file again in another encoding. */
  changeImportEncoding: (index: number, encoding: TextEncoding) => Promise<void>;
  /** Imports the included files, a few at a time, with progress; then shows the summary. */
  runImport: () => Promise<void>;
}

/** Files sent per import call: small enough for steady progress, large enough to be quick. */
const BATCH = 10;

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => {
  const patchState = (patch: Partial<ImportState>) =>
    set((s) => (s.importState ? { importState: { ...s.importState, ...patch } } : {}));
  const patchEntry = (index: number, patch: Partial<ImportEntry>) =>
    set((s) => {
      if (!s.importState) return {};
      const entries = s.importState.entries.map((e, i) => (i === index ? { ...e, ...patch } : e));
      return { importState: { ...s.importState, entries } };
    });

  return {
    importState: null,

    openImport: async (files = []) => {
      const current = get().importState;
      if (current && current.phase !== 'review' && current.phase !== 'reading') return;
      const entries = current?.entries ?? [];
      set({
        importState: {
          phase: files.length ? 'reading' : 'review',
          entries,
          selected: current?.selected ?? 0,
          progress: { done: 0, total: files.length },
          summary: null,
        },
      });
      for (const [i, file] of files.entries()) {
        const preview = await stageFile(file, entries.length + i);
        if (!get().importState) {
          // The dialog was closed while reading: let the core forget the file.
          if (preview.status === 'ready') void requireApi().discardImports({ stagingIds: [preview.stagingId] });
          return;
        }
        set((s) => {
          const state = s.importState as ImportState;
          return {
            importState: {
              ...state,
              entries: [...state.entries, entryOf(preview)],
              progress: { done: i + 1, total: files.length },
            },
          };
        });
      }
      patchState({ phase: 'review' });
    },

    closeImport: () => {
      const state = get().importState;
      set({ importState: null });
      const waiting = state?.entries.filter((e) => e.preview.status === 'ready').map((e) => e.preview.stagingId) ?? [];
      if (waiting.length && state?.phase !== 'done') void requireApi().discardImports({ stagingIds: waiting });
    },

    selectImportEntry: (index) => patchState({ selected: index }),

    updateImportEntry: (index, patch) => patchEntry(index, patch),

    changeImportEncoding: async (index, encoding) => {
      const entry = get().importState?.entries[index];
      if (!entry) return;
      try {
        const preview = await requireApi().previewImport({ stagingId: entry.preview.stagingId, encoding });
        // The text changed, so do the proposed cleanup and the guesses; the user's title is kept if edited.
        const fresh = entryOf(preview);
        patchEntry(index, {
          preview,
          keep: fresh.keep,
          title: entry.title === entry.preview.title ? fresh.title : entry.title,
          metadata: { ...fresh.metadata, ...entry.metadata },
        });
      } catch (error) {
        get().notify('error', `Could not read the file again: ${messageOf(error)}`);
      }
    },

    runImport: async () => {
      const state = get().importState;
      if (state?.phase !== 'review') return;
      const chosen = state.entries.filter((e) => e.include && e.preview.status === 'ready');
      const skippedHere = state.entries.filter((e) => !e.include || e.preview.status !== 'ready');
      const summary: ImportSummary = {
        imported: [],
        duplicates: skippedHere
          .filter((e) => e.preview.status === 'ready' && e.preview.duplicateOf)
          .map((e) => ({
            stagingId: e.preview.stagingId,
            fileName: e.preview.fileName,
            duplicateOf: e.preview.duplicateOf?.title ?? '',
          })),
        // Files that could not be read are reported too, with their reason.
        failed: skippedHere
          .filter((e) => e.preview.status === 'failed')
          .map((e) => ({
            stagingId: e.preview.stagingId,
            fileName: e.preview.fileName,
            reason: e.preview.reason ?? '',
          })),
      };
      patchState({ phase: 'importing', progress: { done: 0, total: chosen.length } });
      for (let i = 0; i < chosen.length; i += BATCH) {
        const batch = chosen.slice(i, i + BATCH);
        try {
          const result = await requireApi().importFiles({ items: batch.map(importItemOf) });
          summary.imported.push(...result.imported);
          summary.duplicates.push(...result.duplicates);
          summary.failed.push(...result.failed);
        } catch (error) {
          for (const e of batch) {
            summary.failed.push({
              stagingId: e.preview.stagingId,
              fileName: e.preview.fileName,
              reason: messageOf(error),
            });
          }
        }
        patchState({ progress: { done: Math.min(i + BATCH, chosen.length), total: chosen.length } });
      }
      const declined = skippedHere.filter((e) => e.preview.status === 'ready').map((e) => e.preview.stagingId);
      if (declined.length) void requireApi().discardImports({ stagingIds: declined });
      set((s) => ({ documents: [...s.documents, ...summary.imported] }));
      patchState({ phase: 'done', summary });
    },
  };
};

/** Stages one file, or explains locally why it will not be read (too large, unknown format). */
async function stageFile(file: File, n: number): Promise<ImportPreview> {
  const problem = importFileProblem(file.name, file.size);
  if (problem) return localFailure(file, n, problem);
  try {
    return await requireApi().stageImport({ fileName: file.name, data: await readAsBase64(file) });
  } catch (error) {
    return localFailure(file, n, messageOf(error));
  }
}

function localFailure(file: File, n: number, reason: string): ImportPreview {
  return {
    stagingId: `not-staged-${n}`,
    fileName: file.name,
    size: file.size,
    status: 'failed',
    reason,
    format: null,
    encoding: null,
    detectedBy: null,
    text: '',
    boilerplate: [],
    title: file.name,
    metadata: {},
    duplicateOf: null,
    warnings: [],
  };
}

function entryOf(preview: ImportPreview): ImportEntry {
  return {
    preview,
    include: preview.status === 'ready' && !preview.duplicateOf,
    keep: new Set(),
    title: preview.title,
    metadata: preview.metadata,
  };
}

function importItemOf(e: ImportEntry) {
  return {
    stagingId: e.preview.stagingId,
    title: e.title.trim() || e.preview.fileName,
    metadata: e.metadata,
    remove: e.preview.boilerplate.filter((_, i) => !e.keep.has(i)).map(({ start, end }) => ({ start, end })),
  };
}
