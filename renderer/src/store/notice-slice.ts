import type { StateCreator } from 'zustand';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Message } from '../../../shared/i18n/message.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { formatMoment } from '../features/backups/backup-words.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
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

/** The message of anything thrown, for a notice: what the core said, in the window's language (else its English). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.text) return wordText(error.text);
  return error instanceof Error ? error.message : String(error);
}

/**
 * A Message from the core (an undo step, a backup's step, an error) in the
 * window's language; moments in the user's time zone. Components pass their
 * own `t` and language so that they re-render on a switch.
 */
export function wordText(
  text: Message | string | null | undefined,
  translate: Translate = t,
  language: Language = currentLanguage(),
): string {
  return wordMessage(translate, text, (iso) => formatMoment(language, iso));
}
