import { describe, expect, it } from 'vitest';
import type { GitCredentials } from '../git-credentials.ts';
import { authAttempt } from './auth-attempt.ts';
import { envCredentials } from './credential-sources.ts';
import type { CredentialVault } from './credential-vault.ts';

const url = 'https://gitlab.example.org/team/project.git';

/** A vault in memory that records what was asked of it. */
function memoryVault(kept: GitCredentials | null): CredentialVault & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: async (u) => {
      asked.push(u);
      return kept;
    },
    set: async () => {},
    forget: async () => {},
  };
}

const cliAuth = (sources: Parameters<typeof authAttempt>[1]) => authAttempt('cli', sources).onAuth;
const appAuth = (sources: Parameters<typeof authAttempt>[1]) => authAttempt('app', sources).onAuth;

describe('credential sources', () => {
  it('the environment gives GLOSSATOR_GIT_USER and GLOSSATOR_GIT_TOKEN, only both together', () => {
    expect(envCredentials({ GLOSSATOR_GIT_USER: 'ci', GLOSSATOR_GIT_TOKEN: 't0k' })).toEqual({
      user: 'ci',
      token: 't0k',
    });
    expect(envCredentials({ GLOSSATOR_GIT_TOKEN: 't0k' })).toBeNull();
    expect(envCredentials({ GLOSSATOR_GIT_USER: 'ci', GLOSSATOR_GIT_TOKEN: '' })).toBeNull();
    expect(envCredentials({})).toBeNull();
  });

  it('the CLI: environment, then vault, then asking; each only when the one before gives nothing', async () => {
    const env = { GLOSSATOR_GIT_USER: 'ci', GLOSSATOR_GIT_TOKEN: 'from-env' };
    const vault = memoryVault({ user: 'anna', token: 'from-vault' });
    const asked: string[] = [];
    const ask = async (u: string) => {
      asked.push(u);
      return { user: 'anna', token: 'typed' };
    };
    expect(await cliAuth({ env, vault, ask })(url)).toEqual({ user: 'ci', token: 'from-env' });
    expect([vault.asked, asked]).toEqual([[], []]);
    expect(await cliAuth({ env: {}, vault, ask })(url)).toEqual({ user: 'anna', token: 'from-vault' });
    expect([vault.asked, asked]).toEqual([[url], []]);
    expect(await cliAuth({ env: {}, vault: memoryVault(null), ask })(url)).toEqual({ user: 'anna', token: 'typed' });
    expect(asked).toEqual([url]);
    expect(await cliAuth({ env: {}, vault: memoryVault(null) })(url)).toBeNull();
  });

  it('the app: vault, then asking; never the environment', async () => {
    const saved = { user: process.env.GLOSSATOR_GIT_USER, token: process.env.GLOSSATOR_GIT_TOKEN };
    process.env.GLOSSATOR_GIT_USER = 'ci';
    process.env.GLOSSATOR_GIT_TOKEN = 'from-env';
    try {
      const ask = async () => ({ user: 'anna', token: 'typed' });
      expect(await appAuth({ vault: memoryVault({ user: 'anna', token: 'from-vault' }), ask })(url)).toEqual({
        user: 'anna',
        token: 'from-vault',
      });
      expect(await appAuth({ vault: memoryVault(null), ask })(url)).toEqual({ user: 'anna', token: 'typed' });
      expect(await appAuth({ vault: memoryVault(null), ask: async () => null })(url)).toBeNull();
    } finally {
      for (const [name, value] of [
        ['GLOSSATOR_GIT_USER', saved.user],
        ['GLOSSATOR_GIT_TOKEN', saved.token],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('no sources give nothing', async () => {
    expect(await authAttempt('app', {}).onAuth(url)).toBeNull();
  });
});
