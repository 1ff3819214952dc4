import { create } from 'zustand';
import type { ResultLayer } from '../../../shared/curation/curation-types.ts';
import { curatedLayerExists, resultCoderId, resultLayerFor } from '../../../shared/curation/result-layer.ts';
import { rememberedResultLayer, rememberResultLayer } from './result-layer-prefs.ts';

/**
 * The user's result-layer choice per project: what they chose in this
 * window, else what the window's storage remembers. Its own small store
 * (not a slice) so the slices that ask the core can read it without the
 * whole app store, and the notice can re-render when it changes.
 */
interface ResultLayerChoices {
  chosen: Record<string, ResultLayer>;
  choose: (projectId: string, layer: ResultLayer) => void;
}

export const useResultLayerChoices = create<ResultLayerChoices>()((set) => ({
  chosen: {},
  choose: (projectId, layer) => {
    rememberResultLayer(storage(), projectId, layer);
    set((s) => ({ chosen: { ...s.chosen, [projectId]: layer } }));
  },
}));

/** The choice made in a project, or null (none: the default). */
export function resultLayerSetting(chosen: Record<string, ResultLayer>, projectId: string): ResultLayer | null {
  return chosen[projectId] ?? rememberedResultLayer(storage(), projectId);
}

/** What the result views read now, for the app state they ask from. */
export function resultLayerOf(state: {
  project: { id: string } | null;
  documents: readonly { coderIds: readonly string[] }[];
}): ResultLayer {
  const setting = state.project ? resultLayerSetting(useResultLayerChoices.getState().chosen, state.project.id) : null;
  return resultLayerFor(setting, curatedLayerExists(state.documents));
}

/** The coder the result views' calls are limited to (undefined: every coder's). */
export function resultLayerCoderId(state: Parameters<typeof resultLayerOf>[0]): string | undefined {
  return resultCoderId(resultLayerOf(state));
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
