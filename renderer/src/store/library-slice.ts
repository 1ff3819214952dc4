import type { StateCreator } from 'zustand';
import type { DocumentMetadata, DocumentSummary } from '../../../shared/model/document.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';

export interface NewText {
  title: string;
  text: string;
  metadata: DocumentMetadata;
}

export interface LibrarySlice {
  documents: DocumentSummary[];
  loadDocuments: () => Promise<void>;
  /** Adds a pasted text and opens it. Returns an error message, or null on success. */
  addText: (input: NewText) => Promise<string | null>;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  documents: [],
  loadDocuments: async () => {
    set({ documents: await requireApi().listDocuments({}) });
  },
  addText: async ({ title, text, metadata }) => {
    try {
      const added = await requireApi().addDocument({ title, text, metadata });
      set((s) => ({ documents: [...s.documents, added] }));
      get().navigate({ view: 'reader', documentId: added.id });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
});
