import type { AuthCallback, AuthFailureCallback } from 'isomorphic-git';

/** A user name and an access token (GitLab, Gitea and GitHub take a token where git asks for a password). */
export interface GitCredentials {
  user: string;
  token: string;
}

/**
 * Asked for credentials when the server wants them (after its 401, never before): the window asks the user or
 * reads safeStorage, the CLI reads GLOSSATOR_GIT_USER / GLOSSATOR_GIT_TOKEN. Null: none to give.
 */
export type OnAuth = (url: string) => GitCredentials | null | Promise<GitCredentials | null>;

/**
 * isomorphic-git's two callbacks for one operation. On a second 401 it calls onAuthFailure: we give nothing, so it
 * stops with its HttpError 401 instead of asking again in a loop, and `gave()` says whether that 401 refused
 * credentials we gave (auth-refused) or came with none (auth-required).
 */
export function authCallbacks(onAuth: OnAuth | undefined): {
  onAuth: AuthCallback;
  onAuthFailure: AuthFailureCallback;
  gave: () => boolean;
} {
  let gave = false;
  return {
    async onAuth(url) {
      const credentials = onAuth ? await onAuth(url) : null;
      if (!credentials) return;
      gave = true;
      return { username: credentials.user, password: credentials.token };
    },
    onAuthFailure: () => undefined,
    gave: () => gave,
  };
}
