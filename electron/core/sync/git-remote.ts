import { gitFs as fs } from './git-fs.ts';
import { mkdir, readdir, rm } from 'node:fs/promises';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { authCallbacks, type OnAuth } from './git-credentials.ts';
import { GitSyncError, gitSyncError } from './git-error.ts';
import { objectsToPush } from './push-objects.ts';
import { noCommit, sendReceivePack } from './receive-pack.ts';
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
  if (existing && existing.length > 0) throw new GitSyncError('folder-not-empty', { dir });
  await mkdir(dir, { recursive: true });
  // One cache for the clone, its check and its checkout: the pack and its index are read into memory once.
  const cache = {};
  try {
    await talk(options.onAuth, ({ onAuth, onAuthFailure }) =>
      git.clone({
        fs,
        http,
        dir,
        cache,
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
      await checkTreeSafe(dir, null, commit, cache);
      // In batches (nonBlocking): isomorphic-git's default runs every file's write at once — 50 s and all the
      // blobs in memory for 30,000 files, against 12 s in batches.
      await git.checkout({ fs, dir, ref: branch, cache, nonBlocking: true, batchSize: 20 });
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
 * case of two coders syncing at once, so it is a result (fetch, merge, push again), not an error. The remote's
 * main is read from its advertisement (isomorphic-git), the objects it lacks are listed by tree difference
 * (push-objects.ts), packed by isomorphic-git, and sent in git's receive-pack request (receive-pack.ts).
 */
export async function push(dir: string, options: RemoteOptions = {}): Promise<PushResult> {
  await requireRepo(dir);
  const commit = await resolveCommit(dir, branch);
  if (!commit) throw new Error('nothing committed on main to push');
  const tracking = `refs/remotes/${remoteName}/${branch}`;
  // A sync with nothing to do must not even ask the server: the remote has this commit (we fetched or pushed it).
  if ((await resolveCommit(dir, `${remoteName}/${branch}`)) === commit) return { kind: 'nothing-to-push', commit };
  const url = await git.getConfig({ fs, dir, path: `remote.${remoteName}.url` });
  if (typeof url !== 'string' || !url) throw new GitSyncError('no-remote');
  let authorization: string | null = null;
  const info = await talk(options.onAuth, ({ onAuth, onAuthFailure }) =>
    git.getRemoteInfo2({
      http,
      url,
      forPush: true,
      protocolVersion: 1,
      onAuthFailure,
      async onAuth(at, auth) {
        const given = await onAuth(at, auth);
        if (given && typeof given === 'object' && 'username' in given && given.username !== undefined) {
          authorization = basic(given.username, given.password ?? '');
        }
        return given;
      },
    }),
  );
  const ref = `refs/heads/${branch}`;
  const remoteMain = info.refs?.find((r) => r.ref === ref)?.oid ?? null;
  if (remoteMain === commit) {
    await git.writeRef({ fs, dir, ref: tracking, value: commit, force: true });
    return { kind: 'nothing-to-push', commit };
  }
  if (remoteMain && !(await isAncestor(dir, remoteMain, commit))) return { kind: 'rejected-non-fast-forward' };
  const cache = {};
  const oids = await objectsToPush(dir, commit, remoteMain);
  const { packfile } = await git.packObjects({ fs, dir, oids, cache });
  const request = { url, ref, oldOid: remoteMain ?? noCommit, newOid: commit, packfile: packfile as Uint8Array };
  let report: Awaited<ReturnType<typeof sendReceivePack>>;
  try {
    try {
      report = await sendReceivePack({ ...request, authorization });
    } catch (error) {
      // A server that let anyone see its refs may still want credentials for the push itself.
      const status = (error as { data?: { statusCode?: number } }).data?.statusCode;
      const asked = status === 401 && !authorization ? await options.onAuth?.(url) : null;
      if (!asked) throw error;
      authorization = basic(asked.user, asked.token);
      report = await sendReceivePack({ ...request, authorization });
    }
  } catch (error) {
    throw gitSyncError(error, authorization !== null) ?? error;
  }
  if (!report.ok) {
    if (/non-fast-forward|fetch first|failed to update ref|failed to lock|stale info/.test(report.reason)) {
      return { kind: 'rejected-non-fast-forward' };
    }
    throw new GitSyncError('push-refused', { reason: report.reason });
  }
  await git.writeRef({ fs, dir, ref: tracking, value: commit, force: true });
  return { kind: 'pushed', commit };
}

/** True when `ancestor` is `commit` or in its history, and this repository has it at all. */
async function isAncestor(dir: string, ancestor: string, commit: string): Promise<boolean> {
  try {
    await git.readCommit({ fs, dir, oid: ancestor });
  } catch {
    return false; // The remote has a commit we never fetched: someone pushed since.
  }
  return ancestor === commit || (await git.isDescendent({ fs, dir, oid: commit, ancestor, depth: -1 }));
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
