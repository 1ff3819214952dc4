import type { StateCreator } from 'zustand';
import type { Codebook } from '../../../shared/model/codebook.ts';
import type { ProjectInfo } from '../../../shared/ipc/project-info.ts';
import { api } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';

export interface ProjectSlice {
  boot: 'starting' | 'ready' | 'no-token' | 'failed';
  bootError: string | null;
  project: ProjectInfo | null;
  codebook: Codebook;
  /** Loads the project, its codebook and its documents, then shows the route in the address. */
  start: () => Promise<void>;
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => ({
  boot: 'starting',
  bootError: null,
  project: null,
  codebook: { tags: [] },
  start: async () => {
    if (!api) return set({ boot: 'no-token' });
    try {
      const [project, codebook] = await Promise.all([api.getProjectInfo({}), api.getCodebook({})]);
      set({ project, codebook });
      await Promise.all([get().loadDocuments(), get().loadActors()]);
      // Needed by the Reader's links and statements, not by the first screen: read in the background.
      void get().loadLinkTypes();
      void get().loadConcepts();
      set({ boot: 'ready' });
      get().followLocation();
    } catch (error) {
      set({ boot: 'failed', bootError: messageOf(error) });
    }
  },
});
