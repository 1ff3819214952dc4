import { appendFile, mkdir, open } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileDurable } from '../fs/durable-write.ts';
import { type Message, message } from '../../../shared/i18n/message.ts';
import type { Undoable } from './history.ts';

/** One undo step as kept on disk. */
export interface LoggedStep {
  /** A code and its parameters (a log written before labels were codes holds English text: read as that text). */
  label: Message;
  seq: number;
  undo: Undoable;
}

/** What the history holds: steps that can be undone (oldest first), steps that can be redone (last undone last). */
export interface HistoryState {
  done: LoggedStep[];
  undone: LoggedStep[];
  seq: number;
}

type Entry =
  | { op: 'state'; state: HistoryState }
  | { op: 'record'; step: LoggedStep; limit: number }
  | { op: 'move'; from: 'done' | 'undone'; step: LoggedStep };

const HEADER = { format: 'glossator-history', version: 1 };

/** Where a project's undo history is kept: with the project, but not part of its data (never backed up or synced). */
export const historyFile = (dir: string) => join(dir, '.history', 'history.jsonl');

/**
 * The undo history on disk, so that Ctrl+Z after a restart undoes the last
 * change made before it. An append-only log — each step, undo and redo is
 * one line, appended and flushed — rewritten whole (atomically) when it has
 * grown well past what it holds. A line cut off by a crash, and anything
 * after a line that cannot be read, is dropped: the history then ends at
 * the last whole step.
 */
export class HistoryLog {
  private lines = 0;
  private bytes = 0;
  private writing: Promise<unknown> = Promise.resolve();
  /** Entries handed to write, and how many of them the last rewrite held. */
  private issued = 0;
  private covered = 0;

  constructor(
    private readonly file: string,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** Reads the history; a missing or unreadable log is an empty history. */
  load(): HistoryState {
    const state: HistoryState = { done: [], undone: [], seq: 0 };
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return state;
    }
    const lines = text.split('\n');
    let clean = lines.at(-1) === '';
    try {
      const header = JSON.parse(lines[0] ?? '') as typeof HEADER;
      if (header.format !== HEADER.format || header.version !== HEADER.version) return state;
    } catch {
      return state;
    }
    for (const line of lines.slice(1, clean ? -1 : undefined)) {
      try {
        apply(state, JSON.parse(line) as Entry);
        this.lines++;
      } catch {
        clean = false;
        break;
      }
    }
    this.bytes = text.length;
    // A cut-off or damaged end is not appended to: the next write starts a clean file.
    if (!clean) this.lines = Number.POSITIVE_INFINITY;
    return state;
  }

  /** Appends an entry after every one before it; rewrites the whole log when it has grown large. */
  write(entry: Entry, state: () => HistoryState): Promise<void> {
    const number = ++this.issued;
    const run = this.writing.then(async () => {
      // A rewrite since this entry was issued already holds it (the state it wrote was taken later).
      if (number <= this.covered) return;
      const line = `${JSON.stringify(entry)}\n`;
      const total = state();
      if (
        this.lines > 2 * (total.done.length + total.undone.length) + 100 ||
        this.bytes + line.length > this.maxBytes
      ) {
        await this.rewrite(total);
        return;
      }
      await mkdir(dirname(this.file), { recursive: true });
      if (this.lines === 0 && this.bytes === 0) await appendFile(this.file, `${JSON.stringify(HEADER)}\n`);
      const handle = await open(this.file, 'a');
      try {
        await handle.write(line);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      this.lines++;
      this.bytes += line.length;
    });
    // After a failed write the file may lack entries: the next write rewrites it whole.
    this.writing = run.catch(() => {
      this.lines = Number.POSITIVE_INFINITY;
    });
    return run;
  }

  /** Resolves once every entry handed to write is on disk (or failed). */
  async idle(): Promise<void> {
    await this.writing;
  }

  private async rewrite(state: HistoryState): Promise<void> {
    this.covered = this.issued;
    const kept = trimToBytes(state, this.maxBytes / 2);
    const body = `${JSON.stringify(HEADER)}\n${JSON.stringify({ op: 'state', state: kept })}\n`;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileDurable(this.file, body);
    this.lines = 1;
    this.bytes = body.length;
  }
}

/** A step as read from the log: a label written as text (older logs) becomes a Message that words it as written. */
function readStep(step: LoggedStep): LoggedStep {
  const label = step.label as Message | string;
  return typeof label === 'string' ? { ...step, label: message('history:asWritten', { label }) } : step;
}

/** Replays one entry, exactly as History did it. */
function apply(state: HistoryState, raw: Entry): void {
  const entry: Entry =
    raw.op === 'state'
      ? { ...raw, state: { ...raw.state, done: raw.state.done.map(readStep), undone: raw.state.undone.map(readStep) } }
      : raw.op === 'record' || raw.op === 'move'
        ? { ...raw, step: readStep(raw.step) }
        : raw;
  if (entry.op === 'state') {
    state.done = entry.state.done;
    state.undone = entry.state.undone;
    state.seq = entry.state.seq;
  } else if (entry.op === 'record') {
    state.done.push(entry.step);
    if (state.done.length > entry.limit) state.done.shift();
    state.undone.length = 0;
    state.seq = Math.max(state.seq, entry.step.seq);
  } else if (entry.op === 'move') {
    const [from, to] = entry.from === 'done' ? [state.done, state.undone] : [state.undone, state.done];
    if (!from.pop()) throw new Error('nothing to move');
    to.push(entry.step);
    state.seq = Math.max(state.seq, entry.step.seq);
  } else throw new Error('unknown entry');
}

/** The history without its oldest steps, until what is left fits (a text correction's step holds the text). */
function trimToBytes(state: HistoryState, maxBytes: number): HistoryState {
  const done = [...state.done];
  let size = JSON.stringify(state).length;
  while (done.length && size > maxBytes) {
    size -= JSON.stringify(done.shift()).length;
  }
  return { done, undone: size > maxBytes ? [] : state.undone, seq: state.seq };
}
