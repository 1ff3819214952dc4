import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, symlink } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { currentBootId, isLockOwnerAlive, type LockOwner, processLooksLikeGlossator } from './lock-owner.ts';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  await cleanup();
});

/** A lock as this process would write it now. */
const mine = (extra: Partial<LockOwner> = {}): LockOwner => ({
  pid: process.pid,
  host: hostname(),
  since: new Date().toISOString(),
  ...extra,
});

async function sleeper(): Promise<ChildProcess> {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  children.push(child);
  await once(child, 'spawn');
  return child;
}

const linux = process.platform === 'linux';

describe('whether a lock owner is alive', () => {
  it('respects a live Glossator on this machine, and any lock from another machine', () => {
    expect(isLockOwnerAlive(mine(), dir)).toBe(true);
    expect(
      isLockOwnerAlive(mine({ host: `not-${hostname()}`, pid: 2 ** 30, since: '2001-01-01T00:00:00Z' }), dir),
    ).toBe(true);
  });

  it.skipIf(!linux)('finds a lock from an earlier boot stale', () => {
    const bootId = currentBootId();
    expect(bootId).toMatch(/^[0-9a-f-]{36}$/);
    expect(isLockOwnerAlive(mine({ bootId: bootId ?? undefined }), dir)).toBe(true);
    expect(isLockOwnerAlive(mine({ bootId: '00000000-0000-0000-0000-000000000000' }), dir)).toBe(false);
  });

  it('finds a lock taken before the machine booted stale', () => {
    const beforeBoot = new Date(Date.now() - (uptime() + 3600) * 1000).toISOString();
    expect(isLockOwnerAlive(mine({ since: beforeBoot }), dir)).toBe(false);
    expect(isLockOwnerAlive(mine({ since: new Date(Date.now() - 1000).toISOString() }), dir)).toBe(true);
  });

  it.skipIf(!linux)('finds a lock whose PID now runs another program stale', async () => {
    const child = await sleeper();
    const pid = child.pid as number;
    expect(processLooksLikeGlossator(pid)).toBe(false);
    expect(processLooksLikeGlossator(process.pid)).toBe(true);
    expect(isLockOwnerAlive(mine({ pid }), dir)).toBe(false);
  });

  it('finds a lock whose process is gone stale', async () => {
    const child = await sleeper();
    const pid = child.pid as number;
    child.kill();
    await once(child, 'exit');
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    expect(isLockOwnerAlive(mine({ pid }), dir)).toBe(false);
    expect(isLockOwnerAlive(mine({ pid: 0 }), dir)).toBe(false);
    expect(isLockOwnerAlive(mine({ pid: -1 }), dir)).toBe(false);
  });

  it("counts another user's process (EPERM) as alive", () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
    });
    expect(isLockOwnerAlive(mine({ pid: 1 }), dir)).toBe(true);
    expect(kill).toHaveBeenCalledWith(1, 0);
  });

  it('finds a lock copied along with its project stale, but not one reached by another path', async () => {
    const copy = join(dir, 'copy');
    const original = join(dir, 'original');
    await mkdir(copy);
    await mkdir(original);
    await symlink(original, join(dir, 'link'));
    expect(isLockOwnerAlive(mine({ projectDir: original }), copy)).toBe(false);
    expect(isLockOwnerAlive(mine({ projectDir: original }), join(dir, 'link'))).toBe(true);
    // Renamed while open: the folder the lock names is gone, which frees nothing.
    expect(isLockOwnerAlive(mine({ projectDir: join(dir, 'renamed') }), copy)).toBe(true);
  });
});
