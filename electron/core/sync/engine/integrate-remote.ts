import { gitFs as fs } from '../git-fs.ts';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { mergeProjectFiles } from '../../../../shared/sync/merge-project-files.ts';
import type { RecordConflict } from '../../../../shared/sync/record-conflict.ts';
import { SyncMergeError } from '../../../../shared/sync/sync-merge-error.ts';
import type { FileWrite } from '../../store/change-journal.ts';
import { changedPaths } from '../changed-paths.ts';
import { GitSyncError } from '../git-error.ts';
import { blobReader, branch, commitFiles, type GitAuthor, indexSlice, mergeBase, resolveCommit } from '../git-repo.ts';
import { gitignoreFile } from '../project-gitignore.ts';
import { checkTreeSafe } from '../tree-safety.ts';
import { authorOfTheirs, incomingCommits, lostVersions } from './lost-versions.ts';
import { type ConflictTrailer, commitMessage } from './sync-commit-message.ts';
import { unsafeNameError } from './unsafe-name-error.ts';

/** The largest file a remote commit may bring: a 20-million-character text with its original, as JSON. */
export const maxSyncedFileBytes = 128 * 1024 * 1024;

export interface Integration {
  /** What happened to main: already had it, fast-forwarded to it, or merged with it (a merge commit). */
  kind: 'up-to-date' | 'fast-forward' | 'merged';
  /** The project files the sync wrote or removed here (relative paths): what the views must read again. */
  written: string[];
  /** True conflicts: the files hold ours for each until the user chooses. */
  conflicts: RecordConflict[];
}

export interface IntegrateOptions {
  author: GitAuthor & { coderId: string };
  /** Writes files into the project all or nothing, through the store (ProjectStore.exclusively). */
  write: (writes: readonly FileWrite[]) => Promise<void>;
  maxFileBytes?: number;
  /**
   * Only refuse: every check is made and the merge computed, nothing is written. The sync runs this before it
   * commits the user's changes, so that a remote commit refused leaves main as it was, not just the files.
   */
  checkOnly?: boolean;
}

/**
 * Brings the remote's commit into main and the project folder: nothing when main has it already, the remote's
 * files when main is behind, else a per-record three-way merge of every file either side changed since their
 * common ancestor (mergeProjectFiles), written through the store in one all-or-nothing change, then committed
 * as a merge (main then descends from the remote's commit: the push is a fast-forward).
 * Before anything is written: the remote's tree is checked (no symlink, submodule, name out of the folder, or
 * file outside the project layout), every file's size is checked, and every side of every file is read as the
 * store reads it; any refusal throws a GitSyncError and leaves the folder and main as they were.
 * Call it after the local changes are committed and with no save in flight: main's files are the folder's.
 * Order against a crash: files first, then main. Killed in between, the files hold the merge and are recorded
 * as changed; the next sync commits them and merges again to the same result.
 */
export async function integrateRemote(dir: string, remote: string, options: IntegrateOptions): Promise<Integration> {
  try {
    return await integrate(dir, remote, options);
  } catch (error) {
    throw unsafeNameError(error);
  }
}

async function integrate(dir: string, remote: string, options: IntegrateOptions): Promise<Integration> {
  const head = await resolveCommit(dir, branch);
  const none: Integration = { kind: 'up-to-date', written: [], conflicts: [] };
  if (head === remote) return none;
  // Before the first commit (checkOnly): a project never published meets a remote holding another history.
  if (!head && options.checkOnly) throw new GitSyncError('not-a-project', { where: 'sync' });
  const base = head ? await mergeBase(dir, head, remote) : null;
  if (head && base === null) throw new GitSyncError('not-a-project', { where: 'sync' });
  if (base === remote) return none; // Only ahead: the push brings the remote up to date.
  await checkTreeSafe(dir, base, remote);
  const cache = {};
  const readAt = blobReader(dir, cache);
  const paths = new Set((await changedPaths(dir, base, remote)).map((c) => c.path));
  if (head && base !== head) for (const c of await changedPaths(dir, base, head)) paths.add(c.path);
  const max = options.maxFileBytes ?? maxSyncedFileBytes;
  const read = async (commit: string | null, path: string) => {
    if (!commit) return null;
    const blob = await readAt(commit, path);
    if (blob && blob.byteLength > max) throw new GitSyncError('huge-file', { path, bytes: blob.byteLength });
    return blob ? new TextDecoder('utf-8', { fatal: false }).decode(blob) : null;
  };
  const files = [];
  let ignore: { theirs: string | null; changed: boolean } | null = null;
  for (const path of [...paths].sort()) {
    const [b, o, t] = [await read(base, path), await read(head, path), await read(remote, path)];
    if (path === gitignoreFile) {
      // Not a record: taken from the remote when unchanged here, else ours stays.
      ignore = { theirs: t, changed: o !== b };
      continue;
    }
    files.push({ path, base: b, ours: o, theirs: t });
  }
  let merged: ReturnType<typeof mergeProjectFiles>;
  try {
    merged = mergeProjectFiles(files);
  } catch (error) {
    if (error instanceof SyncMergeError) {
      throw new GitSyncError('unreadable-file', { path: error.params.path, reason: error.code }, { cause: error });
    }
    throw error;
  }
  if (options.checkOnly) return none;
  const ours = new Map(files.map((f) => [f.path, f.ours]));
  const writes = merged.writes.filter((w) => w.data !== ours.get(w.path));
  // Conflicts: ours kept here (told to whoever's version lost, in the merge commit), and those colleagues'
  // merges decided against this coder (shown here with both versions).
  const incoming = await incomingCommits(dir, remote, base, cache);
  const text = async (commit: string, path: string) => {
    const blob = await readAt(commit, path);
    return blob ? new TextDecoder().decode(blob) : null;
  };
  const told: ConflictTrailer[] = [];
  for (const conflict of merged.conflicts) {
    const coderId = await authorOfTheirs(conflict, incoming, text);
    if (coderId && coderId !== options.author.coderId) told.push({ ...conflictPlace(conflict), coderId });
  }
  const after = new Map(merged.writes.map((w) => [w.path, w.data]));
  const known = new Set(merged.conflicts.map((c) => `${c.path}#${c.kind}#${c.id}`));
  const lost = lostVersions(
    options.author.coderId,
    incoming,
    (path) => ours.get(path),
    (path) => (after.has(path) ? (after.get(path) as string | null) : ours.get(path)),
  ).filter((c) => !known.has(`${c.path}#${c.kind}#${c.id}`));
  if (ignore && !ignore.changed && ignore.theirs !== null) writes.push({ path: gitignoreFile, data: ignore.theirs });
  await options.write(writes.map((w) => ({ path: join(dir, w.path), data: w.data })));
  const written = writes.map((w) => w.path);
  if (base === head && merged.conflicts.length === 0 && sameAsRemote(writes, files)) {
    // Main is behind and the folder now holds the remote's files byte for byte: a fast-forward, no merge commit.
    await git.writeRef({ fs, dir, ref: `refs/heads/${branch}`, value: remote, force: true });
    await refreshIndex(dir, writes);
    return { kind: 'fast-forward', written, conflicts: lost };
  }
  await commitFiles(dir, {
    paths: writes.filter((w) => w.data !== null).map((w) => w.path),
    removed: writes.filter((w) => w.data === null).map((w) => w.path),
    author: options.author,
    message: commitMessage('merge', options.author.coderId, writes.length, told),
    mergeParent: remote,
  });
  return { kind: 'merged', written, conflicts: [...merged.conflicts, ...lost] };
}

/** True when every file written is the remote's own content (so the folder's tree is the remote's tree). */
function sameAsRemote(
  writes: ReadonlyArray<{ path: string; data: string | null }>,
  files: ReadonlyArray<{ path: string; theirs: string | null }>,
): boolean {
  const theirs = new Map(files.map((f) => [f.path, f.theirs]));
  return writes.every((w) => w.path === gitignoreFile || w.data === theirs.get(w.path));
}

/** The index follows main for the user's own `git status` (nothing of ours reads it). */
async function refreshIndex(dir: string, writes: ReadonlyArray<{ path: string; data: string | null }>) {
  const added = writes.filter((w) => w.data !== null).map((w) => w.path);
  for (let at = 0; at < added.length; at += indexSlice) {
    await git.add({ fs, dir, filepath: added.slice(at, at + indexSlice), force: true });
  }
  for (const w of writes) if (w.data === null) await git.remove({ fs, dir, filepath: w.path });
}

function conflictPlace(c: RecordConflict): Pick<ConflictTrailer, 'path' | 'kind' | 'id' | 'at'> {
  return { path: c.path, kind: c.kind, id: c.id, at: c.at };
}
