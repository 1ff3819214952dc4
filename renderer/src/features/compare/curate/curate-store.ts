import { create } from 'zustand';
import type { QuickReason, UnitAction } from '../../../../../shared/curation/curation-types.ts';
import type { Link } from '../../../../../shared/model/link.ts';
import type { ChangeWithHistory } from '../../../../../shared/ipc/results.ts';
import { t } from '../../../i18n/i18n.ts';
import { requireApi } from '../../../store/api.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { messageOf } from '../../../store/notice-slice.ts';
import { comparedCoders, useCompareStore } from '../compare-store.ts';
import { emptyReason, type ReasonDraft, reasonToSend, toggleQuick } from './reason.ts';
import type { VersionForm } from './version-form.ts';

/** An action chosen and waiting for its reason: a unit's decision, or a link's. */
export type PendingAction =
  | { kind: 'unit'; unit: number; action: UnitAction }
  | { kind: 'link'; linkId: string; action: 'take' | 'reject' };

interface CurateState {
  reason: ReasonDraft;
  pending: PendingAction | null;
  /** The "Take and edit…" / "New…" form, open for the selected unit. */
  form: VersionForm | null;
  busy: boolean;
  /** What went wrong or is missing, worded (shown beside the reason box). */
  problem: string | null;
  /** Bumped when the reason box should take the focus (an action chosen without a reason). */
  askReason: number;
  /** Bumped when a decision was recorded: the reason box hands the keyboard back to the view. */
  decided: number;
  quickReasons: QuickReason[] | null;
  /** A coder's link of the open document by id (for wording a waiting link decision). */
  linkOf: ((linkId: string) => Link | undefined) | null;
  setText: (text: string) => void;
  toggle: (label: string) => void;
  setForm: (form: VersionForm | null) => void;
  /** A new unit selected: nothing of the last one's reason, action or form stays. */
  reset: () => void;
  /** Chooses an action: sent at once when the reason is given, else it waits for one (Enter sends). */
  choose: (pending: PendingAction) => Promise<void>;
  /** Sends the waiting action with the reason (Enter in the reason box). */
  confirm: () => Promise<void>;
  loadQuickReasons: () => Promise<void>;
}

/**
 * The curation mode's working state: the reason being written, the action
 * waiting for it, the edit form. Each decision goes to the core as one call
 * (one undo step); its ChangeSet and history come back through the app's
 * applyChange, and the view asks for the curation again (CompareView's
 * history effect), as it does after Undo and Redo.
 */
export const useCurateStore = create<CurateState>()((set, get) => ({
  reason: emptyReason,
  pending: null,
  form: null,
  busy: false,
  problem: null,
  askReason: 0,
  decided: 0,
  quickReasons: null,
  linkOf: (linkId) => useCompareStore.getState().open?.curation?.curation.links.find((l) => l.link.id === linkId)?.link,
  setText: (text) => set((s) => ({ reason: { ...s.reason, text }, problem: null })),
  toggle: (label) => set((s) => ({ reason: toggleQuick(s.reason, label), problem: null })),
  // Opening the form is choosing another action: a unit action waiting for its reason goes (a link's stays).
  setForm: (form) =>
    set((s) => ({ form, problem: null, pending: form && s.pending?.kind === 'unit' ? null : s.pending })),
  reset: () => set({ reason: emptyReason, pending: null, form: null, problem: null }),

  choose: async (pending) => {
    set({ pending, problem: null });
    if (reasonToSend(get().reason)) return get().confirm();
    set((s) => ({ problem: t('compareCurate:needReason'), askReason: s.askReason + 1 }));
  },

  confirm: async () => {
    const { pending, busy } = get();
    if (busy) return;
    if (!pending) return set({ problem: t('compareCurate:chooseAction') });
    const reason = reasonToSend(get().reason);
    if (!reason) return set((s) => ({ problem: t('compareCurate:needReason'), askReason: s.askReason + 1 }));
    set({ busy: true, problem: null });
    try {
      const api = requireApi();
      let result: ChangeWithHistory;
      if (pending.kind === 'link') {
        result = await api.decideLink({ linkId: pending.linkId, action: pending.action, reason });
      } else {
        const compare = useCompareStore.getState();
        const open = compare.open;
        const unit = open?.index.units[pending.unit];
        if (!open || !unit) throw new Error(t('compareCurate:unitGone'));
        result = await api.decideUnit({
          query: { documentId: open.document.id, coderIds: [...open.index.coderIds], unit: compare.prefs.rule },
          members: unit.members,
          action: pending.action,
          reason,
        });
      }
      applyResult(result);
      set((s) => ({ reason: emptyReason, pending: null, form: null, busy: false, decided: s.decided + 1 }));
    } catch (error) {
      set({ busy: false, problem: t('compareCurate:decideFailed', { reason: messageOf(error) }) });
    }
  },

  loadQuickReasons: async () => {
    try {
      set({ quickReasons: await requireApi().listQuickReasons({}) });
    } catch {
      // Without them the curator writes the reason out; the chips are a convenience.
      set({ quickReasons: [] });
    }
  },
}));

/** Brings the app in line with a curation call's answer: its change, and the history (the Undo the menu offers). */
export function applyResult({ change, history }: ChangeWithHistory): void {
  const app = useAppStore.getState();
  app.applyChange(change, false);
  useAppStore.setState({ historyLabels: history });
  if (change.quickReasonsChanged) void useCurateStore.getState().loadQuickReasons();
}

/** The coders the view curates (its compared coders), for the merge dialog. */
export function curatedCoders(): string[] {
  return comparedCoders(useCompareStore.getState().prefs);
}
