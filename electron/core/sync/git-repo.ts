import { gitFs as fs } from './git-fs.ts';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { isDataFile } from '../store/project-layout.ts';
import { GitSyncError } from './git-error.ts';
import { gitignoreFile, projectGitignore } from './project-gitignore.ts';
import { emptyTree, writeTreeWithChanges } from './tree-writer.ts';

/**
 * A project folder's own git repository (`<project>/.git`), through isomorphic-git on node:fs: pure JavaScript,
 * so the app needs no git installed. The branch is always `main` and the remote always `origin`.
 */
export const branch = 'main';
export const remoteName = 'origin';

/** How many files one git.add is given when the index is brought up to date (each call rewrites the index). */
export const indexSlice = 500;

export interface GitAuthor {
  name: string;
  email: string;
  /** Seconds since 1970; now when absent (tests give one to get the same commit ids). */
  timestamp?: number;
}

/** Makes `dir` a repository on branch main (nothing if it already is one) and writes the project's .gitignore if absent. */
export async function initRepo(dir: string): Promise<void> {
  await git.init({ fs, dir, defaultBranch: branch });
  const ignore = join(dir, gitignoreFile);
  if (!(await exists(ignore))) await writeFile(ignore, projectGitignore);
}

/** Records the remote's URL in .git/config (never credentials: those come from onAuth at each operation). */
export async function setRemote(dir: string, url: string): Promise<void> {
  await requireRepo(dir);
  await git.addRemote({ fs, dir, remote: remoteName, url, force: true });
}

export interface CommitRequest {
  /** Files written since the last commit, relative to the project folder with `/` (e.g. `documents/d1/text.json`). */
  paths: readonly string[];
  /** Files deleted since the last commit. */
  removed: readonly string[];
  author: GitAuthor;
  message: string;
  /**
   * For the sync's merge: the fetched commit merged in (the second parent). `paths` and `removed` then name
   * every file whose merged content differs from this side's, and the commit is made even when none does, so
   * that main descends from the remote's and the push is a fast-forward.
   */
  mergeParent?: string;
}

/**
 * Commits exactly the files named: the store knows what it wrote, so nothing walks the folder (isomorphic-git's
 * statusMatrix costs ~5 fs calls per file) and only the trees on those paths are rewritten (see tree-writer.ts).
 * Files the .gitignore names are left out even when listed, except the project's records (isDataFile). Returns the new commit, or null when the named files
 * were already committed as they are (no empty commits in the history).
 * The commit (objects, then the ref) is what counts; the index is brought up to date after it, for the user's
 * own `git status`: nothing of ours reads it, so a crash between the two costs nothing.
 */
export async function commitFiles(dir: string, request: CommitRequest): Promise<string | null> {
  await requireRepo(dir);
  for (const path of [...request.paths, ...request.removed]) checkPath(path);
  const changes = new Map<string, string | null>();
  const written: string[] = [];
  for (const path of request.paths) {
    // The store's records always travel (a user's pattern naming one would break the sync, not protect it), and
    // isomorphic-git reads every .gitignore on a path's way for each path: 160,000 reads for a 40,000-file publish.
    if (!isDataFile(path) && (await git.isIgnored({ fs, dir, filepath: path }))) continue;
    changes.set(path, await git.writeBlob({ fs, dir, blob: await readFile(join(dir, path)) }));
    written.push(path);
  }
  for (const path of request.removed) changes.set(path, null);
  const parent = await resolveCommit(dir, branch);
  const cache = {};
  const baseTree = parent ? (await git.readCommit({ fs, dir, cache, oid: parent })).commit.tree : null;
  const tree = (await writeTreeWithChanges(dir, baseTree, changes, cache)) ?? (await emptyTree(dir));
  const merging = request.mergeParent !== undefined && request.mergeParent !== parent;
  if (!merging && (tree === baseTree || (!parent && changes.size === 0))) return null;
  const parents = [...(parent ? [parent] : []), ...(merging ? [request.mergeParent as string] : [])];
  const { name, email } = request.author;
  const who = { name, email, timestamp: request.author.timestamp ?? Math.floor(Date.now() / 1000), timezoneOffset: 0 };
  const commit = await git.writeCommit({
    fs,
    dir,
    commit: { tree, parent: parents, author: who, committer: who, message: `${request.message}\n` },
  });
  await git.writeRef({ fs, dir, ref: `refs/heads/${branch}`, value: commit, force: true });
  // In slices: git.add opens every file of its list at once (EMFILE at 30,000 files, measured; its `parallel`
  // option only governs folders). `force`: the ignored files were left out above.
  for (let at = 0; at < written.length; at += indexSlice) {
    await git.add({ fs, dir, filepath: written.slice(at, at + indexSlice), force: true });
  }
  for (const filepath of request.removed) await git.remove({ fs, dir, filepath });
  return commit;
}

/** The commit a ref points at (`main`, `origin/main`), or null when it does not exist yet (nothing committed, never fetched). */
export async function resolveCommit(dir: string, ref: string): Promise<string | null> {
  await requireRepo(dir);
  try {
    return await git.resolveRef({ fs, dir, ref });
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return null;
    throw error;
  }
}

/**
 * A file's bytes as a commit has it, or null when the commit has no such file. Reading many files in a row,
 * pass them one `cache` object (isomorphic-git's): else each read loads the packfile's index again.
 */
export async function readBlob(
  dir: string,
  commit: string,
  path: string,
  cache: object = {},
): Promise<Uint8Array | null> {
  await requireRepo(dir);
  checkPath(path);
  try {
    return (await git.readBlob({ fs, dir, cache, oid: commit, filepath: path })).blob;
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return null;
    throw error;
  }
}

/**
 * A reader of many files of a few commits: each tree on the way is read and parsed once, then looked up by name.
 * isomorphic-git's readBlob with a `filepath` parses every tree from the root again on each call, and the
 * `documents/` tree of a 10,000-document project has 10,000 entries: a merge of 20 files spent 2 s there.
 * `read(commit, path)` gives the file's bytes, or null when the commit has no such file.
 */
export function blobReader(dir: string, cache: object = {}) {
  const trees = new Map<string, Map<string, { oid: string; type: string }>>();
  const rootOf = new Map<string, string>();
  const entries = async (oid: string) => {
    let found = trees.get(oid);
    if (!found) {
      const { tree } = await git.readTree({ fs, dir, cache, oid });
      found = new Map(tree.map((e) => [e.path, { oid: e.oid, type: e.type }]));
      trees.set(oid, found);
    }
    return found;
  };
  return async (commit: string, path: string): Promise<Uint8Array | null> => {
    checkPath(path);
    let tree = rootOf.get(commit);
    if (!tree) {
      tree = (await git.readCommit({ fs, dir, cache, oid: commit })).commit.tree;
      rootOf.set(commit, tree);
    }
    const parts = path.split('/');
    let oid: string = tree;
    for (const [i, part] of parts.entries()) {
      const entry = (await entries(oid)).get(part);
      const last = i === parts.length - 1;
      if (!entry || entry.type !== (last ? 'blob' : 'tree')) return null;
      oid = entry.oid;
    }
    return (await git.readBlob({ fs, dir, cache, oid })).blob;
  };
}

/**
 * The common ancestor of two commits: the base of a three-way merge, or null when they share no history.
 * When there are several (criss-cross merges), the first: isomorphic-git has no recursive merge, and a per-record
 * merge from any common ancestor keeps every record either side has.
 */
export async function mergeBase(dir: string, a: string, b: string): Promise<string | null> {
  await requireRepo(dir);
  const bases = await git.findMergeBase({ fs, dir, oids: [a, b] });
  return (bases[0] as string | undefined) ?? null;
}

/** Refuses a folder without a repository with a coded error (isomorphic-git would say "Could not find HEAD"). */
export async function requireRepo(dir: string): Promise<void> {
  if (!(await exists(join(dir, '.git', 'HEAD')))) throw new GitSyncError('not-a-repository', { where: 'local' });
}

/** A repository path as the store names files: relative, `/`-separated, no `.` or `..` parts. */
function checkPath(path: string): void {
  const parts = path.split('/');
  if (path === '' || path.includes('\\') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`not a project-relative path: ${JSON.stringify(path)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
