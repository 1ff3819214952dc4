import type { StateCreator } from 'zustand';
import { type Message, message } from '../../../shared/i18n/message.ts';
import type { ImportPreview, ImportSummary } from '../../../shared/ipc/import-results.ts';
import type { DocumentMetadata } from '../../../shared/model/document.ts';
import type { TextEncoding } from '../../../shared/text/decode-text.ts';
import { importFileProblem } from '../../../shared/text/import-format.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { uploadFile } from '../files/upload-file.ts';
import { t } from '../i18n/i18n.ts';

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
  /** Files being read again in another encoding: Import waits for them. */
  rereading: number;
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

/** Files chosen or dropped and not yet read; one loop reads them, however many drops add to it. */
const queue: File[] = [];
/** Bumped when the dialog closes, so a read still under way knows its dialog is gone. */
let dialogGeneration = 0;

/** Lets the core forget staged files (those it never staged are skipped). */
function discard(previews: readonly ImportPreview[]): Promise<unknown> {
  const stagingIds = previews.map((p) => p.stagingId).filter((id) => !id.startsWith(NOT_STAGED));
  return stagingIds.length
    ? requireApi()
        .discardImports({ stagingIds })
        .catch(() => {})
    : Promise.resolve();
}

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
      queue.push(...files);
      if (current?.phase === 'reading') {
        // The loop already reading takes these too.
        return patchState({ progress: { done: current.progress.done, total: current.progress.total + files.length } });
      }
      const generation = ++dialogGeneration;
      set({
        importState: {
          phase: queue.length ? 'reading' : 'review',
          entries: current?.entries ?? [],
          selected: current?.selected ?? 0,
          progress: { done: 0, total: queue.length },
          summary: null,
          rereading: 0,
        },
      });
      for (let file = queue.shift(); file; file = queue.shift()) {
        const n = (get().importState?.entries.length ?? 0) + 1;
        const preview = await stageFile(file, n);
        if (generation !== dialogGeneration) {
          // The dialog was closed while reading: let the core forget the file.
          void discard([preview]);
          return;
        }
        set((s) => {
          const state = s.importState as ImportState;
          return {
            importState: {
              ...state,
              entries: [...state.entries, entryOf(preview)],
              progress: { done: state.progress.done + 1, total: state.progress.total },
            },
          };
        });
      }
      patchState({ phase: 'review' });
    },

    closeImport: () => {
      const state = get().importState;
      dialogGeneration++;
      queue.length = 0;
      set({ importState: null });
      if (state && state.phase !== 'done') void discard(state.entries.map((e) => e.preview));
    },

    selectImportEntry: (index) => patchState({ selected: index }),

    updateImportEntry: (index, patch) => patchEntry(index, patch),

    changeImportEncoding: async (index, encoding) => {
      const entry = get().importState?.entries[index];
      if (!entry || get().importState?.phase !== 'review') return;
      const rereading = (delta: number) =>
        set((s) =>
          s.importState ? { importState: { ...s.importState, rereading: s.importState.rereading + delta } } : {},
        );
      rereading(1);
      try {
        const preview = await requireApi().previewImport({ stagingId: entry.preview.stagingId, encoding });
        // The text changed, so do the proposed cleanup and the guesses; what the user typed is kept.
        const fresh = entryOf(preview);
        const edited = Object.fromEntries(
          Object.entries(entry.metadata).filter(([k, v]) => v !== entry.preview.metadata[k as keyof DocumentMetadata]),
        );
        patchEntry(index, {
          preview,
          keep: fresh.keep,
          title: entry.title === entry.preview.title ? fresh.title : entry.title,
          metadata: { ...fresh.metadata, ...edited },
        });
      } catch (error) {
        get().notify('error', t('notices:couldNotReadAgain', { reason: messageOf(error) }));
      } finally {
        rereading(-1);
      }
    },

    runImport: async () => {
      const state = get().importState;
      if (state?.phase !== 'review' || state.rereading > 0) return;
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
            reason: e.preview.reason ?? message('importing:reasonUnreadableFile'),
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
              reason: message('importing:reasonText', { text: messageOf(error) }),
            });
          }
        }
        patchState({ progress: { done: Math.min(i + BATCH, chosen.length), total: chosen.length } });
      }
      void discard(skippedHere.map((e) => e.preview));
      const added = new Set(summary.imported.map((d) => d.id));
      // By id: the Library may have been reloaded meanwhile (an undo behind the dialog).
      set((s) => ({ documents: [...s.documents.filter((d) => !added.has(d.id)), ...summary.imported] }));
      patchState({ phase: 'done', summary });
    },
  };
};

/** Stages one file, or explains locally why it will not be read (too large, unknown format). */
async function stageFile(file: File, n: number): Promise<ImportPreview> {
  const problem = importFileProblem(file.name, file.size);
  if (problem) return localFailure(file, n, problem);
  try {
    // The file itself goes to the core (uploaded, or over Electron's file channel), then is read there.
    const opened = await uploadFile(file);
    return await requireApi().stageImport({ file: opened.ticket });
  } catch (error) {
    return localFailure(file, n, message('importing:reasonText', { text: messageOf(error) }));
  }
}

const NOT_STAGED = 'not-staged-';

function localFailure(file: File, n: number, reason: Message): ImportPreview {
  return {
    stagingId: `${NOT_STAGED}${n}`,
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
