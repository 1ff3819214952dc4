import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { currentBootId, isLockOwnerAlive, type LockOwner } from '../store-folder/lock-owner.ts';
import { message } from '../../../shared/i18n/message.ts';

export const LOCK_FILE = 'glossator.lock';

/**
 * An exclusive lock on a project folder, so that two Glossator processes
 * never write the same files (lowdb assumes one writer per file). The lock
 * file is created with O_EXCL; a lock left by a process that no longer runs
 * on this machine — or whose PID now belongs to something else, or that was
 * taken before the machine last booted — is taken over (see isLockOwnerAlive).
 */
export class ProjectLock {
  private constructor(
    private readonly file: string,
    private readonly owner: LockOwner,
  ) {}

  static async acquire(dir: string): Promise<ProjectLock> {
    const file = join(dir, LOCK_FILE);
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
      bootId: currentBootId() ?? undefined,
      projectDir: resolve(dir),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(file, 'wx', 0o644);
        try {
          await handle.writeFile(JSON.stringify(owner));
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new ProjectLock(file, owner);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new ApiError('io', message('errors:lockFailed', { dir, reason: (error as Error).message }));
        }
      }
      const holder = await readOwner(file);
      if (holder && isLockOwnerAlive(holder, dir)) {
        throw new ApiError(
          'locked',
          message('errors:projectLocked', { pid: holder.pid, host: holder.host, since: holder.since }),
        );
      }
      // The holder is gone (crashed or killed): its lock is stale.
      await unlink(file).catch(() => {});
    }
    throw new ApiError('locked', message('errors:lockContended', { dir }));
  }

  /** Releases the lock if it is still ours. */
  async release(): Promise<void> {
    const holder = await readOwner(this.file);
    if (holder && holder.pid === this.owner.pid && holder.since === this.owner.since) {
      await unlink(this.file).catch(() => {});
    }
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return {
        pid: parsed.pid,
        host: parsed.host,
        since: String(parsed.since ?? ''),
        bootId: typeof parsed.bootId === 'string' ? parsed.bootId : undefined,
        projectDir: typeof parsed.projectDir === 'string' ? parsed.projectDir : undefined,
      };
    }
  } catch {
    // Missing or unreadable (a crash while it was being written): stale.
  }
  return null;
}
