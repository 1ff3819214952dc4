import fs from 'node:fs';
import git, { type WalkerEntry } from 'isomorphic-git';
import { requireRepo } from './git-repo.ts';

export type PathChange = 'added' | 'modified' | 'removed';

export interface ChangedPath {
  path: string;
  change: PathChange;
}

/**
 * The files that differ between two commits (from null: every file of `toCommit`, as added), sorted by path.
 * A tree diff: subtrees with the same id on both sides are skipped unread, so a sync that brought one coder's
 * day reads a few trees, not the whole project's 10,000 documents.
 */
export async function changedPaths(dir: string, fromCommit: string | null, toCommit: string): Promise<ChangedPath[]> {
  await requireRepo(dir);
  const out: ChangedPath[] = [];
  const trees = fromCommit
    ? [git.TREE({ ref: fromCommit }), git.TREE({ ref: toCommit })]
    : [git.TREE({ ref: toCommit })];
  await git.walk({
    fs,
    dir,
    trees,
    map: async (path, entries) => {
      const [before, after] = fromCommit ? entries : [null, entries[0]];
      if (path === '.') return true;
      const [beforeType, afterType] = [await typeOf(before), await typeOf(after)];
      if (beforeType === 'tree' || afterType === 'tree') {
        // A folder that is the same on both sides holds no change: null stops the walk going into it.
        if (beforeType === afterType && (await before?.oid()) === (await after?.oid())) return null;
        // A file replaced by a folder (or the reverse): the file side is a change of its own.
        if (beforeType === 'blob') out.push({ path, change: 'removed' });
        if (afterType === 'blob') out.push({ path, change: 'added' });
        return true;
      }
      if (!before && after) out.push({ path, change: 'added' });
      else if (before && !after) out.push({ path, change: 'removed' });
      else if (before && after && (await before.oid()) !== (await after.oid())) out.push({ path, change: 'modified' });
      return true;
    },
  });
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

async function typeOf(entry: WalkerEntry | null | undefined): Promise<'tree' | 'blob' | 'commit' | 'special' | null> {
  return entry ? await entry.type() : null;
}
