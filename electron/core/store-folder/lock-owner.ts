import { readFileSync, statSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { resolve } from 'node:path';

/** What a project's lock file says about the Glossator that holds it. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** The holder machine's boot id (Linux), to tell a lock from before a reboot. */
  bootId?: string;
  /** The project folder the holder locked, to tell a lock copied along with the folder. */
  projectDir?: string;
}

/**
 * Slack for comparing `since` with the boot time, which os.uptime() gives
 * only to the second and which moves when the clock is set.
 */
const BOOT_TIME_SLACK_MS = 60_000;

/**
 * Whether the lock on `projectDir` still belongs to a running Glossator, so
 * that opening the project must wait. A lock left behind is stale, and a
 * reused PID must not keep a project locked for ever after a crash:
 * - a lock from another machine (a shared drive) cannot be checked: alive;
 * - one taken before this machine last booted (another boot id, or a
 *   `since` older than the boot time) is stale;
 * - one taken for another folder that still exists (the lock file was
 *   copied with the project) is stale;
 * - one whose process is gone (ESRCH) is stale; EPERM (another user's
 *   process) counts as alive;
 * - one whose PID now runs something that is not node, Electron or
 *   Glossator (the PID was reused) is stale.
 */
export function isLockOwnerAlive(owner: LockOwner, projectDir: string): boolean {
  if (owner.host !== hostname()) return true;
  const bootId = currentBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return false;
  const since = Date.parse(owner.since);
  if (Number.isFinite(since) && since < Date.now() - uptime() * 1000 - BOOT_TIME_SLACK_MS) return false;
  if (owner.projectDir && isOtherFolder(owner.projectDir, projectDir)) return false;
  // 0 and negative numbers name process groups, not a process: no Glossator wrote them.
  if (!Number.isSafeInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processLooksLikeGlossator(owner.pid);
}

/** This boot's id (Linux), or null where there is none to read. */
export function currentBootId(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}

const GLOSSATOR_COMMAND = /node|electron|glossator/i;

/**
 * Whether the process could be a Glossator: on Linux, its command line (or,
 * when that is empty, its name) mentions node, Electron or Glossator.
 * Where that cannot be read the answer is true, so a live lock is never
 * broken on a guess.
 */
export function processLooksLikeGlossator(pid: number): boolean {
  if (process.platform !== 'linux') return true;
  for (const file of ['cmdline', 'comm']) {
    try {
      const text = readFileSync(`/proc/${pid}/${file}`, 'latin1').replaceAll('\0', ' ').trim();
      if (text) return GLOSSATOR_COMMAND.test(text);
    } catch {
      return true;
    }
  }
  return true;
}

/**
 * True only when both folders exist and are different folders. A folder
 * the lock names that no longer exists may have been renamed while open,
 * which must not free the lock.
 */
function isOtherFolder(lockedDir: string, projectDir: string): boolean {
  try {
    const a = statSync(resolve(lockedDir));
    const b = statSync(resolve(projectDir));
    return a.dev !== b.dev || a.ino !== b.ino;
  } catch {
    return false;
  }
}
