import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/temp-dir.ts';
import type { CredentialError } from './credential-error.ts';
import { fileVault, vaultFileName } from './file-vault.ts';
import { fakeCipher } from './testing/fake-cipher.ts';

const token = 'glpat-SECRET-0123456789';
const user = 'anna.ivanova';
const url = 'https://gitlab.example.org/team/project.git';

/** Every file under `dir`, with its bytes. */
async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(path, await readFile(path));
    }
  }
  return out;
}

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Everything an error could show or log: message, stack, params, cause chain, JSON. */
function everything(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  while (e) {
    const err = e as Error & { params?: unknown; cause?: unknown };
    parts.push(String(err), err.stack ?? '', JSON.stringify(err), JSON.stringify(err.params ?? null));
    e = err.cause;
  }
  return parts.join('\n');
}

describe('the file vault', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function configDir() {
    const temp = await tempDir('glossator-vault-');
    cleanups.push(temp.cleanup);
    return join(temp.dir, 'Glossator');
  }

  it('gives back what was set, per remote, across instances; nothing for a remote never set', async () => {
    const dir = await configDir();
    const vault = fileVault(dir, fakeCipher());
    expect(await vault.get(url)).toBeNull();
    await vault.set(url, { user, token });
    await vault.set('https://gitea.example.org/other.git', { user: 'boris', token: 'tok-2' });
    const again = fileVault(dir, fakeCipher());
    expect(await again.get(url)).toEqual({ user, token });
    expect(await again.get(`${url}/`)).toEqual({ user, token }); // the same remote
    expect(await again.get('https://gitea.example.org/other.git')).toEqual({ user: 'boris', token: 'tok-2' });
    expect(await again.get('https://gitlab.example.org/team/elsewhere.git')).toBeNull();
    await again.set(url, { user, token: 'rotated' });
    expect(await vault.get(url)).toEqual({ user, token: 'rotated' });
  });

  it('keeps only ciphertext, in one file of the config folder, readable by the user alone', async () => {
    const dir = await configDir();
    await fileVault(dir, fakeCipher()).set(url, { user, token });
    const files = await allFiles(dir);
    expect([...files.keys()]).toEqual([join(dir, vaultFileName)]);
    const bytes = files.get(join(dir, vaultFileName)) as Buffer;
    for (const clear of [token, user, 'gitlab.example.org']) expect(bytes.includes(clear), clear).toBe(false);
    expect(bytes.subarray(0, 5).toString()).toBe('FAKE1'); // the cipher's output, whole
    expect((await stat(join(dir, vaultFileName))).mode & 0o777).toBe(0o600);
  });

  it('forgets one remote and keeps the others', async () => {
    const dir = await configDir();
    const vault = fileVault(dir, fakeCipher());
    await vault.set(url, { user, token });
    await vault.set('https://h.example/b.git', { user: 'boris', token: 'tok-2' });
    await vault.forget(url);
    expect(await vault.get(url)).toBeNull();
    expect(await vault.get('https://h.example/b.git')).toEqual({ user: 'boris', token: 'tok-2' });
    await vault.forget(url); // again: nothing to do
    const bytes = await readFile(join(dir, vaultFileName));
    expect(bytes.includes(token)).toBe(false);
    expect(fakeCipher().decrypt(bytes)).not.toContain(token);
  });

  it('sets a damaged file aside (bytes kept), reads it as empty and reports it; the next set writes a new file', async () => {
    const dir = await configDir();
    const problems: CredentialError[] = [];
    await fileVault(dir, fakeCipher()).set(url, { user, token });
    const damaged = Buffer.from('another keyring wrote this');
    await writeFile(join(dir, vaultFileName), damaged);
    const vault = fileVault(dir, fakeCipher(), { onProblem: (p) => problems.push(p) });
    expect(await vault.get(url)).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['vault-damaged']);
    const aside = problems[0]?.params.setAside as string;
    expect(aside.startsWith(join(dir, `${vaultFileName}.damaged-`))).toBe(true);
    expect(await readFile(aside)).toEqual(damaged);
    await vault.set(url, { user, token: 'new' });
    expect(await fileVault(dir, fakeCipher()).get(url)).toEqual({ user, token: 'new' });
    expect(await readFile(aside)).toEqual(damaged); // not overwritten
    expect(problems).toHaveLength(1);
  });

  it('a file that decrypts to something else than the vault (not its schema) is set aside too', async () => {
    const dir = await configDir();
    const problems: CredentialError[] = [];
    await fileVault(dir, fakeCipher()).set(url, { user, token });
    await writeFile(join(dir, vaultFileName), fakeCipher().encrypt('{"schemaVersion":9}'));
    expect(await fileVault(dir, fakeCipher(), { onProblem: (p) => problems.push(p) }).get(url)).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['vault-damaged']);
  });

  it('without a cipher: set refuses with a code and writes nothing, get gives null, a kept file is left alone', async () => {
    const dir = await configDir();
    const off = fakeCipher({ available: () => false });
    const error = await rejection(fileVault(dir, off).set(url, { user, token }));
    expect(error).toMatchObject({ code: 'cipher-unavailable', params: { reason: 'no-keyring' } });
    expect(everything(error)).not.toContain(token);
    expect(await readdir(dir).catch(() => [])).toEqual([]);
    expect(off.encrypted).toBe(0);

    await fileVault(dir, fakeCipher()).set(url, { user, token });
    const kept = await readFile(join(dir, vaultFileName));
    const problems: unknown[] = [];
    const vault = fileVault(dir, off, { onProblem: (p) => problems.push(p) });
    expect(await vault.get(url)).toBeNull();
    await vault.forget(url);
    expect(problems).toEqual([]);
    expect(await readdir(dir)).toEqual([vaultFileName]);
    expect(await readFile(join(dir, vaultFileName))).toEqual(kept);
  });

  it('a vault file that cannot be read (here a folder) is vault-unreadable, left where it is', async () => {
    const dir = await configDir();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, vaultFileName), { recursive: true });
    const error = await rejection(fileVault(dir, fakeCipher()).get(url));
    expect(error).toMatchObject({ code: 'vault-unreadable', params: { reason: 'EISDIR' } });
    expect(await readdir(dir)).toEqual([vaultFileName]);
  });

  it('refuses a URL with a user or token in it, storing nothing', async () => {
    const dir = await configDir();
    const vault = fileVault(dir, fakeCipher());
    const bad = `https://${user}:${token}@gitlab.example.org/team/project.git`;
    for (const call of [vault.set(bad, { user, token }), vault.get(bad), vault.forget(bad)]) {
      const error = await rejection(call);
      expect(error).toMatchObject({ code: 'url-has-credentials' });
      expect(everything(error)).not.toContain(token);
    }
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('never lets the token into an error: a cipher that quotes its input, a folder that cannot be written', async () => {
    const dir = await configDir();
    const quoting = fakeCipher();
    quoting.encrypt = (text) => {
      throw new Error(`cannot encrypt ${text}`);
    };
    const error = await rejection(fileVault(dir, quoting).set(url, { user, token }));
    expect(error).toMatchObject({ code: 'cipher-unavailable', params: { reason: 'encrypt-failed' } });
    expect(everything(error)).not.toContain(token);
    expect(everything(error)).not.toContain(user);

    // The config folder's place is taken by a file: the write fails with ENOTDIR / EEXIST.
    const temp = await tempDir('glossator-vault-');
    cleanups.push(temp.cleanup);
    const blocked = join(temp.dir, 'Glossator');
    await writeFile(blocked, 'not a folder');
    const writeError = await rejection(fileVault(blocked, fakeCipher()).set(url, { user, token }));
    expect(writeError).toMatchObject({
      code: 'vault-write-failed',
      params: { reason: expect.stringMatching(/^E[A-Z]+$/) },
    });
    expect(everything(writeError)).not.toContain(token);

    for (const [path, bytes] of [...(await allFiles(join(dir, '..'))), ...(await allFiles(temp.dir))]) {
      expect(bytes.includes(token), path).toBe(false);
      expect(bytes.includes(user), path).toBe(false);
    }
  });
});
