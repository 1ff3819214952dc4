import { execFileSync } from 'node:child_process';
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { prepareProjectFolder } from './project-folder.ts';

/** A path whose lstat never answers, as on a network drive that went away. */
const hang = vi.hoisted(() => ({ path: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const lstat = (path: string, ...rest: []) =>
    hang.path !== null && String(path) === hang.path ? new Promise(() => {}) : real.lstat(path, ...rest);
  return { ...real, lstat, default: { ...real, lstat } };
});

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  hang.path = null;
  await cleanup();
});

/** The error prepareProjectFolder failed with, and how long it took. */
async function refusal(path: string, options?: { timeoutMs?: number }) {
  const started = performance.now();
  const error = await prepareProjectFolder(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return { error: error as ApiError, ms: performance.now() - started };
}

const isDirectory = async (path: string) => (await stat(path)).isDirectory();
const linux = process.platform === 'linux';

describe('preparing a project folder', () => {
  it.skipIf(!linux)('refuses /proc/self at once, also through a symbolic link', async () => {
    const { error, ms } = await refusal('/proc/self');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('/proc/self');
    expect(ms).toBeLessThan(1000);
    await symlink('/proc/self', join(dir, 'proc-link'));
    expect((await refusal(join(dir, 'proc-link'))).error.code).toBe('invalid-input');
    expect((await refusal(join(dir, 'proc-link', 'new-project'))).error.code).toBe('invalid-input');
  });

  it.skipIf(process.platform === 'win32')('refuses a device', async () => {
    const { error } = await refusal('/dev/null');
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('/dev/null');
  });

  it('refuses a regular file, a path under one, and a link to nothing', async () => {
    const file = join(dir, 'notes.txt');
    await writeFile(file, 'not a folder');
    const { error } = await refusal(file);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(error.message).toContain('is a file, not a folder');
    expect((await refusal(join(file, 'project'))).error.code).toBe('invalid-input');
    await symlink(join(dir, 'gone'), join(dir, 'dangling'));
    expect((await refusal(join(dir, 'dangling'))).error.code).toBe('invalid-input');
  });

  it.skipIf(!linux)('refuses a FIFO, whose opening would block', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const { error } = await refusal(fifo);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('FIFO');
  });

  it('creates a new nested folder and its documents folder', async () => {
    const project = join(dir, 'a', 'b', 'project');
    await prepareProjectFolder(project);
    expect(await isDirectory(join(project, 'documents'))).toBe(true);
  });

  it('accepts an existing project folder, and one reached through a link, leaving what is there', async () => {
    const project = join(dir, 'project');
    await mkdir(join(project, 'documents'), { recursive: true });
    await writeFile(join(project, 'documents', 'd.txt'), 'text');
    await prepareProjectFolder(project);
    await symlink(project, join(dir, 'link'));
    await prepareProjectFolder(join(dir, 'link'));
    expect(await isDirectory(join(project, 'documents'))).toBe(true);
    expect((await stat(join(project, 'documents', 'd.txt'))).size).toBe(4);
  });

  it('refuses a documents entry that is a file', async () => {
    const project = join(dir, 'project');
    await mkdir(project);
    await writeFile(join(project, 'documents'), '');
    expect((await refusal(project)).error.code).toBe('invalid-input');
  });

  it('gives up after the time limit with an io error naming the folder', async () => {
    const project = join(dir, 'slow', 'project');
    hang.path = join(dir, 'slow');
    const { error, ms } = await refusal(project, { timeoutMs: 200 });
    expect(error.code).toBe('io');
    expect(error.message).toContain(project);
    expect(ms).toBeLessThan(2000);
  });
});
