import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import { authAttempt } from './auth-attempt.ts';
import { fileVault } from './file-vault.ts';
import { fakeCipher } from './testing/fake-cipher.ts';

const url = 'https://gitlab.example.org/team/project.git';
const typed = { user: 'anna', token: 'typed-token' };

describe('an auth attempt', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function vaultIn(available = true) {
    const temp = await tempDir('glossator-attempt-');
    cleanups.push(temp.cleanup);
    return fileVault(join(temp.dir, 'Glossator'), fakeCipher({ available: () => available }));
  }

  it('keeps typed credentials only once they worked', async () => {
    const vault = await vaultIn();
    const failed = authAttempt('app', { vault, ask: async () => typed });
    expect(await failed.onAuth(url)).toEqual(typed);
    expect(failed.given()).toBe('ask');
    expect(await failed.settle('auth-refused')).toBeNull();
    expect(await vault.get(url)).toBeNull();
    expect(await failed.settle('failed')).toBeNull();
    expect(await vault.get(url)).toBeNull();

    const worked = authAttempt('app', { vault, ask: async () => typed });
    await worked.onAuth(url);
    expect(await worked.settle('succeeded')).toBeNull();
    expect(await vault.get(url)).toEqual(typed);
  });

  it('forgets kept credentials the server refused; keeps them when something else failed', async () => {
    const vault = await vaultIn();
    await vault.set(url, { user: 'anna', token: 'old' });
    const other = authAttempt('app', { vault });
    expect(await other.onAuth(url)).toEqual({ user: 'anna', token: 'old' });
    expect(other.given()).toBe('vault');
    await other.settle('failed');
    expect(await vault.get(url)).toEqual({ user: 'anna', token: 'old' });
    const refused = authAttempt('app', { vault });
    await refused.onAuth(url);
    await refused.settle('auth-refused');
    expect(await vault.get(url)).toBeNull();
  });

  it('never stores what the environment gave (the CLI reads it each run)', async () => {
    const vault = await vaultIn();
    const env = { GLOSSATOR_GIT_USER: 'ci', GLOSSATOR_GIT_TOKEN: 'from-env' };
    const attempt = authAttempt('cli', { env, vault, ask: async () => typed });
    expect(await attempt.onAuth(url)).toEqual({ user: 'ci', token: 'from-env' });
    expect(attempt.given()).toBe('env');
    await attempt.settle('succeeded');
    expect(await vault.get(url)).toBeNull();
    // The app ignores the environment.
    const app = authAttempt('app', { env, vault, ask: async () => typed });
    expect(await app.onAuth(url)).toEqual(typed);
  });

  it('without a cipher: the typed credentials worked but are not kept, and settle says why', async () => {
    const vault = await vaultIn(false);
    const attempt = authAttempt('app', { vault, ask: async () => typed });
    await attempt.onAuth(url);
    const problem = await attempt.settle('succeeded');
    expect(problem).toMatchObject({ code: 'cipher-unavailable', params: { reason: 'no-keyring' } });
    expect(String(problem)).not.toContain(typed.token);
  });

  it('nothing given: given() is null and settle does nothing', async () => {
    const attempt = authAttempt('app', { vault: await vaultIn(), ask: async () => null });
    expect(await attempt.onAuth(url)).toBeNull();
    expect(attempt.given()).toBeNull();
    expect(await attempt.settle('succeeded')).toBeNull();
  });
});
