import type { StateCreator } from 'zustand';
import type { AnnotationSearchResult, TextSearchResult } from '../../../shared/search/search-results.ts';
import type { KwicOrder } from '../../../shared/search/kwic.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { resultLayerCoderId } from './result-layer.ts';

export type SearchScope = 'texts' | 'annotations';

export interface SearchState {
  scope: SearchScope;
  query: string;
  /** Annotation search only: one tag (with its sub-tags) and/or one actor. */
  tagId: string;
  actorId: string;
  order: KwicOrder;
}

export interface SearchSlice {
  search: SearchState;
  textResult: TextSearchResult | null;
  annotationResult: AnnotationSearchResult | null;
  searching: boolean;
  searchError: string | null;
  setSearch: (patch: Partial<SearchState>) => void;
  /** Runs the search as the fields now are; a newer search makes older answers void. */
  runSearch: () => Promise<void>;
}

let latest = 0;

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => ({
  search: { scope: 'texts', query: '', tagId: '', actorId: '', order: 'document' },
  textResult: null,
  annotationResult: null,
  searching: false,
  searchError: null,
  setSearch: (patch) => set((s) => ({ search: { ...s.search, ...patch } })),
  runSearch: async () => {
    const { scope, query, tagId, actorId } = get().search;
    const ticket = ++latest;
    const empty = !query.trim() && (scope === 'texts' || (!tagId && !actorId));
    if (empty) return set({ textResult: null, annotationResult: null, searching: false, searchError: null });
    set({ searching: true });
    try {
      const api = requireApi();
      if (scope === 'texts') {
        const textResult = await api.searchText({ query });
        if (ticket === latest) set({ textResult, searching: false, searchError: null });
      } else {
        const annotationResult = await api.searchAnnotations({
          query,
          tagId: tagId || undefined,
          actorId: actorId || undefined,
          // Annotations of the result layer (texts have no layers: the concordance is the same for all).
          coderId: resultLayerCoderId(get()),
        });
        if (ticket === latest) set({ annotationResult, searching: false, searchError: null });
      }
    } catch (error) {
      if (ticket === latest) set({ searching: false, searchError: messageOf(error) });
    }
  },
});
