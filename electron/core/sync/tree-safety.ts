import { isDataFile } from '../store/project-layout.ts';
import { type ChangedPath, changedPaths } from './changed-paths.ts';
import { GitSyncError } from './git-error.ts';
import { gitignoreFile } from './project-gitignore.ts';

/**
 * What a commit from the remote may hold before any of it reaches the project folder. A project is plain files;
 * anything else in a tree is refused, because checking it out would act outside the records:
 * - a symbolic link (mode 120000): isomorphic-git's checkout makes a real link, through which the store would
 *   read or write a file anywhere on the disk;
 * - a submodule (160000): a pointer to another repository, never ours;
 * - a name git itself refuses on checkout (`.git` in any case, `..`, backslashes): a way out of the folder;
 * - a file that is not one of the project's records (isDataFile) nor its .gitignore: a script, a binary or a
 *   lock left in the tree has no business in the folder the store owns, and would be checked out beside it.
 * Whether each record is well formed is the store's own check, made on the merged result.
 */
export type UnsafeReason = 'symlink' | 'submodule' | 'bad-name' | 'outside-layout';

export function unsafeReason(change: ChangedPath): UnsafeReason | null {
  if (change.change === 'removed') return null;
  if (change.mode === '120000') return 'symlink';
  if (change.mode === '160000') return 'submodule';
  if (change.path.includes('\\')) return 'bad-name';
  if (change.path.split('/').some((part) => part === '..' || part === '.' || part.toLowerCase() === '.git'))
    return 'bad-name';
  if (change.mode === '040000') return null;
  if (change.path !== gitignoreFile && !isDataFile(change.path)) return 'outside-layout';
  return null;
}

/** Refuses `toCommit` (GitSyncError `unsafe-tree`, with the first bad path) when what it brings since `fromCommit` is unsafe. */
export async function checkTreeSafe(
  dir: string,
  fromCommit: string | null,
  toCommit: string,
  cache: object = {},
): Promise<void> {
  for (const change of await changedPaths(dir, fromCommit, toCommit, cache)) {
    const reason = unsafeReason(change);
    if (reason) throw new GitSyncError('unsafe-tree', { path: change.path, reason });
  }
}
