import { gitFs as fs } from './git-fs.ts';
import git, { type TreeEntry } from 'isomorphic-git';
import { requireRepo } from './git-repo.ts';

export type PathChange = 'added' | 'modified' | 'removed';

export interface ChangedPath {
  path: string;
  change: PathChange;
  /** The entry's git mode after the change (before it, for a removal): 100644 for a file; see tree-safety.ts. */
  mode: string;
}

/**
 * The files that differ between two commits (from null: every file of `toCommit`, as added), sorted by path.
 * A tree diff that reads only the trees whose ids differ: a sync that brought one coder's day reads the root,
 * `documents/` and the 20 documents touched, not the project's 10,000 (isomorphic-git's `walk` reads every
 * child tree before it may skip it: ~0.35 ms each, seconds on a large project).
 */
export async function changedPaths(
  dir: string,
  fromCommit: string | null,
  toCommit: string,
  cache: object = {},
): Promise<ChangedPath[]> {
  await requireRepo(dir);
  const out: ChangedPath[] = [];
  // One cache for the whole diff: without it isomorphic-git loads the packfile's index again for every tree it
  // reads from a pack (a cloned project's objects are all in one), which made a 4,000-document diff take 23 s.
  const read: Reader = { dir, cache };
  const before = fromCommit ? await treeOf(read, fromCommit) : null;
  await diffTrees(read, '', before, await treeOf(read, toCommit), out);
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

interface Reader {
  dir: string;
  cache: object;
}

async function treeOf({ dir, cache }: Reader, commit: string): Promise<string> {
  return (await git.readCommit({ fs, dir, cache, oid: commit })).commit.tree;
}

async function entries({ dir, cache }: Reader, tree: string | null): Promise<Map<string, TreeEntry>> {
  if (!tree) return new Map();
  const { tree: list } = await git.readTree({ fs, dir, cache, oid: tree });
  return new Map(list.map((entry) => [entry.path, entry]));
}

async function diffTrees(read: Reader, prefix: string, a: string | null, b: string | null, out: ChangedPath[]) {
  if (a === b) return;
  const [left, right] = [await entries(read, a), await entries(read, b)];
  for (const name of new Set([...left.keys(), ...right.keys()])) {
    const [x, y] = [left.get(name), right.get(name)];
    if (x && y && x.oid === y.oid && x.mode === y.mode) continue;
    const path = prefix + name;
    const xTree = x?.type === 'tree' ? x.oid : null;
    const yTree = y?.type === 'tree' ? y.oid : null;
    if (xTree || yTree) await diffTrees(read, `${path}/`, xTree, yTree, out);
    // A file on either side that is not matched by a file on the other (a file replaced by a folder counts too).
    const xFile = x && x.type !== 'tree';
    const yFile = y && y.type !== 'tree';
    if (xFile && yFile) out.push({ path, change: 'modified', mode: y.mode });
    else if (xFile) out.push({ path, change: 'removed', mode: x.mode });
    else if (yFile) out.push({ path, change: 'added', mode: y.mode });
  }
}
