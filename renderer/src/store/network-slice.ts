import type { StateCreator } from 'zustand';
import type { NetworkQuery } from '../../../shared/ipc/contract.ts';
import type { NetworkData } from '../../../shared/ipc/results.ts';
import { PartialDateSchema } from '../../../shared/model/actor.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { performanceMarks } from './performance-marks.ts';
import { resultLayerCoderId } from './result-layer.ts';
import { t } from '../i18n/i18n.ts';

/** The network view's controls as typed; "" means no filter. */
export interface NetworkFilters {
  kind: NetworkQuery['kind'];
  from: string;
  to: string;
  tagId: string;
  linkTypeId: string;
  coderId: string;
}

export interface NetworkSlice {
  networkFilters: NetworkFilters;
  /** The network drawn, for the filters it was asked with. */
  network: NetworkData | null;
  networkLoading: boolean;
  networkError: string | null;
  /** Changes filters and, when they make a valid query, builds the network again. */
  setNetworkFilters: (patch: Partial<NetworkFilters>) => void;
  loadNetwork: () => Promise<void>;
}

/** A date filter that is not a date yet (half typed): the network waits for it. */
export function dateProblem(value: string): string | null {
  if (!value.trim()) return null;
  return PartialDateSchema.safeParse(value.trim()).success ? null : t('notices:dateHint');
}

/**
 * The query the filters ask for, or null while a date is not valid. With
 * `resultCoderId` (the curated layer is the result shown) the network is
 * that layer's, whatever coder the filter names.
 */
export function networkQueryOf(f: NetworkFilters, resultCoderId?: string): NetworkQuery | null {
  if (dateProblem(f.from) || dateProblem(f.to)) return null;
  const coderId = resultCoderId ?? f.coderId;
  return {
    kind: f.kind,
    ...(f.from.trim() ? { from: f.from.trim() } : {}),
    ...(f.to.trim() ? { to: f.to.trim() } : {}),
    ...(f.tagId ? { tagId: f.tagId } : {}),
    // Link types only filter the link graph; kept in the controls while another network is shown.
    ...(f.kind === 'links' && f.linkTypeId ? { linkTypeId: f.linkTypeId } : {}),
    ...(coderId ? { coderId } : {}),
  };
}

let latest = 0;

const FILTER_PAUSE_MS = 300;
let pending: ReturnType<typeof setTimeout> | undefined;

export const createNetworkSlice: StateCreator<AppState, [], [], NetworkSlice> = (set, get) => ({
  networkFilters: { kind: 'actor-concept', from: '', to: '', tagId: '', linkTypeId: '', coderId: '' },
  network: null,
  networkLoading: false,
  networkError: null,
  setNetworkFilters: (patch) => {
    set((s) => ({ networkFilters: { ...s.networkFilters, ...patch } }));
    // Typing a date passes through valid ones (2024, 2024-03…): build once the typing pauses.
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (networkQueryOf(get().networkFilters, resultLayerCoderId(get()))) void get().loadNetwork();
    }, FILTER_PAUSE_MS);
  },
  loadNetwork: async () => {
    const query = networkQueryOf(get().networkFilters, resultLayerCoderId(get()));
    if (!query) return;
    const ticket = ++latest;
    set({ networkLoading: true });
    // The network-frame measure runs from here to the first frame that draws the answer.
    performance.mark(performanceMarks.networkStart);
    try {
      const api = requireApi();
      const network = await api.getNetwork(query);
      if (ticket === latest) set({ network, networkLoading: false, networkError: null });
    } catch (error) {
      if (ticket === latest) set({ networkLoading: false, networkError: messageOf(error) });
    }
  },
});
