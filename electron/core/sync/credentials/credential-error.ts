/**
 * What can go wrong keeping git credentials, as a code the window and the CLI turn into words (catalog namespace
 * `sync`, keys `credentials-<code>`). Params never hold a token, a user name or a whole URL (a URL may carry a
 * token): at most the remote's host.
 * - `url-has-credentials`: the remote URL carries a user or password (`https://user:token@host/…`): refused, so
 *   that no token lands in .git/config or in the vault's keys;
 * - `bad-url`: not an http(s) URL, or one with a query or fragment (a token may hide there too);
 * - `cipher-unavailable`: the system keeps no secrets for us (no keyring): nothing is stored, asked each time
 *   (params: reason);
 * - `vault-damaged`: the vault file could not be decrypted or read: set aside, read as empty (params: setAside);
 * - `vault-unreadable`: the vault file is there but cannot be read (params: reason, an error code such as EACCES);
 * - `vault-write-failed`: the vault file could not be written (params: reason, an error code such as EACCES).
 */
export const credentialErrorCodes = [
  'url-has-credentials',
  'bad-url',
  'cipher-unavailable',
  'vault-damaged',
  'vault-unreadable',
  'vault-write-failed',
] as const;
export type CredentialErrorCode = (typeof credentialErrorCodes)[number];

export class CredentialError extends Error {
  constructor(
    readonly code: CredentialErrorCode,
    readonly params: Record<string, string> = {},
  ) {
    // No `cause`: an error from a cipher or fs call may quote what it was given (a token).
    super(`credentials: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'CredentialError';
  }
}
