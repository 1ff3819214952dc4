import { type HistoryLabels, type HistoryStep, emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { Message } from '../../../shared/i18n/message.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { toChangeSet } from '../store/record-edit.ts';
import { listKindNames } from '../store/record-kinds.ts';
import type { HistoryLog, HistoryState, LoggedStep } from './history-log.ts';

/** Restoring a backup, as an undo step: taken back by restoring the backup taken just before it. */
export interface BackupRestore {
  restoreBackup: string;
}

/** What undoing a step does: put records back, or restore a backup (a restore's undo). */
export type Undoable = RecordEdit | BackupRestore;

export const isRestore = (u: Undoable): u is BackupRestore => 'restoreBackup' in u;

/** How many steps can be undone: a day's work, at a few kilobytes per step. */
const LIMIT = 1_000;

/** Steps touching at most this many records come with a preview of their undo (see HistoryLabels). */
const PREVIEW_LIMIT = 200;

/**
 * Undo and redo over the whole project, kept by the core rather than the
 * screen: a step can be undone after switching documents, and each undo is
 * an ordinary saved change, so what is on screen and what is on disk agree
 * after every step. A new change after an undo clears the redo list. With
 * a log (HistoryLog) the history is kept on disk and outlives the process.
 */
export class History {
  private done: LoggedStep[] = [];
  private undone: LoggedStep[] = [];
  private seq = 0;
  private log: HistoryLog | null = null;

  /** Takes the history kept in `log` (a project just opened), or none. */
  attach(log: HistoryLog | null): void {
    this.log = log;
    const state = log?.load() ?? { done: [], undone: [], seq: 0 };
    this.done = state.done.slice(-LIMIT);
    this.undone = state.undone;
    this.seq = state.seq;
  }

  /** Records a change just made, given the edit that takes it back. */
  record(label: Message, undo: Undoable): void {
    const step = { label, undo, seq: ++this.seq };
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
    this.persist({ op: 'record', step, limit: LIMIT });
  }

  /**
   * Forgets the steps `touched` says a sync made unsafe to undo, and every step to redo (each was the undo of
   * a step before the sync). The others stay: the user's own earlier changes remain theirs to take back.
   * Returns how many steps were forgotten.
   */
  forget(touched: (undo: Undoable) => boolean): number {
    const before = this.done.length + this.undone.length;
    this.done = this.done.filter((step) => !touched(step.undo));
    this.undone = [];
    const forgotten = before - this.done.length;
    if (forgotten) this.persist({ op: 'state', state: this.state() });
    return forgotten;
  }

  labels(): HistoryLabels {
    const last = this.done.at(-1);
    return {
      undo: last?.label ?? null,
      redo: this.undone.at(-1)?.label ?? null,
      undoSeq: last?.seq ?? null,
      undoPreview: last && !isRestore(last.undo) && isSmall(last.undo) ? toChangeSet(last.undo) : null,
    };
  }

  /** The backups undo or redo steps would restore (kept by the backups' rotation). */
  backupsInUse(): Set<string> {
    return new Set([...this.done, ...this.undone].flatMap((s) => (isRestore(s.undo) ? [s.undo.restoreBackup] : [])));
  }

  /** Takes back the last step with `commit`; a failed commit leaves the history as it was. */
  async undo(commit: (undo: Undoable) => Promise<Undoable>): Promise<HistoryStep> {
    return this.move('done', commit);
  }

  async redo(commit: (undo: Undoable) => Promise<Undoable>): Promise<HistoryStep> {
    return this.move('undone', commit);
  }

  /** Waits until every step so far is on disk. */
  async flushed(): Promise<void> {
    await this.log?.idle();
  }

  private async move(fromName: 'done' | 'undone', commit: (undo: Undoable) => Promise<Undoable>): Promise<HistoryStep> {
    const [from, to] = fromName === 'done' ? [this.done, this.undone] : [this.undone, this.done];
    const step = from.at(-1);
    if (!step) return { label: null, seq: null, change: emptyChangeSet(), next: this.labels() };
    const back = await commit(step.undo);
    from.pop();
    // A redone step is a new step: its number tells a stale preview apart.
    const moved = { label: step.label, undo: back, seq: ++this.seq };
    to.push(moved);
    this.persist({ op: 'move', from: fromName, step: moved });
    const change = isRestore(step.undo) ? { ...emptyChangeSet(), reload: true } : toChangeSet(step.undo);
    return { label: step.label, seq: step.seq, change, next: this.labels() };
  }

  private state(): HistoryState {
    return { done: this.done, undone: this.undone, seq: this.seq };
  }

  /** On disk in the background: a history that cannot be written costs undo after a restart, never the change. */
  private persist(entry: Parameters<HistoryLog['write']>[0]): void {
    this.log?.write(entry, () => this.state()).catch(() => {});
  }
}

/** Every kind of record counts (the record-kind table), so no kind is left out of the preview. */
function isSmall(edit: RecordEdit): boolean {
  if (edit.texts?.length || edit.codebook || edit.wholeDocuments?.length) return false;
  let records = (edit.annotations?.length ?? 0) + (edit.documents?.length ?? 0);
  for (const name of listKindNames) records += edit[name]?.length ?? 0;
  return records <= PREVIEW_LIMIT;
}
