import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { nodeFs, type WriteFs, writeFileDurable } from '../../fs/durable-write.ts';
import { isDataFile, layout } from '../../store/project-layout.ts';

/**
 * Kept inside .git: git never tracks what is there, it exists exactly when the project is a repository, and a
 * fresh clone has none (so its first sync compares everything, as it must). No .gitignore line is needed.
 */
export const PENDING_FILE = join('.git', 'glossator-sync-pending.json');
const PENDING_VERSION = 1;

const PendingSchema = z.strictObject({
  format: z.literal('glossator-sync-pending'),
  version: z.literal(PENDING_VERSION),
  paths: z.array(z.string().refine(isDataFile)),
});

/**
 * What the sync may rely on: the data files changed since the last sync commit, or `unknown` (no record, a
 * damaged one, one this Glossator cannot read): then it compares every file once. Never "nothing" by default.
 */
export type PendingTake =
  | { status: 'known'; paths: string[]; generation: number }
  | { status: 'unknown'; reason: 'missing' | 'damaged'; generation: number };

/**
 * The durable record of the project's data files changed since the last sync commit (issue 19: the store
 * knows what it changed; no walk of every file). The store awaits `record` before each change's commit point,
 * so a change that happened is always recorded; a path recorded for a change that then failed is harmless
 * (the sync finds it unchanged). The file is rewritten only when a path is new to it: saving the same layer
 * file again costs a Set lookup.
 */
export class PendingSyncPaths {
  /** Each recorded path, with the generation (count of takes) it was last recorded in. Null until loaded. */
  private paths: Map<string, number> | null = null;
  /** Why there is no record to trust; null while the file is trusted. */
  private unknown: 'missing' | 'damaged' | null = null;
  private generation = 0;
  /** Writes of the file, one at a time, each of the state at its turn. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly fs: WriteFs,
  ) {}

  /** The record of a project that is a git repository; null for any other: such a project pays nothing. */
  static forProject(dir: string, fs: WriteFs = nodeFs): PendingSyncPaths | null {
    try {
      if (!statSync(join(dir, '.git')).isDirectory()) return null;
    } catch {
      return null;
    }
    return new PendingSyncPaths(dir, fs);
  }

  /**
   * Records "nothing changed since the last sync commit" for a folder whose files are its commit's exactly (a
   * fresh clone): its first sync then reads the record instead of comparing every file.
   */
  static async markClean(dir: string, fs: WriteFs = nodeFs): Promise<void> {
    const body = { format: 'glossator-sync-pending', version: PENDING_VERSION, paths: [] };
    await mkdir(layout.tempDir(dir), { recursive: true });
    await writeFileDurable(join(dir, PENDING_FILE), `${JSON.stringify(body)}\n`, fs, layout.tempDir(dir));
  }

  /** The store's before-write hook (bound). */
  readonly record = (files: string[]): Promise<void> | undefined => {
    const paths = this.loaded();
    const added: string[] = [];
    for (const file of files) {
      if (!isDataFile(file)) continue;
      if (!paths.has(file)) added.push(file);
      paths.set(file, this.generation);
    }
    // While unknown, nothing is written: a file naming a few paths would pass for the whole truth.
    if (!added.length || this.unknown) return undefined;
    return this.write().catch((error: unknown) => {
      // Not on disk: the next change to these files must try again (the store refuses this one).
      for (const file of added) paths.delete(file);
      throw error;
    });
  };

  /** How many files wait for the next sync commit, or null when unknown (without taking them). */
  peek(): number | null {
    const paths = this.loaded();
    return this.unknown ? null : paths.size;
  }

  /** What the sync is to commit; pass it to `clear` once that commit is made. */
  take(): PendingTake {
    const paths = this.loaded();
    const generation = ++this.generation;
    if (this.unknown) return { status: 'unknown', reason: this.unknown, generation };
    return { status: 'known', paths: [...paths.keys()].sort(), generation };
  }

  /**
   * After the sync commit of `taken` succeeded: its paths are no longer pending, except those changed again
   * since it was taken. After an `unknown` take (every file compared) the record is trusted from now on.
   */
  async clear(taken: PendingTake): Promise<void> {
    const paths = this.loaded();
    const done = taken.status === 'known' ? taken.paths : [...paths.keys()];
    for (const path of done) {
      const at = paths.get(path);
      if (at !== undefined && at < taken.generation) paths.delete(path);
    }
    const was = this.unknown;
    this.unknown = null;
    try {
      await this.write();
    } catch (error) {
      // The missing or damaged file stands: still unknown (a change's write queued meanwhile then writes nothing).
      this.unknown = was;
      throw error;
    }
  }

  /**
   * After the sync committed (or fast-forwarded to) exactly these files as the folder holds them: they are no
   * longer pending. Only these: a document added meanwhile stays recorded (a take and clear would drop it).
   */
  async drop(done: readonly string[]): Promise<void> {
    const paths = this.loaded();
    let changed = false;
    for (const path of done) changed = paths.delete(path) || changed;
    if (changed && !this.unknown) await this.write();
  }

  private loaded(): Map<string, number> {
    if (this.paths) return this.paths;
    this.paths = new Map();
    const file = join(this.dir, PENDING_FILE);
    if (!existsSync(file)) {
      this.unknown = 'missing';
      return this.paths;
    }
    try {
      const parsed = PendingSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      for (const path of parsed.paths) this.paths.set(path, 0);
    } catch {
      this.unknown = 'damaged';
    }
    return this.paths;
  }

  private write(): Promise<void> {
    const run = this.queue.then(() => {
      // Decided at its turn: a clear that failed before it left the record untrusted again.
      if (this.unknown) return;
      const paths = [...(this.paths ?? new Map()).keys()].sort();
      const body = { format: 'glossator-sync-pending', version: PENDING_VERSION, paths };
      return writeFileDurable(
        join(this.dir, PENDING_FILE),
        `${JSON.stringify(body)}\n`,
        this.fs,
        layout.tempDir(this.dir),
      );
    });
    this.queue = run.catch(() => {});
    return run;
  }
}
