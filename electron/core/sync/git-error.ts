/**
 * What can go wrong talking to a git remote or a project's repository, as a code the window and the CLI turn
 * into words from the catalogs (the core sends codes + params, never English):
 * - `auth-required`: the server wants credentials and none were given (ask for them);
 * - `auth-refused`: credentials were given and the server refused them (a wrong user or token);
 * - `not-a-repository`: the URL answers but serves no git repository (or the folder has no repository);
 * - `offline`: the server cannot be reached (no network, server down, name not resolved);
 * - `bad-url`: not an http(s) URL isomorphic-git can use (it has no file:// or ssh remotes);
 * - `unsafe-tree`: the remote's commit holds a symlink, a submodule or a name leading out of the folder
 *   (params: path, reason; see tree-safety.ts): nothing of it was written;
 * - `remote-error`: the server answered with an error we have no better name for (its HTTP status in params);
 * - `no-remote`: the project is a repository but was never connected to a remote (sync --remote URL);
 * - `not-a-project`: the remote's main holds no Glossator project (no project.json), or a history that shares
 *   nothing with this project's (params: where = 'clone' | 'sync');
 * - `huge-file`: a file of the remote's commit is over the size a project file may have (params: path, bytes);
 * - `unreadable-file`: a file of the remote's commit is not a record the store can read (params: path, reason,
 *   the SyncMergeError code);
 * - `remote-busy`: others pushed between our fetch and our push, round after round (params: rounds);
 * - `push-refused`: the server refused our push for another reason than a colleague's push (params: reason, the
 *   server's words, e.g. a protected branch or a hook): our commits stay here, committed;
 * - `folder-not-empty`: a clone into a folder that already holds files (params: dir).
 * A push refused because someone pushed first is no error: `push` returns it as a result, since sync retries it.
 */
export type GitErrorCode =
  | 'auth-required'
  | 'auth-refused'
  | 'not-a-repository'
  | 'offline'
  | 'bad-url'
  | 'unsafe-tree'
  | 'remote-error'
  | 'no-remote'
  | 'not-a-project'
  | 'huge-file'
  | 'unreadable-file'
  | 'remote-busy'
  | 'push-refused'
  | 'folder-not-empty';

export class GitSyncError extends Error {
  constructor(
    readonly code: GitErrorCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`git: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, options);
    this.name = 'GitSyncError';
  }
}

/** Node's socket errors that mean "cannot reach the server", as opposed to "the server said no". */
const unreachable = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
]);

interface ErrorLike {
  code?: unknown;
  data?: { statusCode?: unknown };
  cause?: unknown;
}

/**
 * isomorphic-git's errors (and Node's socket errors it lets through) to a GitSyncError, or null for anything
 * else (a bug or a local file problem: rethrown as it is). `gaveCredentials` tells a 401 after our credentials
 * (refused) from a 401 with none (required).
 */
export function gitSyncError(error: unknown, gaveCredentials: boolean): GitSyncError | null {
  if (error instanceof GitSyncError) return error;
  const e = (error ?? {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  if (unreachable.has(code)) return new GitSyncError('offline', { reason: code }, { cause: error });
  if (code === 'HttpError') {
    const status = Number(e.data?.statusCode);
    if (status === 401)
      return new GitSyncError(gaveCredentials ? 'auth-refused' : 'auth-required', {}, { cause: error });
    // GitHub and Gitea answer 403 for a token without the right, 404 for a repository one may not see.
    if (status === 403) return new GitSyncError('auth-refused', { status }, { cause: error });
    if (status === 404) return new GitSyncError('not-a-repository', { status }, { cause: error });
    return new GitSyncError('remote-error', { status }, { cause: error });
  }
  // The URL answered, but not with git's smart protocol (an HTML page, a dumb server).
  if (code === 'SmartHttpError' || code === 'EmptyServerResponseError' || code === 'ParseError') {
    return new GitSyncError('not-a-repository', {}, { cause: error });
  }
  if (code === 'UrlParseError' || code === 'UnknownTransportError' || code === 'ERR_INVALID_URL') {
    return new GitSyncError('bad-url', {}, { cause: error });
  }
  if (e.cause && e.cause !== error) return gitSyncError(e.cause, gaveCredentials);
  return null;
}
