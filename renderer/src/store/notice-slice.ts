import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (kind: Notice['kind'], message: string) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

const INFO_MS = 4000;

/** Messages for the user: errors stay until dismissed, hints go by themselves. */
export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set, get) => ({
  notices: [],
  notify: (kind, message) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, kind, message }] }));
    if (kind === 'info') setTimeout(() => get().dismissNotice(id), INFO_MS);
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

/** The message of anything thrown, for a notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
