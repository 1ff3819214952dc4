import { readFileSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { type WriteFs, writeFileDurable } from './durable-write.ts';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * A lowdb adapter that writes durably (see writeFileDurable), one write at a
 * time per file. Saves that arrive while a write is running are folded into
 * the next one, which serialises the data as it is when that write starts:
 * each caller's promise resolves only once a write holding its change is on
 * disk. When a write fails, its callers are told before the next write
 * serialises, so they can take their change back and the disk never gets
 * a change its author was told had failed.
 *
 * `read` returns the raw parsed JSON (null when the file does not exist);
 * checking its shape is the caller's job. It throws a SyntaxError for empty
 * or invalid JSON rather than guessing.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  private latest: T | undefined;
  private waiters: Waiter[] = [];
  private draining = false;

  constructor(
    readonly file: string,
    private readonly fs?: WriteFs,
    private readonly stringify: (data: unknown) => string = (data) => `${JSON.stringify(data, null, 2)}\n`,
  ) {}

  async read(): Promise<T | null> {
    const found = await this.readRaw();
    return found.exists ? (found.value as T) : null;
  }

  /** Like read, but tells a missing file apart from an empty one or one that holds `null`. */
  async readRaw(): Promise<{ exists: false } | { exists: true; blank: boolean; value: unknown }> {
    let text: string;
    try {
      // Synchronous on purpose: a project opens by reading thousands of small
      // files, and a synchronous read is ~8x faster than a trip through
      // libuv's thread pool (measured: 20,000 files in 0.33 s against 2.5 s).
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
      throw error;
    }
    if (text.trim() === '') return { exists: true, blank: true, value: undefined };
    return { exists: true, blank: false, value: JSON.parse(text) };
  }

  write(data: T): Promise<void> {
    this.latest = data;
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.draining) void this.drain();
    return done;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters;
      this.waiters = [];
      try {
        await writeFileDurable(this.file, this.stringify(this.latest), this.fs);
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
        // Let the callers undo their change before the next write serialises.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.draining = false;
  }
}
