import type { StateCreator } from 'zustand';
import type { MentionSuggestion, MentionSuggestions } from '../../../shared/ipc/results.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { t } from '../i18n/i18n.ts';

type FailureKey = 'notices:couldNotTagMentions' | 'notices:couldNotRejectSuggestions';

/** Suggestions for one actor, or (actorId null) for every actor of the registry. */
export interface SuggestionList extends MentionSuggestions {
  actorId: string | null;
}

export interface SuggestionSlice {
  suggestionList: SuggestionList | null;
  suggestionsLoading: boolean;
  suggestionsError: string | null;
  loadSuggestions: (actorId: string | null) => Promise<void>;
  /** Tags the suggestions as mentions of their actors (one undo step). */
  acceptSuggestions: (items: readonly MentionSuggestion[]) => Promise<void>;
  /** Marks the suggestions as wrong, so they are not proposed again (undoable). */
  rejectSuggestions: (items: readonly MentionSuggestion[]) => Promise<void>;
}

/** One suggestion's identity: an actor named at a place of a document. */
export function suggestionKey(s: MentionSuggestion): string {
  return `${s.actorId}:${s.documentId}:${s.start}-${s.end}`;
}

/** What the core needs to check the place still reads as suggested. */
function itemOf(s: MentionSuggestion) {
  return { actorId: s.actorId, documentId: s.documentId, start: s.start, end: s.end, exact: s.exact };
}

let latest = 0;
/** Accepts and rejects under way, and how many have started: a list asked for before one ended is stale. */
let pending = 0;
let started = 0;

export const createSuggestionSlice: StateCreator<AppState, [], [], SuggestionSlice> = (set, get) => {
  /** Takes rows off the list at once, so reviewing a long list stays quick; the core's answer follows. */
  const removeLocally = (items: readonly MentionSuggestion[]) => {
    const list = get().suggestionList;
    if (!list) return;
    const gone = new Set(items.map(suggestionKey));
    const suggestions = list.suggestions.filter((s) => !gone.has(suggestionKey(s)));
    const removed = list.suggestions.length - suggestions.length;
    set({ suggestionList: { ...list, suggestions, total: Math.max(0, list.total - removed) } });
  };

  const act = async (items: readonly MentionSuggestion[], run: () => Promise<void>, failure: FailureKey) => {
    if (items.length === 0) return;
    pending++;
    started++;
    removeLocally(items);
    try {
      await run();
    } catch (error) {
      get().notify('error', t(failure, { reason: messageOf(error) }));
      pending--;
      // The rows taken off may still be suggestions: ask again.
      await get().loadSuggestions(get().suggestionList?.actorId ?? null);
      return;
    }
    pending--;
  };

  return {
    suggestionList: null,
    suggestionsLoading: false,
    suggestionsError: null,
    loadSuggestions: async (actorId) => {
      const ticket = ++latest;
      const startedBefore = started;
      set((s) => ({
        suggestionsLoading: true,
        // Another actor's list is not shown while this one's is on its way.
        suggestionList: s.suggestionList?.actorId === actorId ? s.suggestionList : null,
      }));
      try {
        const result = await requireApi().suggestMentions(actorId ? { actorId } : {});
        // An answer computed while an accept or reject was on its way may still hold its rows; the
        // history refresh after that change asks again.
        if (ticket !== latest) return;
        if (pending > 0 || started !== startedBefore) return set({ suggestionsLoading: false });
        set({ suggestionList: { ...result, actorId }, suggestionsLoading: false, suggestionsError: null });
      } catch (error) {
        if (ticket === latest) set({ suggestionsLoading: false, suggestionsError: messageOf(error) });
      }
    },
    acceptSuggestions: (items) =>
      act(
        items,
        async () => {
          // applyChange also refreshes the history (Undo) and the actor's mentions on screen.
          get().applyChange(await requireApi().acceptMentions({ items: items.map(itemOf) }));
        },
        'notices:couldNotTagMentions',
      ),
    rejectSuggestions: (items) =>
      act(
        items,
        async () => {
          await requireApi().rejectMentions({ items: items.map(itemOf) });
          await get().refreshHistory();
        },
        'notices:couldNotRejectSuggestions',
      ),
  };
};
