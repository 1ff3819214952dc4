import type { GitCredentials } from '../git-credentials.ts';

/**
 * Where a user's git credentials are kept between runs, one per remote (see remoteKey: scheme, host and path,
 * never a user or token from the URL). Reads give null when nothing is kept or nothing can be (no keyring).
 */
export interface CredentialVault {
  get(remoteUrl: string): Promise<GitCredentials | null>;
  /** Throws CredentialError `cipher-unavailable` when nothing can be kept safely: the caller asks each time. */
  set(remoteUrl: string, credentials: GitCredentials): Promise<void>;
  forget(remoteUrl: string): Promise<void>;
}

/**
 * Turns text into ciphertext and back: Electron's safeStorage in the app (electron/main/git-credentials.ts), a
 * reversible fake in tests. `available()` false: no secret can be kept (Linux without a keyring).
 */
export interface CredentialCipher {
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
  available(): boolean;
  /** Why not, when `available()` is false: a code for the message (`no-keyring`, `no-encryption`). */
  unavailableReason?(): string;
}
