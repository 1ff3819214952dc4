import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ safeStorage: {} }));

const { safeStorageCipher, safeStorageUnavailable } = await import('./git-credentials.ts');

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
});
