import type { StateCreator } from 'zustand';
import type { Tag } from '../../../shared/model/codebook.ts';
import type { CallInput } from '../../../shared/ipc/contract.ts';
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
  importCodebook: (text: string) => Promise<string | null>;
  exportCodebook: () => Promise<{ fileName: string; text: string } | null>;
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
    importCodebook: (text) =>
      run(async () => {
        const result = await requireApi().importCodebook({ text });
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
        return await requireApi().exportCodebook({});
      } catch (error) {
        get().notify('error', t('notices:couldNotExportCodebook', { reason: messageOf(error) }));
        return null;
      }
    },
  };
};
