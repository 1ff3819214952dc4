import git, { type ReadCommitResult } from 'isomorphic-git';
import { sameValue } from '../../../../shared/bundles/same-value.ts';
import type { RecordConflict } from '../../../../shared/sync/record-conflict.ts';
import { gitFs as fs } from '../git-fs.ts';
import { recordIn } from './open-conflicts.ts';
import { type ConflictTrailer, readCommitMessage, readConflictTrailers } from './sync-commit-message.ts';

/** How many of the remote's new commits are read for the conflicts they tell of. */
const incomingLimit = 200;

/**
 * The commits `remote` brings that `base` lacks, newest first (at most `incomingLimit`). A commit in base's own
 * history met through a merge's other parent is left out as far as git can tell within 200 generations.
 */
export async function incomingCommits(dir: string, remote: string, base: string | null, cache: object) {
  const out: ReadCommitResult[] = [];
  const seen = new Set<string>();
  const queue = [remote];
  while (queue.length && out.length < incomingLimit) {
    const oid = queue.shift() as string;
    if (seen.has(oid) || oid === base) continue;
    seen.add(oid);
    if (base && (await git.isDescendent({ fs, dir, oid: base, ancestor: oid, depth: 200 }).catch(() => false)))
      continue;
    const entry = await git.readCommit({ fs, dir, cache, oid });
    out.push(entry);
    queue.push(...entry.commit.parent);
  }
  return out;
}

type Read = (commit: string, path: string) => Promise<string | null>;

/**
 * Whose version `conflict.theirs` is: the coder of the newest incoming commit (not a merge) that changed the
 * record to it. Null when no commit of Glossator's says (a commit made outside Glossator).
 */
export async function authorOfTheirs(
  conflict: RecordConflict,
  incoming: readonly ReadCommitResult[],
  read: Read,
): Promise<string | null> {
  for (const entry of incoming) {
    const [parent, ...others] = entry.commit.parent;
    if (!parent || others.length) continue;
    const after = recordIn(await read(entry.oid, conflict.path), conflict);
    if (!sameValue(after, conflict.theirs ?? null)) continue;
    const before = recordIn(await read(parent, conflict.path), conflict);
    if (!sameValue(before, after)) return readCommitMessage(entry.commit.message).coderId;
  }
  return null;
}

/**
 * The conflicts colleagues' merges decided against this coder (`coderId`), as they stand after this merge: each
 * one whose record the merge leaves other than this coder held it. `ours(path)` is the file as this copy held it
 * before, `merged(path)` as it is after. The copy then shows both versions (RecordConflict `replaced`).
 */
export function lostVersions(
  coderId: string,
  incoming: readonly ReadCommitResult[],
  ours: (path: string) => string | null | undefined,
  merged: (path: string) => string | null | undefined,
): RecordConflict[] {
  const out = new Map<string, RecordConflict>();
  for (const entry of incoming) {
    for (const told of readConflictTrailers(entry.commit.message)) {
      if (told.coderId !== coderId) continue;
      const before = ours(told.path);
      const after = merged(told.path);
      if (before === undefined || after === undefined) continue; // The file is not one this merge read.
      const probe = { kind: told.kind as RecordConflict['kind'], at: told.at, id: told.id, ours: null };
      let mine: unknown;
      let kept: unknown;
      try {
        mine = recordIn(before, probe);
        kept = recordIn(after, probe);
      } catch {
        continue; // A side that does not parse was refused by the merge already.
      }
      if (sameValue(mine, kept)) continue;
      const key = `${told.path}#${told.kind}#${told.id}`;
      if (!out.has(key)) {
        out.set(key, { ...pick(told), base: null, ours: kept, theirs: mine, replaced: true });
      }
    }
  }
  return [...out.values()];
}

function pick(told: ConflictTrailer): Pick<RecordConflict, 'path' | 'kind' | 'id' | 'at'> {
  return { path: told.path, kind: told.kind as RecordConflict['kind'], id: told.id, at: told.at };
}
