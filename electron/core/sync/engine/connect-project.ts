import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { listDataFiles } from '../../store/data-files.ts';
import { layout } from '../../store/project-layout.ts';
import { maxSyncedFileBytes } from './integrate-remote.ts';
import { remoteKey, setRemoteChecked } from '../credentials/remote-key.ts';
import type { OnAuth } from '../git-credentials.ts';
import { GitSyncError } from '../git-error.ts';
import { clone } from '../git-remote.ts';
import { initRepo } from '../git-repo.ts';
import { PendingSyncPaths } from '../pending/pending-sync-paths.ts';
import { unsafeNameError } from './unsafe-name-error.ts';

/**
 * Clones a shared project into `dir` (absent or empty): the remote's tree is checked before checkout
 * (git-remote.ts), and a remote whose main holds no project.json is refused (`not-a-project`) with the folder
 * left as it was found. The clone's files are its commit's exactly, so its record of pending changes starts
 * empty (the first sync reads nothing but that record).
 */
export async function cloneProject(
  url: string,
  dir: string,
  onAuth?: OnAuth,
  maxFileBytes = maxSyncedFileBytes,
): Promise<{ commit: string }> {
  // Before any folder is made: a URL with a user or token in it would be written into .git/config as it is.
  remoteKey(url);
  const existed = existsSync(dir);
  // The clone removes what it made before it throws; a name isomorphic-git refuses is worded as unsafe.
  const { commit } = await clone(url, dir, { onAuth }).catch((error: unknown) => {
    throw unsafeNameError(error);
  });
  if (!commit || !existsSync(layout.projectFile(dir))) {
    await undoClone(dir, existed);
    throw new GitSyncError('not-a-project', { where: 'clone' });
  }
  // A file over what a project file may hold (as a sync's merge refuses it): the folder goes as it came. Sizes
  // are known only once checked out (a pack does not say them), and a stamp each is cheap.
  const huge = listDataFiles(dir, new Map()).find((f) => f.stamp[1] > maxFileBytes);
  if (huge) {
    await undoClone(dir, existed);
    throw new GitSyncError('huge-file', { path: huge.rel, bytes: huge.stamp[1] });
  }
  await PendingSyncPaths.markClean(dir);
  return { commit };
}

/** The folder as the clone found it: gone if it made it, else empty again. */
async function undoClone(dir: string, existed: boolean): Promise<void> {
  if (!existed) return rm(dir, { recursive: true, force: true });
  for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
}

/**
 * Makes an existing project a repository connected to `url` (a URL with a user or token in it is refused before
 * anything is written). Nothing is committed or pushed: the next sync publishes it (its first commit holds
 * every file). Connecting a connected project to another URL moves it there, as `git remote set-url` would.
 * Returns whether the folder was made a repository now (its store must then be opened again to record saves).
 */
export async function connectProject(dir: string, url: string): Promise<{ madeRepository: boolean }> {
  const madeRepository = !existsSync(join(dir, '.git'));
  if (madeRepository) await initRepo(dir);
  try {
    await setRemoteChecked(dir, url);
  } catch (error) {
    // A refused URL leaves no half-connected repository behind.
    if (madeRepository) await rm(join(dir, '.git'), { recursive: true, force: true });
    throw error;
  }
  return { madeRepository };
}
