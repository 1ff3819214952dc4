import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listDataFiles } from '../../store/data-files.ts';
import { changedPaths } from '../changed-paths.ts';
import { branch, commitFiles, type GitAuthor, resolveCommit } from '../git-repo.ts';
import type { PendingSyncPaths } from '../pending/pending-sync-paths.ts';
import { gitignoreFile } from '../project-gitignore.ts';
import { commitMessage } from './sync-commit-message.ts';

/**
 * Commits the user's saved changes: exactly the files the store recorded as written since the last sync commit
 * (pending-sync-paths.ts), present ones as they are on disk, absent ones as removed. When the record is
 * unknown (a fresh repository, a damaged record) every data file is compared once instead. Returns the new
 * commit, or null when the files were already committed as they are. Run it with no save in flight
 * (ProjectStore.exclusively): the files read are the files saved.
 */
export async function commitPending(
  dir: string,
  pending: PendingSyncPaths,
  author: GitAuthor & { coderId: string },
): Promise<string | null> {
  const taken = pending.take();
  const head = await resolveCommit(dir, branch);
  const candidates = taken.status === 'known' ? taken.paths : await everyPath(dir, head);
  // The project's .gitignore travels with its first commit (and whenever it is new here).
  if (!head || !candidates.includes(gitignoreFile)) {
    if (existsSync(join(dir, gitignoreFile))) candidates.push(gitignoreFile);
  }
  const paths: string[] = [];
  const removed: string[] = [];
  for (const path of candidates) (existsSync(join(dir, path)) ? paths : removed).push(path);
  const commit = await commitFiles(dir, {
    paths,
    removed,
    author,
    // The first commit of a repository is the project published: the History words it so.
    message: commitMessage(head ? 'changes' : 'publish', author.coderId, paths.length + removed.length),
  });
  await pending.clear(taken);
  return commit;
}

/** Every data file on disk and every file the last commit has: the once-only comparison of an unknown record. */
async function everyPath(dir: string, head: string | null): Promise<string[]> {
  const paths = new Set(listDataFiles(dir, new Map()).map((f) => f.rel));
  if (head) for (const change of await changedPaths(dir, null, head)) paths.add(change.path);
  return [...paths].sort();
}
