import type { Reason } from '../../../../../shared/curation/curation-types.ts';

/** The reason box as the curator fills it: free text and the quick reasons ticked (by their words). */
export interface ReasonDraft {
  text: string;
  quick: string[];
}

export const emptyReason: ReasonDraft = { text: '', quick: [] };

/**
 * The reason to send, or null when there is none: a decision needs words of
 * its own or at least one quick reason (the core refuses it otherwise, and
 * the view says so before asking).
 */
export function reasonToSend(draft: ReasonDraft): Reason | null {
  const text = draft.text.trim();
  const quickReasons = draft.quick.map((q) => q.trim()).filter(Boolean);
  if (!text && quickReasons.length === 0) return null;
  return { text, quickReasons };
}

/** Ticks a quick reason, or unticks it (the order of ticking is kept: it is the order the log shows). */
export function toggleQuick(draft: ReasonDraft, label: string): ReasonDraft {
  return draft.quick.includes(label)
    ? { ...draft, quick: draft.quick.filter((q) => q !== label) }
    : { ...draft, quick: [...draft.quick, label] };
}
