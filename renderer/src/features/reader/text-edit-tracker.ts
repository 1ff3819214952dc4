import type { Transaction } from 'prosemirror-state';
import { diffTexts, type TextChange } from '../../../../shared/anchoring/text-change.ts';
import { docText, offsetAt } from './doc-text.ts';

/**
 * Turns the edits made in "Edit text" mode into text changes (offsets in
 * the text as it was before each), the form the core maps annotations
 * through. Each transaction becomes one change: the texts before and after
 * are compared, guided by where ProseMirror says the edit happened, so that
 * typing a letter inside a run of equal letters lands where it was typed.
 */
export class TextEditTracker {
  readonly changes: TextChange[] = [];
  private text: string;

  constructor(readonly originalText: string) {
    this.text = originalText;
  }

  get currentText(): string {
    return this.text;
  }

  get changed(): boolean {
    return this.text !== this.originalText;
  }

  record(tr: Transaction): void {
    if (!tr.docChanged) return;
    const after = docText(tr.doc);
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    // Step maps chain: only the first step's range is in the old document's
    // positions, so take the hint from it (one step is the common case).
    tr.steps[0]?.getMap().forEach((oldStart, oldEnd) => {
      from = Math.min(from, oldStart);
      to = Math.max(to, oldEnd);
    });
    const hint =
      tr.steps.length === 1 && from <= to
        ? { from: offsetAt(tr.before, from), to: offsetAt(tr.before, to) }
        : undefined;
    const change = diffTexts(this.text, after, hint);
    if (change) this.changes.push(change);
    this.text = after;
  }
}
