import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../../testing/git-server.ts';
import { GitSyncError } from '../git-error.ts';
import { clone } from '../git-remote.ts';
import { commitFiles, initRepo, setRemote } from '../git-repo.ts';
import { push } from '../git-remote.ts';
import { anna, readText, syncFixture, writeFiles } from '../testing/sync-fixture.ts';
import { authAttempt } from './auth-attempt.ts';
import { vaultAuth } from './credential-sources.ts';
import { fileVault } from './file-vault.ts';
import { fakeCipher } from './testing/fake-cipher.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`vault clone tests skipped: ${unavailable}`);

const auth = { user: 'anna', token: 'tok-RIGHT-0123456789' };

describe.skipIf(unavailable !== null)('credentials from the vault against a git server that wants them', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function protectedRepo() {
    const f = await syncFixture({ auth });
    cleanups.push(f.cleanup);
    await f.server.makeBareRepo('team.git');
    const url = f.server.url('team.git');
    const a = f.folder('anna');
    await initRepo(a);
    await writeFiles(a, { 'project.json': '{"name":"Проект"}\n' });
    await commitFiles(a, { paths: ['.gitignore', 'project.json'], removed: [], author: anna, message: 'publish' });
    await setRemote(a, url);
    expect(await push(a, { onAuth: () => auth })).toMatchObject({ kind: 'pushed' });
    return { f, url };
  }

  it('clones a protected repository with what the vault keeps', async () => {
    const { f, url } = await protectedRepo();
    const config = f.folder('config');
    const vault = fileVault(config, fakeCipher());
    await vault.set(url, auth);
    const b = f.folder('boris');
    await clone(url, b, { onAuth: vaultAuth(vault) });
    expect(await readText(b, 'project.json')).toBe('{"name":"Проект"}\n');
    // The token is in the vault (as ciphertext) and nowhere in the clone.
    expect((await readFile(join(config, 'git-credentials.bin'))).includes(auth.token)).toBe(false);
    for (const entry of await readdir(b, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const bytes = await readFile(join(entry.parentPath, entry.name));
        expect(bytes.includes(auth.token), entry.name).toBe(false);
      }
    }
  });

  it('a wrong token in the vault: auth-refused, an error without the token, no clone left', async () => {
    const { f, url } = await protectedRepo();
    const vault = fileVault(f.folder('config'), fakeCipher());
    const wrong = 'tok-WRONG-9876543210';
    await vault.set(url, { user: 'anna', token: wrong });
    const b = f.folder('boris');
    let thrown: unknown;
    try {
      await clone(url, b, { onAuth: vaultAuth(vault) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GitSyncError);
    expect(thrown).toMatchObject({ code: 'auth-refused' });
    // As a log would show it: the whole error with its cause chain (isomorphic-git's HttpError).
    const logged = inspect(thrown, { depth: 20, showHidden: true });
    expect(logged).toContain('HttpError'); // the cause is there to look into
    expect(logged).not.toContain(wrong);
    expect(JSON.stringify(thrown)).not.toContain(wrong);
    expect(await readdir(b).catch(() => null)).toBeNull();
  });

  it('nothing in the vault: auth-required', async () => {
    const { f, url } = await protectedRepo();
    const vault = fileVault(f.folder('config'), fakeCipher());
    await expect(clone(url, f.folder('boris'), { onAuth: vaultAuth(vault) })).rejects.toMatchObject({
      code: 'auth-required',
    });
  });

  it('typed credentials kept after a clone that worked; a refused kept token forgotten', async () => {
    const { f, url } = await protectedRepo();
    const vault = fileVault(f.folder('config'), fakeCipher());
    const first = authAttempt('app', { vault, ask: async () => auth });
    await clone(url, f.folder('boris'), { onAuth: first.onAuth });
    expect(await first.settle('succeeded')).toBeNull();
    expect(await vault.get(url)).toEqual(auth);
    await clone(url, f.folder('boris2'), { onAuth: vaultAuth(vault) });

    await vault.set(url, { user: 'anna', token: 'tok-STALE' });
    const stale = authAttempt('app', { vault });
    const error = await clone(url, f.folder('boris3'), { onAuth: stale.onAuth }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'auth-refused' });
    await stale.settle('auth-refused');
    expect(await vault.get(url)).toBeNull();
  });
});
