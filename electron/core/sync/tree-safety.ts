import { type ChangedPath, changedPaths } from './changed-paths.ts';
import { GitSyncError } from './git-error.ts';

/**
 * What a commit from the remote may hold before any of it reaches the project folder. A project is plain files;
 * anything else in a tree is refused, because checking it out would act outside the records:
 * - a symbolic link (mode 120000): isomorphic-git's checkout makes a real link, through which the store would
 *   read or write a file anywhere on the disk;
 * - a submodule (160000): a pointer to another repository, never ours;
 * - a name git itself refuses on checkout (`.git` in any case, `..`, backslashes): a way out of the folder.
 * Whether each file belongs to the project layout is the store's own check, made on the merged result.
 */
export type UnsafeReason = 'symlink' | 'submodule' | 'bad-name';

export function unsafeReason(change: ChangedPath): UnsafeReason | null {
  if (change.change === 'removed') return null;
  if (change.mode === '120000') return 'symlink';
  if (change.mode === '160000') return 'submodule';
  if (change.path.includes('\\')) return 'bad-name';
  if (change.path.split('/').some((part) => part === '..' || part === '.' || part.toLowerCase() === '.git'))
    return 'bad-name';
  return null;
}

/** Refuses `toCommit` (GitSyncError `unsafe-tree`, with the first bad path) when what it brings since `fromCommit` is unsafe. */
export async function checkTreeSafe(dir: string, fromCommit: string | null, toCommit: string): Promise<void> {
  for (const change of await changedPaths(dir, fromCommit, toCommit)) {
    const reason = unsafeReason(change);
    if (reason) throw new GitSyncError('unsafe-tree', { path: change.path, reason });
  }
}
