import { gitFs as fs } from '../git-fs.ts';
import git, { type ReadCommitResult } from 'isomorphic-git';
import { sameValue } from '../../../../shared/bundles/same-value.ts';
import { changedPaths } from '../changed-paths.ts';
import { branch, readBlob, requireRepo, resolveCommit } from '../git-repo.ts';
import { type CommitKind, readCommitMessage } from './sync-commit-message.ts';

/** One commit of main, with what it changed against its first parent (for a merge: what it brought here). */
export interface CommitChanges {
  commit: string;
  coderId: string | null;
  authorName: string;
  /** Seconds since 1970. */
  timestamp: number;
  kind: CommitKind | 'other';
  documentsAdded: number;
  documentsRemoved: number;
  /** Per coder (by the layer file's name): annotations added, changed, removed. */
  annotations: Map<string, { added: number; changed: number; removed: number }>;
  sharedFiles: string[];
}

const layerPath = /^documents\/([^/]+)\/annotations\.([^/]+)\.json$/;
const documentPath = /^documents\/([^/]+)\/document\.json$/;

/** The newest `limit` commits of main, newest first, each with its changes (reads only the trees they touch). */
export async function syncHistory(dir: string, limit: number): Promise<CommitChanges[]> {
  await requireRepo(dir);
  if (!(await resolveCommit(dir, branch))) return [];
  const cache = {};
  const commits = await git.log({ fs, dir, ref: branch, depth: limit, cache });
  const out: CommitChanges[] = [];
  for (const entry of commits) out.push(await changesOf(dir, entry, cache));
  return out;
}

async function changesOf(dir: string, entry: ReadCommitResult, cache: object): Promise<CommitChanges> {
  const { commit } = entry;
  const parent = commit.parent[0] ?? null;
  const { kind, coderId } = readCommitMessage(commit.message);
  const result: CommitChanges = {
    commit: entry.oid,
    coderId,
    authorName: commit.author.name,
    timestamp: commit.author.timestamp,
    kind: kind ?? 'other',
    documentsAdded: 0,
    documentsRemoved: 0,
    annotations: new Map(),
    sharedFiles: [],
  };
  for (const change of await changedPaths(dir, parent, entry.oid)) {
    if (documentPath.test(change.path)) {
      if (change.change === 'added') result.documentsAdded++;
      if (change.change === 'removed') result.documentsRemoved++;
      continue;
    }
    const layer = layerPath.exec(change.path);
    if (layer) {
      const counts = result.annotations.get(layer[2] as string) ?? { added: 0, changed: 0, removed: 0 };
      const before = parent ? await annotationsAt(dir, parent, change.path, cache) : new Map();
      const after = await annotationsAt(dir, entry.oid, change.path, cache);
      for (const [id, a] of after) {
        const was = before.get(id);
        if (!was) counts.added++;
        else if (!sameValue(was, a)) counts.changed++;
      }
      for (const id of before.keys()) if (!after.has(id)) counts.removed++;
      result.annotations.set(layer[2] as string, counts);
      continue;
    }
    if (!change.path.startsWith('documents/')) result.sharedFiles.push(change.path);
  }
  return result;
}

/** A layer file's annotations by id as a commit has it (none when absent or unreadable). */
async function annotationsAt(dir: string, commit: string, path: string, cache: object): Promise<Map<string, unknown>> {
  const blob = await readBlob(dir, commit, path, cache);
  if (!blob) return new Map();
  try {
    const data = JSON.parse(new TextDecoder().decode(blob)) as { annotations?: Array<{ id?: unknown }> };
    return new Map((data.annotations ?? []).map((a) => [String(a.id), a]));
  } catch {
    return new Map();
  }
}

/** One change to an annotation in main's history. */
export interface AnnotationChange {
  commit: string;
  coderId: string | null;
  authorName: string;
  timestamp: number;
  change: 'added' | 'changed' | 'removed';
}

/**
 * Who changed an annotation, and when: the commits of main that changed it in its layer file (at most `limit`
 * commits that touched the file are read), newest first. Merges are left out: what one brought here is listed
 * as the colleague's own commit.
 */
export async function annotationHistory(
  dir: string,
  layerFile: string,
  annotationId: string,
  limit = 200,
): Promise<AnnotationChange[]> {
  await requireRepo(dir);
  if (!(await resolveCommit(dir, branch))) return [];
  const cache = {};
  let commits: ReadCommitResult[];
  try {
    commits = await git.log({ fs, dir, ref: branch, filepath: layerFile, depth: limit, cache });
  } catch (error) {
    // isomorphic-git throws when the file is in no commit (an annotation saved since the last sync).
    if ((error as { code?: string }).code === 'NotFoundError') return [];
    throw error;
  }
  const out: AnnotationChange[] = [];
  for (const entry of commits) {
    // A merge only brought here what a colleague's own commit (listed too) changed: it is nobody's change.
    if (entry.commit.parent.length > 1) continue;
    const parent = entry.commit.parent[0] ?? null;
    const after = (await annotationsAt(dir, entry.oid, layerFile, cache)).get(annotationId);
    const before = parent ? (await annotationsAt(dir, parent, layerFile, cache)).get(annotationId) : undefined;
    const change =
      !before && after
        ? 'added'
        : before && !after
          ? 'removed'
          : before && after && !sameValue(before, after)
            ? 'changed'
            : null;
    if (!change) continue;
    const { coderId } = readCommitMessage(entry.commit.message);
    out.push({
      commit: entry.oid,
      coderId,
      authorName: entry.commit.author.name,
      timestamp: entry.commit.author.timestamp,
      change,
    });
  }
  return out;
}
