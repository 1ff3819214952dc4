import { type HistoryLabels, type HistoryStep, emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { toChangeSet } from '../store/record-edit.ts';
import { listKindNames } from '../store/record-kinds.ts';

interface Step {
  label: string;
  seq: number;
  /** Applying this takes the step back. */
  undo: RecordEdit;
}

/** How many steps can be undone: a day's work, at a few kilobytes per step. */
const LIMIT = 1_000;

/** Steps touching at most this many records come with a preview of their undo (see HistoryLabels). */
const PREVIEW_LIMIT = 200;

/**
 * Undo and redo over the whole project, kept by the core rather than the
 * screen: a step can be undone after switching documents, and each undo is
 * an ordinary saved change, so what is on screen and what is on disk agree
 * after every step. A new change after an undo clears the redo list.
 */
export class History {
  private readonly done: Step[] = [];
  private readonly undone: Step[] = [];
  private seq = 0;

  /** Records a change just made, given the edit that takes it back. */
  record(label: string, undo: RecordEdit): void {
    this.done.push({ label, undo, seq: ++this.seq });
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  labels(): HistoryLabels {
    const last = this.done.at(-1);
    return {
      undo: last?.label ?? null,
      redo: this.undone.at(-1)?.label ?? null,
      undoSeq: last?.seq ?? null,
      undoPreview: last && isSmall(last.undo) ? toChangeSet(last.undo) : null,
    };
  }

  /** Takes back the last step with `commit`; a failed commit leaves the history as it was. */
  async undo(commit: (edit: RecordEdit) => Promise<RecordEdit>): Promise<HistoryStep> {
    return this.move(this.done, this.undone, commit);
  }

  async redo(commit: (edit: RecordEdit) => Promise<RecordEdit>): Promise<HistoryStep> {
    return this.move(this.undone, this.done, commit);
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  private async move(
    from: Step[],
    to: Step[],
    commit: (edit: RecordEdit) => Promise<RecordEdit>,
  ): Promise<HistoryStep> {
    const step = from.at(-1);
    if (!step) return { label: null, seq: null, change: emptyChangeSet(), next: this.labels() };
    const back = await commit(step.undo);
    from.pop();
    // A redone step is a new step: its number tells a stale preview apart.
    to.push({ label: step.label, undo: back, seq: ++this.seq });
    return { label: step.label, seq: step.seq, change: toChangeSet(step.undo), next: this.labels() };
  }
}

/** Every kind of record counts (the record-kind table), so no kind is left out of the preview. */
function isSmall(edit: RecordEdit): boolean {
  // Whole documents carry their texts: like texts, never sent ahead.
  if (edit.texts?.length || edit.codebook || edit.wholeDocuments?.length) return false;
  let records = (edit.annotations?.length ?? 0) + (edit.documents?.length ?? 0);
  for (const name of listKindNames) records += edit[name]?.length ?? 0;
  return records <= PREVIEW_LIMIT;
}
