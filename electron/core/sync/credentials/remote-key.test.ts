import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import { initRepo, setRemote } from '../git-repo.ts';
import { remoteKey, setRemoteChecked } from './remote-key.ts';

const token = 'glpat-SECRET-0123456789';

describe('remoteKey', () => {
  it('keys a remote by scheme, host and path: case of the host, default port and trailing slash do not matter', () => {
    expect(remoteKey('https://GitLab.Example.org:443/team/project.git/')).toBe(
      'https://gitlab.example.org/team/project.git',
    );
    expect(remoteKey('http://127.0.0.1:8080/team.git')).toBe('http://127.0.0.1:8080/team.git');
    expect(remoteKey('https://h.example/a')).not.toBe(remoteKey('https://h.example/b'));
  });

  it('refuses a URL with a user or token in it, without quoting them', () => {
    for (const url of [`https://anna:${token}@h.example/team.git`, `https://${token}@h.example/team.git`]) {
      let thrown: unknown;
      try {
        remoteKey(url);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'url-has-credentials', params: { host: 'h.example' } });
      expect(String(thrown)).not.toContain(token);
      expect(JSON.stringify(thrown)).not.toContain(token);
    }
  });

  it('refuses what is not http(s), a query (private_token=…) or a fragment', () => {
    for (const url of [
      'ssh://h.example/x',
      'file:///tmp/x',
      'not a url',
      `https://h.example/x?private_token=${token}`,
      'https://h.example/x#y',
    ]) {
      expect(() => remoteKey(url), url).toThrow(expect.objectContaining({ code: 'bad-url' }));
    }
  });
});

describe('setRemoteChecked', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('refuses a URL with a token before .git/config is written (setRemote itself would write it in clear)', async () => {
    const temp = await tempDir('glossator-remote-key-');
    cleanups.push(temp.cleanup);
    const dir = join(temp.dir, 'p');
    await initRepo(dir);
    const config = () => readFile(join(dir, '.git', 'config'), 'utf8');
    const before = await config();
    const url = `https://anna:${token}@h.example/team.git`;
    await expect(setRemoteChecked(dir, url)).rejects.toMatchObject({ code: 'url-has-credentials' });
    expect(await config()).toBe(before);
    // Why the check: the unchecked call puts the token into the project's .git/config.
    await setRemote(dir, url);
    expect(await config()).toContain(token);
    await setRemoteChecked(dir, 'https://h.example/team.git');
    expect(await config()).toContain('url = https://h.example/team.git');
    expect(await config()).not.toContain(token);
  });
});
