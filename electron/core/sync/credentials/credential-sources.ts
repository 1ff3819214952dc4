import type { GitCredentials, OnAuth } from '../git-credentials.ts';
import type { CredentialVault } from './credential-vault.ts';

/** The environment variables the CLI takes credentials from (no terminal prompt in scripts and CI). */
export const envUser = 'GLOSSATOR_GIT_USER';
export const envToken = 'GLOSSATOR_GIT_TOKEN';

/** GLOSSATOR_GIT_USER and GLOSSATOR_GIT_TOKEN, both non-empty, or null (one alone is not enough to log in). */
export function envCredentials(env: NodeJS.ProcessEnv = process.env): GitCredentials | null {
  const user = env[envUser];
  const token = env[envToken];
  return user && token ? { user, token } : null;
}

/** An OnAuth giving the credentials the vault keeps for the URL asked about. */
export function vaultAuth(vault: CredentialVault): OnAuth {
  return (url) => vault.get(url);
}

/** Asks the user (the window's dialog, a terminal): null when they cancel. */
export type AskCredentials = (url: string) => Promise<GitCredentials | null>;

/** Each source in turn until one gives credentials. */
export function firstOf(...sources: OnAuth[]): OnAuth {
  return async (url) => {
    for (const source of sources) {
      const found = await source(url);
      if (found) return found;
    }
    return null;
  };
}

/**
 * The CLI's order: the environment (a script's explicit choice wins), then the vault, then asking (when a
 * terminal is there to ask in).
 */
export function cliAuth(sources: { env?: NodeJS.ProcessEnv; vault?: CredentialVault; ask?: AskCredentials }): OnAuth {
  const env = sources.env ?? process.env;
  return firstOf(
    () => envCredentials(env),
    ...(sources.vault ? [vaultAuth(sources.vault)] : []),
    ...(sources.ask ? [sources.ask] : []),
  );
}

/** The app's order: the vault, then the window asks. The app never reads GLOSSATOR_GIT_* (a CLI convenience). */
export function appAuth(sources: { vault?: CredentialVault; ask?: AskCredentials }): OnAuth {
  return firstOf(...(sources.vault ? [vaultAuth(sources.vault)] : []), ...(sources.ask ? [sources.ask] : []));
}
