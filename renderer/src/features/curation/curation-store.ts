import { create } from 'zustand';
import type { DecisionLog, QuickReason } from '../../../../shared/curation/curation-types.ts';
import { requireApi } from '../../store/api.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { decisionFilterOf, emptyLogFilter, isLogFilterActive, type LogFilterState } from './log-filter.ts';

/** As many rows as the core hands over in one answer: the table renders only those in view. */
export const LOG_LIMIT = 100_000;

/** Words typed into the reason filter are sent once typing pauses, not on every key. */
const TYPING_PAUSE_MS = 250;

/**
 * The Curation view's own state, kept in a store of the feature so that a
 * visit to the Compare view (to decide a unit the log points to) comes back
 * to the same filters.
 */
interface CurationViewState {
  projectId: string | null;
  filter: LogFilterState;
  /** The whole log: the summary's figures and the filters' choices come from it. */
  all: DecisionLog | null;
  /** The log as filtered (the same object as `all` when no filter is set). */
  shown: DecisionLog | null;
  quickReasons: QuickReason[];
  loading: boolean;
  /** Why the log could not be read, worded; null when it could. */
  error: string | null;
  /** Reads the log, the filtered log and the quick reasons again (on opening, and after every step). */
  load: (projectId: string) => Promise<void>;
  setFilter: (filter: LogFilterState) => void;
}

/** Counts requests, so that an answer that comes after a newer request is dropped. */
let latest = 0;
let typing: ReturnType<typeof setTimeout> | undefined;

export const useCurationStore = create<CurationViewState>()((set, get) => {
  const readShown = async (ticket: number, all: DecisionLog | null) => {
    const { filter } = get();
    if (!isLogFilterActive(filter)) return all;
    const shown = await requireApi().listDecisions({ filter: decisionFilterOf(filter), limit: LOG_LIMIT });
    return ticket === latest ? shown : null;
  };
  return {
    projectId: null,
    filter: emptyLogFilter,
    all: null,
    shown: null,
    quickReasons: [],
    loading: false,
    error: null,
    load: async (projectId) => {
      const ticket = ++latest;
      // Another project: its own filters (documents, coders and curators of this one mean nothing there).
      if (projectId !== get().projectId) set({ projectId, filter: emptyLogFilter, all: null, shown: null });
      set({ loading: true });
      try {
        const api = requireApi();
        const [all, quickReasons] = await Promise.all([
          api.listDecisions({ filter: {}, limit: LOG_LIMIT }),
          api.listQuickReasons({}),
        ]);
        const shown = await readShown(ticket, all);
        if (ticket === latest) set({ all, shown, quickReasons, loading: false, error: null });
      } catch (error) {
        if (ticket === latest) set({ loading: false, error: messageOf(error) });
      }
    },
    setFilter: (filter) => {
      const typed = filter.words !== get().filter.words;
      set({ filter });
      clearTimeout(typing);
      const read = async () => {
        const ticket = ++latest;
        set({ loading: true });
        try {
          const shown = await readShown(ticket, get().all);
          if (ticket === latest) set({ shown, loading: false, error: null });
        } catch (error) {
          if (ticket === latest) set({ loading: false, error: messageOf(error) });
        }
      };
      if (typed && filter.words.trim() !== '') typing = setTimeout(() => void read(), TYPING_PAUSE_MS);
      else void read();
    },
  };
});
