import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type GitServer, startGitServer } from '../../testing/git-server.ts';
import { tempDir } from '../../testing/temp-dir.ts';

/** A test's git server and temporary folders, all removed by `cleanup` (call it in afterEach). */
export async function syncFixture(options?: Parameters<typeof startGitServer>[0]): Promise<{
  server: GitServer;
  folder: (name: string) => string;
  cleanup: () => Promise<void>;
}> {
  const server = await startGitServer(options);
  const temp = await tempDir('glossator-sync-test-');
  return {
    server,
    folder: (name) => join(temp.dir, name),
    cleanup: async () => {
      await server.stop();
      await temp.cleanup();
    },
  };
}

/** Writes project files (relative path → text), making folders as needed. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

export const readText = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
export const remove = (dir: string, path: string) => rm(join(dir, path));

/** Git's own command line, as an oracle (asynchronous: the test server answers on this process's event loop). */
export function gitCli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env, encoding: 'utf8' }, (error, stdout) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout: stdout.trim() });
    });
  });
}

export const anna = { name: 'Anna', email: 'anna@glossator.invalid', timestamp: 1_700_000_000 };
export const boris = { name: 'Boris', email: 'boris@glossator.invalid', timestamp: 1_700_000_100 };
