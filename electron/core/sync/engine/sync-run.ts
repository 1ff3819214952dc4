import { gitFs as fs } from '../git-fs.ts';
import git from 'isomorphic-git';
import type { RecordConflict } from '../../../../shared/sync/record-conflict.ts';
import type { FileWrite } from '../../store/change-journal.ts';
import type { OnAuth } from '../git-credentials.ts';
import { GitSyncError } from '../git-error.ts';
import { fetchRemote, push } from '../git-remote.ts';
import { branch, type GitAuthor, remoteName, resolveCommit } from '../git-repo.ts';
import type { PendingSyncPaths } from '../pending/pending-sync-paths.ts';
import { integrateRemote } from './integrate-remote.ts';
import { syncEnded, syncStarting } from './interrupted-sync.ts';
import { dropBrokenPacks } from './pack-repair.ts';
import { commitPending } from './local-commit.ts';
import { addOpenConflicts } from './open-conflicts.ts';

/** What the sync needs of the open project. */
export interface SyncHost {
  dir: string;
  author: GitAuthor & { coderId: string };
  /**
   * The open store's record of pending changes, asked for at each use: a merge that wrote files opens the
   * project again, and the record of the store before it must not be used after (its map is stale: clearing
   * through it would drop what the new store recorded).
   */
  pending: () => PendingSyncPaths;
  /** Runs `task` with no save in flight and none starting until it returns; `write` writes through the store. */
  alone<T>(task: (write: (writes: readonly FileWrite[]) => Promise<void>) => Promise<T>): Promise<T>;
  onAuth?: OnAuth;
  /** For tests: the largest file a remote commit may bring. */
  maxFileBytes?: number;
}

export interface SyncResult {
  /** The commit of the user's changes made by this sync (the last, if it tried more than once), or null. */
  committed: string | null;
  /** Project files the sync wrote here (relative paths): the views and the search index read them again. */
  written: string[];
  /** New true conflicts (the files hold ours for each until the user chooses). */
  conflicts: RecordConflict[];
  /** Whether the remote was told something new: our commits (or, first, the whole project). */
  pushed: boolean;
  /** How many rounds of commit, fetch, merge and push it took (more than one when someone pushed in between). */
  rounds: number;
  /** Main's commit afterwards: the remote's main too. */
  head: string;
}

/** Rounds before a sync gives up on a remote to which others keep pushing between our fetch and our push. */
export const maxSyncRounds = 5;

/**
 * One sync: fetch, commit the saved changes, merge (integrateRemote), push; if someone pushed in between,
 * again from the fetch. The network is never awaited with the project held: saves go on during fetch and
 * push; the commit and the merge hold it (host.alone), so what they read is what is saved. A failure at any
 * point leaves every saved change in the folder and recorded as pending: the next sync takes it up. A remote
 * that fails or is refused before the merge (unreachable, no repository, another project, an unsafe or
 * unreadable commit) leaves main as it was too: the commit waits for a remote that can take it.
 */
export async function runSync(host: SyncHost): Promise<SyncResult> {
  const { dir } = host;
  if (!(await remoteUrl(dir))) throw new GitSyncError('no-remote');
  // What a sync killed mid-way may have left (see interrupted-sync.ts, pack-repair.ts and fetchedCommit).
  await syncStarting(dir);
  await dropBrokenPacks(dir);
  await dropDanglingRemoteRef(dir);
  try {
    return await syncRounds(host);
  } finally {
    await syncEnded(dir);
  }
}

async function syncRounds(host: SyncHost): Promise<SyncResult> {
  const { dir, author } = host;
  const written = new Set<string>();
  const conflicts: RecordConflict[] = [];
  let committed: string | null = null;
  for (let round = 1; round <= maxSyncRounds; round++) {
    // Fetched before anything is committed: a remote that cannot be reached, or refuses us, changes nothing here.
    const { remoteCommit } = await fetchRemote(dir, { onAuth: host.onAuth });
    const integration = await host.alone(async (write) => {
      const maxFileBytes = host.maxFileBytes;
      // A remote commit the merge would refuse is refused before the commit too: main stays as it was.
      if (remoteCommit) await integrateRemote(dir, remoteCommit, { author, write, maxFileBytes, checkOnly: true });
      // The saves made so far are committed first: main's files are then the folder's.
      committed = (await commitPending(dir, host.pending(), author)) ?? committed;
      if (!remoteCommit) return null;
      const result = await integrateRemote(dir, remoteCommit, { author, write, maxFileBytes });
      // What it wrote is committed (merge) or is the remote's commit (fast-forward): no longer pending.
      if (result.written.length) await host.pending().drop(result.written);
      await addOpenConflicts(dir, result.conflicts);
      return result;
    });
    if (integration) {
      for (const path of integration.written) written.add(path);
      conflicts.push(...integration.conflicts);
    }
    const pushed = await push(dir, { onAuth: host.onAuth });
    if (pushed.kind !== 'rejected-non-fast-forward') {
      return {
        committed,
        written: [...written].sort(),
        conflicts,
        pushed: pushed.kind === 'pushed',
        rounds: round,
        head: pushed.commit,
      };
    }
  }
  throw new GitSyncError('remote-busy', { rounds: maxSyncRounds });
}

/** The remote's URL as .git/config has it, or null when the project was never connected. */
export async function remoteUrl(dir: string): Promise<string | null> {
  const url = await git.getConfig({ fs, dir, path: `remote.${remoteName}.url` });
  return typeof url === 'string' && url ? url : null;
}

/** Whether main has commits the remote's main (as last fetched) lacks, and the reverse. */
export async function aheadBehind(dir: string): Promise<{ ahead: boolean; behind: boolean }> {
  const [head, remote] = [await resolveCommit(dir, branch), await fetchedCommit(dir)];
  if (!head || !remote) return { ahead: head !== null, behind: remote !== null && head === null };
  if (head === remote) return { ahead: false, behind: false };
  const ahead = !(await git.isDescendent({ fs, dir, oid: remote, ancestor: head, depth: -1 }));
  const behind = !(await git.isDescendent({ fs, dir, oid: head, ancestor: remote, depth: -1 }));
  return { ahead, behind };
}

const trackingRef = `refs/remotes/${remoteName}/${branch}`;

/**
 * The remote's main as last fetched, or null when never fetched — or when the ref names a commit this repository
 * lacks: isomorphic-git's fetch writes the ref before it saves the pack holding the commit, so a fetch killed in
 * between leaves such a ref (found by the SIGKILL trial, sync-kill.test.ts). Such a fetch is as good as none.
 */
async function fetchedCommit(dir: string): Promise<string | null> {
  const remote = await resolveCommit(dir, trackingRef);
  if (!remote) return null;
  try {
    await git.readCommit({ fs, dir, oid: remote });
    return remote;
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError') return null;
    throw error;
  }
}

/** Removes a remote-tracking ref naming a missing commit (see fetchedCommit): the next fetch then starts afresh. */
async function dropDanglingRemoteRef(dir: string): Promise<void> {
  if ((await resolveCommit(dir, trackingRef)) && !(await fetchedCommit(dir))) {
    await git.deleteRef({ fs, dir, ref: trackingRef });
  }
}
