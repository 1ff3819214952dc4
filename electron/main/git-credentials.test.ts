import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../core/testing/temp-dir.ts';

vi.mock('electron', () => ({ safeStorage: {} }));

const { appCredentialVault, safeStorageCipher, safeStorageUnavailable } = await import('./git-credentials.ts');

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** safeStorage as Electron gives it, with a reversible stand-in for its encryption. */
function fakeSafeStorage(available: boolean, backend: Backend) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
  };
}

describe('the safeStorage cipher', () => {
  it('encrypts through safeStorage and back', () => {
    const cipher = safeStorageCipher(fakeSafeStorage(true, 'gnome_libsecret'));
    expect(cipher.available()).toBe(true);
    const data = cipher.encrypt('{"token":"tok-1"}');
    expect(data.includes('tok-1')).toBe(false);
    expect(cipher.decrypt(data)).toBe('{"token":"tok-1"}');
  });

  it('is unavailable, with its reason, without encryption or (Linux) with only basic_text', () => {
    expect(safeStorageUnavailable(fakeSafeStorage(false, 'unknown'))).toBe('no-encryption');
    const basic = safeStorageCipher(fakeSafeStorage(true, 'basic_text'));
    if (process.platform === 'linux') {
      expect(basic.available()).toBe(false);
      expect(basic.unavailableReason?.()).toBe('no-keyring');
    }
    expect(safeStorageCipher(fakeSafeStorage(false, 'kwallet5')).unavailableReason?.()).toBe('no-encryption');
  });

  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('the app vault keeps safeStorage ciphertext; with basic_text only it keeps nothing and says why', async () => {
    const temp = await tempDir('glossator-app-vault-');
    cleanups.push(temp.cleanup);
    const url = 'https://h.example/team.git';
    const vault = appCredentialVault(temp.dir, {}, fakeSafeStorage(true, 'kwallet5'));
    await vault.set(url, { user: 'anna', token: 'tok-1' });
    expect(await vault.get(url)).toEqual({ user: 'anna', token: 'tok-1' });
    expect((await readFile(join(temp.dir, 'git-credentials.bin'))).includes('tok-1')).toBe(false);
    if (process.platform !== 'linux') return;
    const other = await tempDir('glossator-app-vault-');
    cleanups.push(other.cleanup);
    const weak = appCredentialVault(other.dir, {}, fakeSafeStorage(true, 'basic_text'));
    await expect(weak.set(url, { user: 'anna', token: 'tok-1' })).rejects.toMatchObject({
      code: 'cipher-unavailable',
      params: { reason: 'no-keyring' },
    });
    expect(await weak.get(url)).toBeNull();
    expect(await readdir(other.dir)).toEqual([]);
  });
});
