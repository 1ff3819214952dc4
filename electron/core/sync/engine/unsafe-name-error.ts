import { GitSyncError } from '../git-error.ts';

/**
 * isomorphic-git refuses to read a tree holding an entry named `..`, `.git` (in any case) or with `../` or `..\`
 * in it: it throws its UnsafeFilepathError before tree-safety.ts sees the name. A hostile repository serves such
 * trees (git's plumbing writes any name), so that error is the remote's commit being unsafe, and is worded as
 * tree-safety words it (`unsafe-tree`, a name leading out of the folder) instead of "the sync stopped"
 * (found by sync-bad-input.test.ts). Anything else is returned as it is.
 */
export function unsafeNameError(error: unknown): unknown {
  const e = error as { code?: unknown; data?: { filepath?: unknown } } | null;
  if (e?.code !== 'UnsafeFilepathError') return error;
  const path = typeof e.data?.filepath === 'string' ? e.data.filepath : '';
  return new GitSyncError('unsafe-tree', { path, reason: 'bad-name' }, { cause: error });
}
