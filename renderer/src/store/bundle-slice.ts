import type { StateCreator } from 'zustand';
import type { BundleDecisions, BundleImportSummary, BundlePreview } from '../../../shared/bundles/bundle-preview.ts';
import type { BundleExportSummary } from '../../../shared/formats/bundle/bundle-export-summary.ts';
import type { ExportFormat } from '../../../shared/formats/exchange/exchange-types.ts';
import { exchangeNotice } from '../features/exchange/exchange-notice.ts';
import { exchangeFileKind } from '../features/exchange/exchange-file-name.ts';
import type { CallInput, CallResult } from '../../../shared/ipc/contract.ts';
import type { OpenedFile, SavedFile } from '../../../shared/ipc/file-ticket.ts';
import { exportNotice } from '../features/bundles/export-notice.ts';
import { openFile, saveFile, uploadFile } from '../files/index.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';

/** Which documents and layers go into a bundle (the export call's choices). */
export type BundleExportChoice = Pick<CallInput<'exportBundle'>, 'documents' | 'layers'>;

/** An export under way: how far the core has come (polled). */
export interface BundleExportJob {
  jobId: string;
  done: number;
  total: number;
}

/** The import of one bundle file, from reading it to its summary. */
export type BundleImportState =
  | { phase: 'reading'; fileName: string }
  | { phase: 'failed'; fileName: string; error: string }
  | { phase: 'preview' | 'importing'; fileName: string; preview: BundlePreview; error: string | null }
  | { phase: 'done'; fileName: string; preview: BundlePreview; summary: BundleImportSummary };

export interface BundleSlice {
  /** Each coder's annotations and links in the project, for the export dialog (null until read). */
  layerCounts: CallResult<'getLayerCounts'> | null;
  loadLayerCounts: () => Promise<void>;
  /** The export dialog is open (in the Library, whose filters and ticks it offers). */
  bundleExportOpen: boolean;
  bundleExportJob: BundleExportJob | null;
  bundleImport: BundleImportState | null;
  /** Opens the export dialog, in the Library. */
  openBundleExport: () => void;
  /** Closes it; an export under way goes on (its notice still comes). */
  closeBundleExport: () => void;
  /**
   * Asks where to save, writes the bundle with progress, and says what was
   * written. Resolves with the file, or null when cancelled or failed (the
   * user was told why).
   */
  runBundleExport: (choice: BundleExportChoice, suggestedName: string) => Promise<SavedFile | null>;
  /**
   * Export… in another tool's format (CSV, REFI-QDA, W3C, brat; GraphML the
   * whole project's actor–concept network): asks where to save, writes, and
   * says what was written and what the format could not hold. Null when
   * cancelled or failed (the user was told why).
   */
  runExchangeExport: (
    format: Exclude<ExportFormat, 'bundle'>,
    choice: BundleExportChoice,
    /** CSV: a byte-order mark first; one table alone (its name) rather than a zip of every table. */
    options: { bom: boolean; table?: string },
    suggestedName: string,
  ) => Promise<SavedFile | null>;
  /** Reads a bundle and previews it: a dropped file, else one the user chooses. */
  openBundleImport: (file?: File) => Promise<void>;
  /** Previews a bundle already handed to the core (the Library's button). */
  previewBundleFile: (opened: OpenedFile) => Promise<void>;
  /** Says why a bundle could not be handed to the core (an upload refused). */
  bundleFileFailed: (fileName: string, error: unknown) => void;
  /** Imports the previewed bundle with the user's decisions: one undo step. */
  runBundleImport: (decisions: BundleDecisions) => Promise<void>;
  /** Closes the import; a preview not imported is let go in the core. */
  closeBundleImport: () => void;
}

/** How often the window asks how far an export has come. */
const PROGRESS_MS = 200;

/** The rest of the store this slice reads and calls. */
type Needs = BundleSlice &
  Pick<AppState, 'navigate' | 'notify' | 'applyChange' | 'refreshHistory' | 'project' | 'historyLabels'>;

/** An import the user is in the middle of: another bundle waits for it to close. */
function busyImporting(state: BundleImportState | null): boolean {
  return state !== null && state.phase !== 'failed' && state.phase !== 'done';
}

/** Bumped when an import closes, so a read still under way knows its dialog is gone. */
let importGeneration = 0;

export const createBundleSlice: StateCreator<Needs, [], [], BundleSlice> = (set, get) => {
  /** Reads a bundle handed to the core and shows its preview (unless the dialog was closed meanwhile). */
  const read = async (opened: OpenedFile, generation: number) => {
    set({ bundleImport: { phase: 'reading', fileName: opened.name } });
    try {
      const preview = await requireApi().previewBundle({ file: opened.ticket });
      if (generation !== importGeneration) {
        // Closed while it was read: let the core forget it.
        void requireApi()
          .discardBundlePreview({ previewId: preview.previewId })
          .catch(() => {});
        return;
      }
      set({ bundleImport: { phase: 'preview', fileName: opened.name, preview, error: null } });
    } catch (error) {
      if (generation === importGeneration) get().bundleFileFailed(opened.name, error);
    }
  };

  const discard = (state: BundleImportState | null) => {
    if (state && (state.phase === 'preview' || state.phase === 'importing')) {
      void requireApi()
        .discardBundlePreview({ previewId: state.preview.previewId })
        .catch(() => {});
    }
  };

  return {
    layerCounts: null,
    loadLayerCounts: async () => {
      try {
        set({ layerCounts: await requireApi().getLayerCounts({}) });
      } catch {
        // Only the counts beside the coders' names depend on it.
      }
    },

    bundleExportOpen: false,
    bundleExportJob: null,
    bundleImport: null,

    openBundleExport: () => {
      get().navigate({ view: 'library' });
      set({ bundleExportOpen: true });
    },

    closeBundleExport: () => set({ bundleExportOpen: false }),

    runBundleExport: async (choice, suggestedName) => {
      if (get().bundleExportJob) return null;
      const api = requireApi();
      const jobId = crypto.randomUUID();
      let timer: ReturnType<typeof setInterval> | undefined;
      const poll = async () => {
        const progress = await api.exportProgress({ jobId }).catch(() => null);
        if (progress)
          set((s) => (s.bundleExportJob?.jobId === jobId ? { bundleExportJob: { jobId, ...progress } } : {}));
      };
      // Set inside the write, read after it (an object, so the type is not narrowed to its start).
      const written: { summary?: BundleExportSummary } = {};
      try {
        const saved = await saveFile('bundle', suggestedName, async (ticket) => {
          set({ bundleExportJob: { jobId, done: 0, total: 0 } });
          timer = setInterval(() => void poll(), PROGRESS_MS);
          const summary = await api.exportBundle({ to: ticket, jobId, ...choice });
          written.summary = summary;
          return summary;
        });
        const { summary } = written;
        if (!saved || !summary) return null;
        set({ bundleExportOpen: false });
        get().notify('info', exportNotice(t, currentLanguage(), summary));
        return saved;
      } catch (error) {
        get().notify('error', t('bundleUi:exportFailed', { reason: messageOf(error) }));
        return null;
      } finally {
        clearInterval(timer);
        set({ bundleExportJob: null });
      }
    },

    runExchangeExport: async (format, choice, options, suggestedName) => {
      if (get().bundleExportJob) return null;
      const api = requireApi();
      // No progress to poll: the bar says the export has started and goes on if the dialog is closed.
      const jobId = crypto.randomUUID();
      try {
        let notice = '';
        const saved = await saveFile(exchangeFileKind(format, options.table), suggestedName, async (ticket) => {
          set({ bundleExportJob: { jobId, done: 0, total: 0 } });
          if (format === 'graphml') {
            const file = await api.exportGraphml({ query: { kind: 'actor-concept' }, to: ticket, scope: choice });
            notice = t('exchange:ui-exportedGraphml', { file: file.name });
            return file;
          }
          const written = await api.exportExchange({
            format,
            to: ticket,
            ...choice,
            options:
              format === 'csv'
                ? {
                    bom: options.bom,
                    csv: options.table ? { container: 'table', table: options.table } : { container: 'zip' },
                  }
                : undefined,
          });
          notice = exchangeNotice(t, currentLanguage(), written);
          return written;
        });
        if (!saved) return null;
        set({ bundleExportOpen: false });
        get().notify('info', notice);
        return saved;
      } catch (error) {
        get().notify('error', t('exchange:ui-exportFailed', { reason: messageOf(error) }));
        return null;
      } finally {
        set({ bundleExportJob: null });
      }
    },

    openBundleImport: async (file) => {
      if (busyImporting(get().bundleImport)) return;
      const generation = ++importGeneration;
      let opened: OpenedFile | null;
      try {
        if (file) set({ bundleImport: { phase: 'reading', fileName: file.name } });
        opened = file ? await uploadFile(file) : await openFile('exchange');
      } catch (error) {
        if (generation === importGeneration) get().bundleFileFailed(file?.name ?? '', error);
        return;
      }
      if (generation !== importGeneration) return;
      if (!opened) return set({ bundleImport: null });
      await read(opened, generation);
    },

    previewBundleFile: async (opened) => {
      if (busyImporting(get().bundleImport)) return;
      await read(opened, ++importGeneration);
    },

    bundleFileFailed: (fileName, error) =>
      set({ bundleImport: { phase: 'failed', fileName, error: messageOf(error) } }),

    runBundleImport: async (decisions) => {
      const state = get().bundleImport;
      if (state?.phase !== 'preview') return;
      const { fileName, preview } = state;
      set({ bundleImport: { phase: 'importing', fileName, preview, error: null } });
      try {
        const { change, history, summary } = await requireApi().importBundle({
          previewId: preview.previewId,
          ...decisions,
        });
        get().applyChange(change, false);
        set({ historyLabels: history });
        // New layers bring new coders: their names come with the project's info.
        if (!change.reload) {
          void requireApi()
            .getProjectInfo({})
            .then((project) => set({ project }))
            .catch(() => {});
        }
        set({ bundleImport: { phase: 'done', fileName, preview, summary } });
      } catch (error) {
        set({ bundleImport: { phase: 'preview', fileName, preview, error: messageOf(error) } });
      }
    },

    closeBundleImport: () => {
      importGeneration++;
      const state = get().bundleImport;
      set({ bundleImport: null });
      discard(state);
    },
  };
};
