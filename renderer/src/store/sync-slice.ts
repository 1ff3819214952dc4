import type { StateCreator } from 'zustand';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { SyncStatus } from '../../../shared/sync/sync-types.ts';
import { syncReportWords } from '../features/sync/sync-report-words.ts';
import { rememberSyncTimer, rememberedSyncTimer, windowStorage } from '../features/sync/sync-timer-pref.ts';
import { t } from '../i18n/i18n.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf, wordText } from './notice-slice.ts';

/** `clone`: the panel opened on its "clone a shared project" section (File → Clone Shared Project…). */
export type SyncDialog = 'panel' | 'clone' | 'credentials' | 'conflicts';

/** A clone the window asked for: the repository's address and the folder it goes into. */
export interface CloneRequest {
  url: string;
  path: string;
  /** Why the last try failed, worded (only on the pending one the panel shows again). */
  error?: string;
}

/** How a sync the window asked for ended: done, failed (worded), or waiting for the user's credentials. */
export type SyncOutcome = { ok: true } | { ok: false; auth: boolean; message: string };

export interface SyncSlice {
  /** The core's last word on the team sync (null until first read). */
  syncStatus: SyncStatus | null;
  /** The window waits on a sync or a connect it asked for. */
  syncBusy: boolean;
  /** Syncs this window asked for that have ended, either way (tests wait on it: the state may not change). */
  syncsEnded: number;
  /** The one sync dialog on screen, if any. */
  syncDialog: SyncDialog | null;
  /** Sync on a timer (per project id, remembered in the window's storage). */
  syncAuto: boolean;
  /** Reads the status; with `fetch`, the core looks at the remote first (kept credentials only, never asking). */
  refreshSyncStatus: (options?: { fetch?: boolean }) => Promise<void>;
  openSyncDialog: (dialog: SyncDialog | null) => void;
  setSyncAuto: (on: boolean) => void;
  /**
   * Syncs now. A sync the remote refuses for want of credentials opens the credentials dialog, unless it was
   * the timer's (that one only shows the failed state); other failures are notices, or the caller's to show.
   */
  runSync: (options?: { fromTimer?: boolean; credentials?: { user: string; token: string } }) => Promise<SyncOutcome>;
  /** Connects the project to `url`, then syncs (the first sync publishes it). The connect's failure, worded. */
  connectAndPublish: (url: string) => Promise<string | null>;
  /**
   * The clone the credentials dialog signs in for (kept while it is open, and for the panel's fields when it
   * is cancelled); null when the credentials are for a sync.
   */
  pendingClone: CloneRequest | null;
  /**
   * Clones a shared project into a new folder and opens it; on success the window is read again on it, as
   * after File → Open Project Folder. A clone refused for want of credentials opens the credentials dialog
   * (unless these were typed); the failure is returned worded, the open project stays.
   */
  cloneShared: (request: CloneRequest, credentials?: { user: string; token: string }) => Promise<SyncOutcome>;
}

const authKeys = new Set(['sync:error-auth-required', 'sync:error-auth-refused']);

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set, get) => ({
  syncStatus: null,
  syncBusy: false,
  syncsEnded: 0,
  syncDialog: null,
  syncAuto: false,
  pendingClone: null,
  refreshSyncStatus: async ({ fetch = false } = {}) => {
    try {
      const syncStatus = await requireApi().getSyncStatus(fetch ? { fetch } : {});
      const id = get().project?.id;
      set({ syncStatus, syncAuto: id ? rememberedSyncTimer(windowStorage(), id) : false });
    } catch {
      // Only the button depends on it; the next refresh tries again.
    }
  },
  openSyncDialog: (syncDialog) => set({ syncDialog }),
  setSyncAuto: (on) => {
    const id = get().project?.id;
    if (id) rememberSyncTimer(windowStorage(), id, on);
    set({ syncAuto: on });
  },
  runSync: async ({ fromTimer = false, credentials } = {}) => {
    set({ syncBusy: true });
    try {
      const report = await requireApi().syncProject(credentials ? { credentials } : {});
      set({ syncStatus: report.status, historyLabels: report.history });
      // What a sync brought in may touch anything: read it all again, as after restoring a backup.
      if (report.change.reload) get().applyChange(report.change, false);
      await get().refreshHistory();
      if (!fromTimer || report.written > 0 || report.conflicts > 0) get().notify('info', syncReportWords(report, t));
      if (report.credentialsNotice) get().notify('error', wordText(report.credentialsNotice));
      if (report.conflicts > 0) void get().refreshSyncStatus();
      return { ok: true };
    } catch (error) {
      const key = error instanceof ApiError ? error.text?.key : undefined;
      const auth = key !== undefined && authKeys.has(key);
      const worded = messageOf(error);
      await get().refreshSyncStatus();
      if (auth && !fromTimer && !credentials) set({ syncDialog: 'credentials' });
      else if (!fromTimer && !credentials) get().notify('error', worded);
      return { ok: false, auth, message: worded };
    } finally {
      set((s) => ({ syncBusy: false, syncsEnded: s.syncsEnded + 1 }));
    }
  },
  connectAndPublish: async (url) => {
    set({ syncBusy: true });
    try {
      set({ syncStatus: await requireApi().connectSync({ url }) });
    } catch (error) {
      return messageOf(error);
    } finally {
      set({ syncBusy: false });
    }
    // Connecting may have made the repository and reopened the project: read it again before the first sync.
    await get().resync();
    await get().runSync();
    return null;
  },
  cloneShared: async (request, credentials) => {
    set({ syncBusy: true });
    try {
      const { url, path } = request;
      await requireApi().cloneProject(credentials ? { url, path, credentials } : { url, path });
    } catch (error) {
      const key = error instanceof ApiError ? error.text?.key : undefined;
      const auth = key !== undefined && authKeys.has(key);
      if (auth && !credentials) set({ pendingClone: request, syncDialog: 'credentials' });
      set({ syncBusy: false });
      return { ok: false, auth, message: messageOf(error) };
    }
    // The core has the new project open: the window starts again on it, in its Library, as the Electron
    // shell's File → Open Project Folder does (it reloads the page), so nothing of the old project stays.
    set({ pendingClone: null, syncDialog: null });
    reloadOnNewProject();
    return { ok: true };
  },
});

/** Reloads the page at the Library (the old project's route may name a document the new one lacks). */
function reloadOnNewProject(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  location.reload();
}
