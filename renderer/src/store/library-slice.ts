import type { StateCreator } from 'zustand';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { CallInput, MetadataPatch } from '../../../shared/ipc/contract.ts';
import { emptyLibraryFilter, type LibraryFilter } from '../../../shared/library/filter-documents.ts';
import { defaultLibrarySort, type LibrarySort } from '../../../shared/library/sort-documents.ts';
import type { DocumentMetadata, DocumentSummary } from '../../../shared/model/document.ts';
import type { DocumentDeletionPreview } from '../../../shared/ipc/results.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { t } from '../i18n/i18n.ts';

export interface NewText {
  title: string;
  text: string;
  metadata: DocumentMetadata;
}

export interface LibrarySlice {
  documents: DocumentSummary[];
  /** What the Library shows and in which order; kept here so both survive a visit to the Reader. */
  libraryFilter: LibraryFilter;
  librarySort: LibrarySort;
  /** The Library's ticked documents (ids): kept here so the Agreement view can compare over them. */
  librarySelection: ReadonlySet<string>;
  setLibrarySelection: (next: ReadonlySet<string> | ((current: ReadonlySet<string>) => ReadonlySet<string>)) => void;
  loadDocuments: () => Promise<void>;
  /** Adds a pasted text and opens it. Returns an error message, or null on success. */
  addText: (input: NewText) => Promise<string | null>;
  /** Changes one document's title and details. Returns an error message, or null on success. */
  updateDocumentDetails: (input: CallInput<'updateDocument'>) => Promise<string | null>;
  /** Sets the same details on many documents (one undo step). Returns an error message, or null. */
  updateManyDocumentDetails: (documentIds: string[], metadata: MetadataPatch) => Promise<string | null>;
  /** What deleting documents would take with them, or null (the user was told why). */
  previewDeletion: (documentIds: string[]) => Promise<DocumentDeletionPreview | null>;
  /** Deletes documents with their annotations and links (one undo step); says so, or why not. Returns true when done. */
  deleteDocuments: (documentIds: string[]) => Promise<boolean>;
  /** Deletes the sample texts and what only they used (one undo step). Returns true when done. */
  removeSampleTexts: () => Promise<boolean>;
  setLibraryFilter: (change: Partial<LibraryFilter>) => void;
  clearLibraryFilter: () => void;
  setLibrarySort: (sort: LibrarySort) => void;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  documents: [],
  libraryFilter: emptyLibraryFilter,
  librarySort: defaultLibrarySort,
  librarySelection: new Set(),
  setLibrarySelection: (next) =>
    set((s) => ({ librarySelection: typeof next === 'function' ? next(s.librarySelection) : next })),
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
  // Both go through applyChange, as an undo of them will: it merges the new
  // infos into the summaries (keeping their facets) and refreshes Undo's label.
  updateDocumentDetails: async (input) => {
    try {
      const info = await requireApi().updateDocument(input);
      get().applyChange({ ...emptyChangeSet(), documents: [info] });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  updateManyDocumentDetails: async (documentIds, metadata) => {
    try {
      const infos = await requireApi().updateDocuments({ documentIds, metadata });
      get().applyChange({ ...emptyChangeSet(), documents: infos });
      get().notify('info', t('notices:detailsChanged', { count: infos.length }));
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  previewDeletion: async (documentIds) => {
    try {
      return await requireApi().documentDeletionPreview({ documentIds });
    } catch (error) {
      get().notify('error', t('notices:couldNotDelete', { reason: messageOf(error) }));
      return null;
    }
  },
  deleteDocuments: async (documentIds) => {
    try {
      const { change, history } = await requireApi().deleteDocuments({ documentIds });
      get().applyChange(change, false);
      set({ historyLabels: history });
      const n = change.removedDocuments.length;
      get().notify('info', t('notices:deletedDocuments', { count: n }));
      return true;
    } catch (error) {
      get().notify('error', t('notices:couldNotDelete', { reason: messageOf(error) }));
      return false;
    }
  },
  removeSampleTexts: async () => {
    try {
      const { change, history } = await requireApi().removeSampleTexts({});
      get().applyChange(change, false);
      set({ historyLabels: history });
      get().notify('info', t('notices:samplesRemoved'));
      return true;
    } catch (error) {
      get().notify('error', t('notices:couldNotRemoveSamples', { reason: messageOf(error) }));
      return false;
    }
  },
  setLibraryFilter: (change) => set((s) => ({ libraryFilter: { ...s.libraryFilter, ...change } })),
  clearLibraryFilter: () => set({ libraryFilter: emptyLibraryFilter }),
  setLibrarySort: (librarySort) => set({ librarySort }),
});
