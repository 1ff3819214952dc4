import { safeStorage } from 'electron';
import type { CredentialCipher, CredentialVault } from '../core/sync/credentials/credential-vault.ts';
import { fileVault, type FileVaultOptions } from '../core/sync/credentials/file-vault.ts';

/** The part of Electron's safeStorage the vault uses (tests give a fake). */
export type SafeStorageLike = Pick<
  typeof safeStorage,
  'encryptString' | 'decryptString' | 'isEncryptionAvailable' | 'getSelectedStorageBackend'
>;

/**
 * Why safeStorage cannot keep a secret here, or null when it can: `no-encryption` (isEncryptionAvailable false),
 * `no-keyring` (Linux with no secret service: Chromium's `basic_text` encrypts with a key written in its own
 * source, which is clear text in all but name). Then nothing is stored and the user is asked each time.
 */
export function safeStorageUnavailable(storage: SafeStorageLike = safeStorage): 'no-encryption' | 'no-keyring' | null {
  if (!storage.isEncryptionAvailable()) return 'no-encryption';
  if (process.platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') return 'no-keyring';
  return null;
}

/** The vault's cipher from safeStorage (call after app ready: before it, Linux reports no encryption). */
export function safeStorageCipher(storage: SafeStorageLike = safeStorage): CredentialCipher {
  return {
    encrypt: (text) => storage.encryptString(text),
    decrypt: (data) => storage.decryptString(data),
    available: () => safeStorageUnavailable(storage) === null,
    unavailableReason: () => safeStorageUnavailable(storage) ?? 'available',
  };
}

/** The app's credential vault, in its config folder (user-settings.ts: defaultConfigDir). */
export function appCredentialVault(
  configDir: string,
  options?: FileVaultOptions,
  storage: SafeStorageLike = safeStorage,
): CredentialVault {
  return fileVault(configDir, safeStorageCipher(storage), options);
}
