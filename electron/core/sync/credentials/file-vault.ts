import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { syncDirectory, tempFileFor } from '../../fs/durable-write.ts';
import type { GitCredentials } from '../git-credentials.ts';
import { CredentialError } from './credential-error.ts';
import type { CredentialCipher, CredentialVault } from './credential-vault.ts';
import { remoteKey } from './remote-key.ts';

/** The vault's file in the user's config folder (user-settings.ts: defaultConfigDir), never in a project. */
export const vaultFileName = 'git-credentials.bin';

const VaultSchema = z.object({
  schemaVersion: z.literal(1),
  remotes: z.record(z.string(), z.object({ user: z.string(), token: z.string() })),
});
type VaultData = z.infer<typeof VaultSchema>;

export interface FileVaultOptions {
  /** Told of a vault file set aside (`vault-damaged`): the app shows it once, the CLI prints it. */
  onProblem?: (problem: CredentialError) => void;
}

/**
 * A CredentialVault in one file of `configDir`: the whole file is the cipher's output for a JSON of every remote's
 * credentials, so neither tokens, user names nor remote URLs are on disk in clear. Written whole and atomically
 * (temp file, fsync, rename, fsync the folder), readable by the user alone (0600). A file that will not decrypt
 * or parse is renamed aside, never overwritten (a keyring restored later may read it again), and reads as empty.
 */
export function fileVault(
  configDir: string,
  cipher: CredentialCipher,
  options: FileVaultOptions = {},
): CredentialVault {
  const file = join(configDir, vaultFileName);
  // One operation at a time: two sets at once would each write the file with only their own change.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  async function load(): Promise<VaultData> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      // ENOTDIR: the config folder's place holds a file; nothing kept either (the write will say what failed).
      if (['ENOENT', 'ENOTDIR'].includes(errorCode(error))) return empty();
      throw new CredentialError('vault-unreadable', { reason: errorCode(error) });
    }
    try {
      const parsed = VaultSchema.safeParse(JSON.parse(cipher.decrypt(bytes)));
      if (parsed.success) return parsed.data;
    } catch {
      // Not decryptable (another keyring, a damaged file) or not JSON: set aside below.
    }
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(file, aside);
    } catch (error) {
      // Not set aside: refuse rather than let the next set overwrite it.
      throw new CredentialError('vault-unreadable', { reason: errorCode(error) });
    }
    options.onProblem?.(new CredentialError('vault-damaged', { setAside: aside }));
    return empty();
  }

  async function save(data: VaultData): Promise<void> {
    let ciphertext: Buffer;
    try {
      ciphertext = cipher.encrypt(JSON.stringify(data));
    } catch {
      throw new CredentialError('cipher-unavailable', { reason: 'encrypt-failed' });
    }
    try {
      await mkdir(configDir, { recursive: true });
      await writePrivateFile(file, ciphertext);
    } catch (error) {
      throw new CredentialError('vault-write-failed', { reason: errorCode(error) });
    }
  }

  return {
    get: (remoteUrl) =>
      serial(async () => {
        const key = remoteKey(remoteUrl);
        if (!cipher.available()) return null;
        const found = (await load()).remotes[key];
        return found ? { user: found.user, token: found.token } : null;
      }),
    set: (remoteUrl, credentials: GitCredentials) =>
      serial(async () => {
        const key = remoteKey(remoteUrl);
        if (!cipher.available()) {
          throw new CredentialError('cipher-unavailable', { reason: cipher.unavailableReason?.() ?? 'unavailable' });
        }
        const data = await load();
        data.remotes[key] = { user: credentials.user, token: credentials.token };
        await save(data);
      }),
    forget: (remoteUrl) =>
      serial(async () => {
        const key = remoteKey(remoteUrl);
        // Without the cipher nothing was kept by this run, and the file cannot be read to take one remote out.
        if (!cipher.available()) return;
        const data = await load();
        if (!(key in data.remotes)) return;
        delete data.remotes[key];
        await save(data);
      }),
  };
}

const empty = (): VaultData => ({ schemaVersion: 1, remotes: {} });

/** Only an error's code (EACCES, ENOSPC): its message may quote a path or, from a cipher, what it was given. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** writeFileDurable's steps with mode 0600 (it makes 0644 files): temp, fsync, rename, fsync the folder. */
async function writePrivateFile(file: string, data: Buffer): Promise<void> {
  const temp = tempFileFor(file);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    renamed = true;
    await syncDirectory(dirname(file));
  } catch (error) {
    if (!renamed) await unlink(temp).catch(() => {});
    throw error;
  }
}
