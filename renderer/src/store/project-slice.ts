import { pickLanguage } from '../../../shared/i18n/languages.ts';
import { showLanguage } from '../i18n/i18n.ts';
import type { StateCreator } from 'zustand';
import type { Codebook } from '../../../shared/model/codebook.ts';
import type { ProjectInfo } from '../../../shared/ipc/project-info.ts';
import { api, requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';

export interface ProjectSlice {
  boot: 'starting' | 'ready' | 'no-token' | 'failed';
  bootError: string | null;
  project: ProjectInfo | null;
  codebook: Codebook;
  /** The researcher gave their name (else it is the system's user name, and the app asks for theirs). */
  identityConfirmed: boolean;
  /** The Settings dialog (the researcher's name) is open. */
  editingIdentity: boolean;
  setEditingIdentity: (open: boolean) => void;
  /** Renames the project. Returns an error message, or null on success. */
  renameProject: (name: string) => Promise<string | null>;
  /** Sets the researcher's name (their id stays). Returns an error message, or null on success. */
  setCoderName: (name: string) => Promise<string | null>;
  /** Loads the project, its codebook and its documents, then shows the route in the address. */
  start: () => Promise<void>;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => ({
  boot: 'starting',
  bootError: null,
  project: null,
  codebook: { tags: [] },
  identityConfirmed: true,
  editingIdentity: false,
  setEditingIdentity: (open) => set({ editingIdentity: open }),
  renameProject: async (name) => {
    try {
      set({ project: await requireApi().renameProject({ name }) });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  setCoderName: async (name) => {
    try {
      const project = await requireApi().setCoderName({ name });
      set({ project, identityConfirmed: true, editingIdentity: false });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  start: async () => {
    if (!api) return set({ boot: 'no-token' });
    try {
      const [project, codebook, identity] = await Promise.all([
        api.getProjectInfo({}),
        api.getCodebook({}),
        api.getIdentity({}),
      ]);
      // The language chosen in Settings, else the system's (the browser's, or Electron's locale).
      await showLanguage(identity.language ?? pickLanguage(navigator.languages ?? [navigator.language]));
      set({ project, codebook, identityConfirmed: identity.confirmed });
      await Promise.all([get().loadDocuments(), get().loadActors()]);
      // Needed by the Reader's links and statements, not by the first screen: read in the background.
      void get().loadLinkTypes();
      void get().loadConcepts();
      // Undo works across restarts: the history the core kept is offered at once.
      void get().refreshHistory();
      set({ boot: 'ready' });
      get().followLocation();
    } catch (error) {
      set({ boot: 'failed', bootError: messageOf(error) });
    }
  },
});
