import type { StateCreator } from 'zustand';
import type { Tag } from '../../../shared/model/codebook.ts';
import type { CallInput } from '../../../shared/ipc/contract.ts';
import type { OpenedFile, SavedFile } from '../../../shared/ipc/file-ticket.ts';
import { saveFile } from '../files/save-file.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf, wordText } from './notice-slice.ts';
import { t } from '../i18n/i18n.ts';

export interface CodebookSlice {
  /** Annotations per tag id, for the codebook editor. */
  tagUsage: Record<string, number>;
  loadTagUsage: () => Promise<void>;
  /** Each action returns an error message for the form that asked, or null when done. */
  createTag: (input: CallInput<'createTag'>) => Promise<string | null>;
  updateTag: (input: CallInput<'updateTag'>) => Promise<string | null>;
  mergeTags: (fromId: string, intoId: string) => Promise<string | null>;
  deleteTag: (input: CallInput<'deleteTag'>) => Promise<string | null>;
  /** Imports a codebook file handed to the core (opened or uploaded). */
  importCodebook: (file: OpenedFile) => Promise<string | null>;
  /** Asks where to save the codebook and has the core write it there (null: cancelled or failed, told). */
  exportCodebook: () => Promise<SavedFile | null>;
}

export const createCodebookSlice: StateCreator<AppState, [], [], CodebookSlice> = (set, get) => {
  /** Runs a change, then refreshes what it touched; failures come back as a message. */
  const run = async (change: () => Promise<void>): Promise<string | null> => {
    try {
      await change();
      void get().loadTagUsage();
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };
  const putTag = (tag: Tag) =>
    set((s) => {
      const exists = s.codebook.tags.some((t) => t.id === tag.id);
      const tags = exists ? s.codebook.tags.map((t) => (t.id === tag.id ? tag : t)) : [...s.codebook.tags, tag];
      return { codebook: { ...s.codebook, tags } };
    });

  return {
    tagUsage: {},
    loadTagUsage: async () => {
      try {
        set({ tagUsage: await requireApi().getTagUsage({}) });
      } catch (error) {
        get().notify('error', t('notices:couldNotCountTags', { reason: messageOf(error) }));
      }
    },
    createTag: (input) => run(async () => putTag(await requireApi().createTag(input))),
    updateTag: (input) => run(async () => putTag(await requireApi().updateTag(input))),
    mergeTags: (fromId, intoId) => run(async () => get().applyChange(await requireApi().mergeTags({ fromId, intoId }))),
    deleteTag: (input) => run(async () => get().applyChange(await requireApi().deleteTag(input))),
    importCodebook: (file) =>
      run(async () => {
        const result = await requireApi().importCodebook({ file: file.ticket });
        set({ codebook: result.codebook });
        const counts = { count: result.added, updated: result.updated };
        get().notify(
          'info',
          result.shortcutConflicts.length
            ? t('notices:codebookImportedClashes', {
                ...counts,
                clashes: result.shortcutConflicts.map((c) => wordText(c)).join('; '),
              })
            : t('notices:codebookImported', counts),
        );
      }),
    exportCodebook: async () => {
      try {
        const name = t('files:codebookFileName', { project: get().project?.name ?? 'Glossator' });
        const saved = await saveFile('codebook', name, (to) => requireApi().exportCodebook({ to }));
        // A browser shows its own download; Electron wrote the file quietly where the user chose.
        if (saved && !saved.download) get().notify('info', t('files:saved', { name: saved.name }));
        return saved;
      } catch (error) {
        get().notify('error', t('notices:couldNotExportCodebook', { reason: messageOf(error) }));
        return null;
      }
    },
  };
};
