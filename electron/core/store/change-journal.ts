import { eachLimited } from '../fs/each-limited.ts';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import {
  nodeFs,
  syncDirectory,
  tempFileFor,
  type WriteFs,
  writeFileDurable,
  writeTempFile,
} from '../fs/durable-write.ts';

/** Told the relative paths a change is about to write; may refuse it by throwing. */
export type BeforeWrite = (files: string[]) => Promise<void> | void;

/** One file of a change: its new content, or null to remove it. Paths are absolute. */
export interface FileWrite {
  path: string;
  /**
   * The new content, or null to remove the file. A function gives the
   * content when its turn comes, so a change of thousands of files (a bundle
   * import) holds a few serialised files at a time rather than all of them;
   * what it throws refuses the change before its commit point.
   */
  data: string | (() => string) | null;
}

/** The content of a write that has one. */
function contentOf(data: string | (() => string)): string {
  return typeof data === 'function' ? data() : data;
}

export const JOURNAL_FILE = 'glossator.journal.json';
export const JOURNAL_FORMAT = 1;

const JournalSchema = z.strictObject({
  format: z.literal('glossator-journal'),
  version: z.number().int().positive(),
  id: z.string(),
  files: z.array(
    z.strictObject({
      /** Relative to the project folder, forward slashes. */
      target: z.string().min(1),
      /** The new content, ready beside nothing else (in the temp folder); null: the target is removed. */
      temp: z.string().min(1).nullable(),
      sha256: z.string().nullable(),
    }),
  ),
});
export type Journal = z.infer<typeof JournalSchema>;

/** What reading a journal at open found. */
export type JournalRead =
  | { status: 'none' }
  /** Cut off before its commit point: the change never happened (its temp files are strays). */
  | { status: 'unusable'; reason: string; why: 'notJson' | 'notJournal' | 'outside'; file?: string }
  | { status: 'newer'; version: number }
  | { status: 'pending'; journal: Journal };

/**
 * A change that touches several files is made all-or-nothing across a
 * crash, the way a database's write-ahead log does it, in small:
 *
 * 1. every new content is written to a temp file and flushed;
 * 2. a journal naming each temp file and its target is written durably —
 *    the commit point: before it the old files stand, after it the new ones;
 * 3. the temp files are renamed over their targets, their folders flushed;
 * 4. the journal is removed.
 *
 * A crash before 2 leaves only temp files, removed at the next open; a
 * crash after 2 leaves a journal that the next open completes (renames are
 * idempotent: a temp file that is gone was already moved). A change of one
 * file needs no journal: its rename is atomic by itself.
 */
/** How many files a change flushes at once: enough for the disk to commit them together, few enough to keep file handles in bounds. */
const CONCURRENT_FLUSHES = 64;

export class ChangeWriter {
  /** Told the files (relative paths) a change is about to replace or remove. */
  beforeReplace: ((files: string[]) => void) | null = null;
  /**
   * Awaited with the files (relative paths) a change is about to write or remove, before its commit point:
   * what one throws refuses the change with nothing written (the sync's record of changed files uses it).
   */
  private readonly beforeWriteHooks: BeforeWrite[] = [];

  constructor(
    private readonly dir: string,
    private readonly tempDir: string,
    private readonly fs: WriteFs = nodeFs,
  ) {}

  /**
   * Writes the files as one change. Throws before the commit point with
   * nothing changed on disk, or `ChangeIncomplete` after it: the change is
   * then made as far as the disk allowed, and `complete` (or the next open)
   * finishes it.
   */
  async write(writes: readonly FileWrite[]): Promise<void> {
    // Before anything is replaced: a backup being taken keeps what these files hold now.
    if (writes.length) {
      const files = writes.map((w) => this.relative(w.path));
      this.beforeReplace?.(files);
      await this.beforeWrite(files);
    }
    const only = writes[0];
    if (writes.length === 1 && only && only.data !== null) {
      await writeFileDurable(only.path, contentOf(only.data), this.fs, this.tempDir);
      return;
    }
    if (writes.length === 0) return;
    const journal = await this.prepare(writes);
    await this.complete(journal);
  }

  /** Adds a hook awaited before each change's commit point (see beforeWriteHooks). */
  addBeforeWrite(hook: BeforeWrite): void {
    this.beforeWriteHooks.push(hook);
  }

  /** Runs the before-write hooks for files written outside `write` (a new document's folder renamed into place). */
  async beforeWrite(files: string[]): Promise<void> {
    for (const hook of this.beforeWriteHooks) await hook(files);
  }

  private async prepare(writes: readonly FileWrite[]): Promise<Journal> {
    const temps: string[] = [];
    try {
      const files: Journal['files'] = new Array(writes.length);
      // Flushed several at a time (see eachLimited); every one before the journal that points at them.
      await eachLimited(writes, CONCURRENT_FLUSHES, async (w, i) => {
        if (w.data === null) {
          files[i] = { target: this.relative(w.path), temp: null, sha256: null };
          return;
        }
        const temp = tempFileFor(w.path, this.tempDir);
        temps.push(temp);
        // Encoded once, for the hash and the file both (a 1 M-character text encodes in milliseconds).
        const bytes = Buffer.from(contentOf(w.data), 'utf8');
        await writeTempFile(temp, bytes, this.fs);
        files[i] = { target: this.relative(w.path), temp: this.relative(temp), sha256: sha256(bytes) };
      });
      // The temp files' names must be on disk before a journal points at them.
      await syncDirectory(this.tempDir, this.fs);
      const journal: Journal = { format: 'glossator-journal', version: JOURNAL_FORMAT, id: randomUUID(), files };
      await writeFileDurable(join(this.dir, JOURNAL_FILE), `${JSON.stringify(journal)}\n`, this.fs, this.tempDir);
      return journal;
    } catch (error) {
      for (const temp of temps) await this.fs.unlink(temp).catch(() => {});
      throw error;
    }
  }

  /** Moves a committed change's files into place and removes its journal. */
  async complete(journal: Journal): Promise<void> {
    try {
      const folders = new Set<string>();
      for (const f of journal.files) folders.add(dirname(join(this.dir, f.target)));
      // Each file has its own target, so the moves are independent: made several at a time.
      await eachLimited(journal.files, CONCURRENT_FLUSHES, async (f) => {
        const target = join(this.dir, f.target);
        if (f.temp === null) await ignoreMissing(this.fs.unlink(target));
        else await ignoreMissing(this.fs.rename(join(this.dir, f.temp), target));
      });
      await eachLimited([...folders], CONCURRENT_FLUSHES, (folder) => syncDirectory(folder, this.fs));
      // Not flushed after: a journal that a power cut brings back is completed again, which changes
      // nothing (its temp files are gone; the only files it removes are format-3 ones never written again).
      await ignoreMissing(this.fs.unlink(join(this.dir, JOURNAL_FILE)));
    } catch (error) {
      throw new ChangeIncomplete(journal, error);
    }
  }

  private relative(path: string): string {
    return relative(this.dir, path).split(sep).join('/');
  }
}

/** A change past its commit point whose files could not all be moved into place yet. */
export class ChangeIncomplete extends Error {
  constructor(
    readonly journal: Journal,
    override readonly cause: unknown,
  ) {
    super(`A saved change could not be completed: ${(cause as Error).message}`);
    this.name = 'ChangeIncomplete';
  }
}

/** Reads the journal a crash may have left; changes nothing. */
export function readJournal(dir: string): JournalRead {
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'none' };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Written by rename, so never half a file; but a journal flushed by no
    // fsync (a power cut) may be empty: the change had not committed.
    return { status: 'unusable', reason: 'not valid JSON', why: 'notJson' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > JOURNAL_FORMAT) return { status: 'newer', version };
  const parsed = JournalSchema.safeParse(raw);
  if (!parsed.success) return { status: 'unusable', reason: 'not a journal of this Glossator', why: 'notJournal' };
  for (const f of parsed.data.files) {
    if (!insideProject(f.target) || (f.temp !== null && !insideProject(f.temp))) {
      return {
        status: 'unusable',
        reason: `it names a file outside the project (${f.target})`,
        why: 'outside',
        file: f.target,
      };
    }
  }
  return { status: 'pending', journal: parsed.data };
}

/** The journal's new content for each target it will write (read from its temp files); null where a temp is gone. */
export function journalContents(dir: string, journal: Journal): Map<string, string | null> {
  const contents = new Map<string, string | null>();
  for (const f of journal.files) {
    if (f.temp === null) continue;
    try {
      contents.set(f.target, readFileSync(join(dir, f.temp), 'utf8'));
    } catch {
      contents.set(f.target, null);
    }
  }
  return contents;
}

function insideProject(path: string): boolean {
  return !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\') && !path.includes('\0');
}

async function ignoreMissing(step: Promise<unknown>): Promise<void> {
  try {
    await step;
  } catch (error) {
    // Already done by an earlier, interrupted completion.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export function sha256(data: string | Buffer): string {
  const hash = createHash('sha256');
  if (typeof data === 'string') hash.update(data, 'utf8');
  else hash.update(data);
  return hash.digest('hex');
}
