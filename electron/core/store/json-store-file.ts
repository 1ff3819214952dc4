import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { migrateFile } from '../../../shared/model/migrate-file.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { StoreProblem } from '../../../shared/ipc/project-info.ts';
import { DurableJsonAdapter } from '../fs/durable-json-adapter.ts';
import type { WriteFs } from '../fs/durable-write.ts';

export type LoadResult<T> =
  | { status: 'ok'; data: T }
  | { status: 'missing' }
  | { status: 'damaged'; problem: StoreProblem };

/**
 * One JSON file of a project, read through lowdb with a durable adapter and
 * checked against its schema. A file that is empty, truncated, invalid or of
 * the wrong shape is never overwritten with defaults: it is renamed aside
 * (`name.damaged-<time>.json`) and reported. A file written by a newer
 * Glossator stops the open with an error and is left exactly as it is.
 */
export class JsonStoreFile<T> {
  readonly low: Low<T | null>;
  private readonly adapter: DurableJsonAdapter<T | null>;

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly projectDir: string,
    fs?: WriteFs,
    stringify?: (data: unknown) => string,
  ) {
    this.adapter = new DurableJsonAdapter<T | null>(file, fs, stringify);
    this.low = new Low<T | null>(this.adapter, null);
  }

  /** The loaded data. Only valid after a successful load or set. */
  get data(): T {
    if (this.low.data === null) throw new ApiError('internal', `${this.relativePath} was used before it was loaded.`);
    return this.low.data;
  }

  get relativePath(): string {
    return relative(this.projectDir, this.file).split('\\').join('/');
  }

  /**
   * Reads and checks the file. `check` may add a test the schema cannot
   * express (say, that a file names the folder it lies in); its message
   * makes the file count as having the wrong shape.
   */
  async load(check?: (data: T) => string | null): Promise<LoadResult<T>> {
    let raw: unknown;
    try {
      const found = await this.adapter.readRaw();
      if (!found.exists) return { status: 'missing' };
      if (found.blank) return this.setAside('empty');
      raw = found.value;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code && code !== 'ENOENT') {
        return { status: 'damaged', problem: this.problem('unreadable', `could not be read (${code}).`, null) };
      }
      return this.setAside('invalid-json');
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new ApiError(
        'newer-version',
        `${this.relativePath} was saved by a newer version of Glossator (format ${version}; this one reads up to ${SCHEMA_VERSION}). Update Glossator to open this project. Nothing was changed.`,
      );
    }
    // Older formats are brought up to date in memory; the file itself is
    // rewritten in the current format only when something in it changes.
    const parsed = this.schema.safeParse(migrateFile(raw));
    const mismatch = parsed.success ? (check?.(parsed.data) ?? null) : null;
    if (!parsed.success || mismatch) {
      const first = parsed.success ? undefined : parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      const why = mismatch ?? `${first?.message ?? 'invalid'}${where}`;
      const moved = await this.moveAside();
      return {
        status: 'damaged',
        problem: this.problem('wrong-shape', `does not have the expected contents (${why}).`, moved),
      };
    }
    this.low.data = parsed.data;
    return { status: 'ok', data: parsed.data };
  }

  /** Saves the data in memory as it is now (after an in-place change). */
  async write(): Promise<void> {
    await this.low.write();
  }

  private async setAside(kind: 'empty' | 'invalid-json'): Promise<LoadResult<T>> {
    const moved = await this.moveAside();
    return {
      status: 'damaged',
      problem:
        kind === 'empty'
          ? this.problem('empty', 'was empty.', moved)
          : this.problem('invalid-json', 'is not valid JSON: it may have been cut off or edited by hand.', moved),
    };
  }

  private async moveAside(): Promise<string | null> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const ext = extname(this.file);
    const target = join(dirname(this.file), `${basename(this.file, ext)}.damaged-${stamp}${ext}`);
    try {
      await rename(this.file, target);
      return relative(this.projectDir, target).split('\\').join('/');
    } catch {
      return null;
    }
  }

  private problem(kind: StoreProblem['kind'], what: string, setAsideAs: string | null): StoreProblem {
    const kept = setAsideAs
      ? ` It was kept as ${setAsideAs} and nothing was overwritten.`
      : ' It was left in place and nothing was overwritten.';
    return { file: this.relativePath, kind, message: `${this.relativePath} ${what}${kept}`, setAsideAs };
  }
}
