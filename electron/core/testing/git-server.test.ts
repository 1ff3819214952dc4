import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitServer, gitServerUnavailable, startGitServer } from './git-server.ts';
import { tempDir } from './temp-dir.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`git-server tests skipped: ${unavailable}`);

/**
 * The git command line, never prompting (a prompt would hang the test). Asynchronous: the server runs in this
 * process, so a synchronous spawn would block the very event loop that has to answer it.
 */
function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr}`));
      else resolve(stdout.trim());
    });
  });
}

describe.skipIf(unavailable !== null)('test git server (git http-backend behind node:http)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function start(options?: Parameters<typeof startGitServer>[0]): Promise<GitServer> {
    const server = await startGitServer(options);
    cleanups.push(server.stop);
    return server;
  }

  it("git's own client clones an empty repository, pushes, and the bare repository holds the commit", async () => {
    const server = await start();
    const bare = await server.makeBareRepo('team.git');
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await git(dir, 'clone', '-q', server.url('team.git'), 'work');
    const work = join(dir, 'work');
    await writeFile(join(work, 'project.json'), '{"name":"Проект"}\n');
    await git(work, 'add', 'project.json');
    await git(work, '-c', 'user.name=Anna', '-c', 'user.email=anna@example.org', 'commit', '-q', '-m', 'first');
    await git(work, 'push', '-q', 'origin', 'HEAD:main');
    expect(await git(bare, 'log', '--format=%an %s', 'main')).toBe('Anna first');
    expect(await git(bare, 'show', 'main:project.json')).toBe('{"name":"Проект"}');
  });

  it('answers 404 for a path that is no repository', async () => {
    const server = await start();
    const res = await fetch(`${server.url('nothing-here.git')}/info/refs?service=git-upload-pack`);
    expect(res.status).toBe(404);
  });

  it('with auth: 401 and a Basic challenge without or with wrong credentials, the advertisement with right ones', async () => {
    const server = await start({ auth: { user: 'anna', token: 's3cret' } });
    await server.makeBareRepo('team.git');
    const refs = `${server.url('team.git')}/info/refs?service=git-upload-pack`;
    const none = await fetch(refs);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic /);
    const basic = (user: string, token: string) => ({
      Authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`,
    });
    expect((await fetch(refs, { headers: basic('anna', 'wrong') })).status).toBe(401);
    const right = await fetch(refs, { headers: basic('anna', 's3cret') });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toBe('application/x-git-upload-pack-advertisement');
  });

  it('after stop the port refuses connections and the repositories are gone', async () => {
    const server = await start();
    const bare = await server.makeBareRepo('team.git');
    await server.stop();
    await expect(fetch(`${server.url('team.git')}/info/refs?service=git-upload-pack`)).rejects.toThrow();
    expect(existsSync(bare)).toBe(false);
  });
});
