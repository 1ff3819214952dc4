import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * This process's private folder for uploads and downloads waiting to be
 * fetched: `<root>/glossator-files/<pid>-<random>`, made (mode 0700) on
 * first use. Making it also removes the folders of processes that are no
 * longer running (left behind by a crash), so staging is cleaned at start;
 * the gate removes its own at exit. Each process has its own folder, so two
 * servers side by side never touch each other's files.
 */
export class StagingFolder {
  private readonly parent: string;
  readonly dir: string;
  private made: Promise<void> | null = null;

  constructor(root: string = tmpdir()) {
    this.parent = join(root, 'glossator-files');
    this.dir = join(this.parent, `${process.pid}-${randomBytes(6).toString('hex')}`);
  }

  /** A fresh path in the folder (nothing is written there yet). */
  async newFile(hint = 'file'): Promise<string> {
    await this.ensure();
    const safe = hint.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 40) || 'file';
    return join(this.dir, `${randomBytes(12).toString('hex')}-${safe}`);
  }

  /** Removes one of the folder's files (gone already is fine). */
  async removeFile(path: string): Promise<void> {
    await rm(path, { force: true }).catch(() => {});
  }

  ensure(): Promise<void> {
    this.made ??= (async () => {
      await mkdir(this.parent, { recursive: true, mode: 0o700 });
      await removeAbandoned(this.parent);
      await mkdir(this.dir, { mode: 0o700 });
    })().catch((error) => {
      this.made = null;
      throw error;
    });
    return this.made;
  }

  async remove(): Promise<void> {
    const made = this.made;
    this.made = null;
    if (made) await made.catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Removes the staging folders of processes that are gone. */
async function removeAbandoned(parent: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    await rm(join(parent, name), { recursive: true, force: true }).catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
