import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../testing/git-server.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { gitFs } from './git-fs.ts';
import { gitCli, syncFixture, writeFiles } from './testing/sync-fixture.ts';

const unavailable = gitServerUnavailable();
const child = fileURLToPath(new URL('./testing/clone-child.ts', import.meta.url));

/** The clone child under a small open-files limit (asynchronously: the server answers on this process's loop). */
function cloneUnderLimit(limit: number, url: string, dir: string): Promise<{ code: number; err: string }> {
  const script = `ulimit -n ${limit} && exec "${process.execPath}" --import tsx "${child}" "$0" "$1"`;
  return new Promise((resolve) => {
    execFile('sh', ['-c', script, url, dir], { encoding: 'utf8' }, (error, _out, err) =>
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, err }),
    );
  });
}

describe('writeFile of the git file system', () => {
  it('replaces a file whole through a temporary file it leaves nowhere, and reports a folder that is missing', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const write = promisify(gitFs.writeFile) as (file: string, data: string) => Promise<void>;
      await write(join(dir, 'main'), 'a'.repeat(40));
      await write(join(dir, 'main'), 'b'.repeat(40));
      expect(await readFile(join(dir, 'main'), 'utf8')).toBe('b'.repeat(40));
      expect(await readdir(dir)).toEqual(['main']);
      await expect(write(join(dir, 'no-such-folder', 'x'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await cleanup();
    }
  });
});

describe.skipIf(unavailable !== null)('isomorphic-git through graceful-fs', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('clones a tree of more files than the open-files limit (checkout opens them all at once)', async () => {
    const f = await syncFixture();
    cleanups.push(f.cleanup);
    const bare = await f.server.makeBareRepo('many.git');
    const work = f.folder('work');
    const files: Record<string, string> = { 'project.json': '{}\n' };
    for (let i = 0; i < 400; i++) files[`documents/d${i}/document.json`] = `{"n":${i}}\n`;
    await writeFiles(work, files);
    await gitCli(work, 'init', '-q', '-b', 'main');
    await gitCli(work, 'add', '.');
    await gitCli(work, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'many');
    expect((await gitCli(work, 'push', '-q', bare, 'main')).code).toBe(0);
    const dir = f.folder('clone');
    const run = await cloneUnderLimit(200, f.server.url('many.git'), dir);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((await readdir(join(dir, 'documents'))).length).toBe(400);
  });
});
