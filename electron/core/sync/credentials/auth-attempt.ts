import type { GitCredentials, OnAuth } from '../git-credentials.ts';
import { CredentialError } from './credential-error.ts';
import { type AskCredentials, envCredentials } from './credential-sources.ts';
import type { CredentialVault } from './credential-vault.ts';

/** Where the credentials given to the server came from. */
export type CredentialSource = 'env' | 'vault' | 'ask';

/** How the git operation ended, as far as credentials go (GitSyncError's `auth-refused`, or any other end). */
export type AttemptOutcome = 'succeeded' | 'auth-refused' | 'failed';

export interface AuthAttempt {
  /** For one git operation (clone, fetch, push): gives the sources' credentials in order. */
  onAuth: OnAuth;
  /** The source of the credentials last given, or null when none was asked or none gave any. */
  given(): CredentialSource | null;
  /**
   * After the operation: typed credentials that worked are kept in the vault (only then: a mistyped token is
   * never stored); kept ones the server refused are forgotten (the next attempt asks). Returns the vault's
   * refusal (`cipher-unavailable`: not kept, asked again next time) for the caller to tell, else null.
   */
  settle(outcome: AttemptOutcome): Promise<CredentialError | null>;
}

/**
 * One operation's credentials. `cli`: the environment, the vault, then asking; `app`: the vault, then asking
 * (the environment is the CLI's convenience only).
 */
export function authAttempt(
  order: 'cli' | 'app',
  sources: { env?: NodeJS.ProcessEnv; vault?: CredentialVault; ask?: AskCredentials },
): AuthAttempt {
  const { vault, ask } = sources;
  const env = sources.env ?? process.env;
  let last: { url: string; credentials: GitCredentials; source: CredentialSource } | null = null;
  const steps: Array<[CredentialSource, OnAuth]> = [];
  if (order === 'cli') steps.push(['env', () => envCredentials(env)]);
  if (vault) steps.push(['vault', (url) => vault.get(url)]);
  if (ask) steps.push(['ask', ask]);
  return {
    async onAuth(url) {
      last = null;
      for (const [source, step] of steps) {
        const credentials = await step(url);
        if (credentials) {
          last = { url, credentials, source };
          return credentials;
        }
      }
      return null;
    },
    given: () => last?.source ?? null,
    async settle(outcome) {
      if (!last || !vault) return null;
      try {
        if (outcome === 'succeeded' && last.source === 'ask') await vault.set(last.url, last.credentials);
        if (outcome === 'auth-refused' && last.source === 'vault') await vault.forget(last.url);
      } catch (error) {
        if (error instanceof CredentialError) return error;
        throw error;
      }
      return null;
    },
  };
}
