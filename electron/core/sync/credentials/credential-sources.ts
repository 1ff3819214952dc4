import type { GitCredentials, OnAuth } from '../git-credentials.ts';
import type { CredentialVault } from './credential-vault.ts';

// The order of the sources for the CLI and the app: auth-attempt.ts.

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
