import { gitFs as fs } from './git-fs.ts';
import { mkdir, readdir, rm } from 'node:fs/promises';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { authCallbacks, type OnAuth } from './git-credentials.ts';
import { gitSyncError } from './git-error.ts';
import { branch, remoteName, requireRepo, resolveCommit } from './git-repo.ts';
import { checkTreeSafe } from './tree-safety.ts';

/**
 * The operations that talk to the remote (HTTPS smart protocol), each with its credentials callback. Failures
 * arrive as GitSyncError codes; nothing else of the local repository changes when they fail.
 */

/** Runs one network operation, turning isomorphic-git's and Node's errors into GitSyncError codes. */
async function talk<T>(
  onAuth: OnAuth | undefined,
  run: (auth: ReturnType<typeof authCallbacks>) => Promise<T>,
): Promise<T> {
  const auth = authCallbacks(onAuth);
  try {
    return await run(auth);
  } catch (error) {
    throw gitSyncError(error, auth.gave()) ?? error;
  }
}

export interface RemoteOptions {
  onAuth?: OnAuth;
}

/**
 * Clones `url` into `dir` (absent or empty), checking out main once its tree is known safe (tree-safety.ts).
 * On any failure the folder is left as it was found (removed if this made it), so a refused clone leaves no
 * half-made project behind.
 */
export async function clone(url: string, dir: string, options: RemoteOptions = {}): Promise<{ commit: string | null }> {
  const existing = await readdir(dir).catch(() => null);
  if (existing && existing.length > 0) throw new Error(`clone target is not empty: ${dir}`);
  await mkdir(dir, { recursive: true });
  try {
    await talk(options.onAuth, ({ onAuth, onAuthFailure }) =>
      git.clone({
        fs,
        http,
        dir,
        url,
        ref: branch,
        singleBranch: true,
        noTags: true,
        noCheckout: true,
        onAuth,
        onAuthFailure,
      }),
    );
    const commit = await resolveCommit(dir, branch);
    if (commit) {
      await checkTreeSafe(dir, null, commit);
      await git.checkout({ fs, dir, ref: branch, cache: {} });
    }
  } catch (error) {
    if (existing) for (const name of await readdir(dir)) await rm(`${dir}/${name}`, { recursive: true, force: true });
    else await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { commit: await resolveCommit(dir, branch) };
}

/**
 * Fetches main from the remote into `origin/main` (the working files and `main` stay as they are: merging is
 * the sync's work). Returns the remote's commit, or null when the remote has no main yet (an empty repository).
 */
export async function fetchRemote(dir: string, options: RemoteOptions = {}): Promise<{ remoteCommit: string | null }> {
  await requireRepo(dir);
  const result = await talk(options.onAuth, ({ onAuth, onAuthFailure }) =>
    git.fetch({
      fs,
      http,
      dir,
      remote: remoteName,
      ref: branch,
      singleBranch: true,
      tags: false,
      onAuth,
      onAuthFailure,
    }),
  );
  // An empty remote answers with no refs: nothing fetched, and no origin/main to read.
  if (!result.fetchHead) return { remoteCommit: null };
  return { remoteCommit: await resolveCommit(dir, `${remoteName}/${branch}`) };
}

/**
 * A push that went through (the remote's main is now `commit`); none needed (main is the remote's main as last
 * fetched or pushed); or one refused because someone pushed first.
 */
export type PushResult =
  | { kind: 'pushed'; commit: string }
  | { kind: 'nothing-to-push'; commit: string }
  | { kind: 'rejected-non-fast-forward' };

/**
 * Pushes main to the remote's main. When the remote has commits this one lacks, git refuses: that is the normal
 * case of two coders syncing at once, so it is a result (fetch, merge, push again), not an error.
 */
export async function push(dir: string, options: RemoteOptions = {}): Promise<PushResult> {
  await requireRepo(dir);
  const commit = await resolveCommit(dir, branch);
  if (!commit) throw new Error('nothing committed on main to push');
  // isomorphic-git walks every tree of the project to build even an empty pack (~0.6 s at 6,000 files): a sync
  // with nothing to do must not pay that. The remote then has this commit (we fetched or pushed it).
  if ((await resolveCommit(dir, `${remoteName}/${branch}`)) === commit) return { kind: 'nothing-to-push', commit };
  try {
    await talk(options.onAuth, ({ onAuth, onAuthFailure }) =>
      git.push({ fs, http, dir, remote: remoteName, ref: branch, remoteRef: branch, onAuth, onAuthFailure }),
    );
  } catch (error) {
    if (isNonFastForward(error)) return { kind: 'rejected-non-fast-forward' };
    throw error;
  }
  return { kind: 'pushed', commit };
}

/**
 * isomorphic-git refuses before sending when the remote's main is no ancestor of ours (PushRejectedError); the
 * server refuses too when another push lands between its advertisement and ours (GitPushError, git's
 * "non-fast-forward" / "fetch first", or a ref no longer at the old id it was told: "failed to update ref").
 */
function isNonFastForward(error: unknown): boolean {
  const e = error as { code?: string; data?: { reason?: string; prettyDetails?: string } };
  if (e?.code === 'PushRejectedError') return e.data?.reason === 'not-fast-forward';
  if (e?.code === 'GitPushError')
    return /non-fast-forward|fetch first|failed to update ref|failed to lock/.test(e.data?.prettyDetails ?? '');
  return false;
}
