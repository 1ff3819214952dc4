/**
 * The messages of the commits a sync makes. The first line is for people reading `git log` on the server; the
 * trailer is for Glossator's History view, which names the coder by id (a display name may change, may repeat).
 * Messages are in English on purpose: they are the project's shared record, read by colleagues of any language,
 * and the History view words them itself from the trailer.
 */
export type CommitKind = 'changes' | 'merge' | 'publish';

export const coderTrailer = 'Glossator-Coder';
export const kindTrailer = 'Glossator-Sync';
export const conflictTrailer = 'Glossator-Conflict';

/**
 * A true conflict a merge kept ours for, as its commit tells the coder whose version lost (`coderId`): their
 * next sync shows them both versions (integrate-remote.ts). At most `maxConflictTrailers` per commit.
 */
export interface ConflictTrailer {
  path: string;
  kind: string;
  id: string;
  at: string[];
  coderId: string;
}
export const maxConflictTrailers = 500;

export function commitMessage(
  kind: CommitKind,
  coderId: string,
  files: number,
  conflicts: readonly ConflictTrailer[] = [],
): string {
  const subject =
    kind === 'merge'
      ? 'Glossator: merge the shared project'
      : kind === 'publish'
        ? 'Glossator: publish the project'
        : `Glossator: ${files} changed file${files === 1 ? '' : 's'}`;
  const told = conflicts.slice(0, maxConflictTrailers).map((c) => `\n${conflictTrailer}: ${JSON.stringify(c)}`);
  return `${subject}\n\n${kindTrailer}: ${kind}\n${coderTrailer}: ${coderId}${told.join('')}`;
}

/** The conflicts a commit tells of (lines that do not read as one are skipped: a message is untrusted text). */
export function readConflictTrailers(message: string): ConflictTrailer[] {
  const out: ConflictTrailer[] = [];
  for (const line of message.split('\n')) {
    if (!line.startsWith(`${conflictTrailer}: `)) continue;
    try {
      const c = JSON.parse(line.slice(conflictTrailer.length + 2)) as Partial<ConflictTrailer>;
      const strings = [c.path, c.kind, c.id, c.coderId].every((v) => typeof v === 'string' && v.length <= 1_000);
      if (strings && Array.isArray(c.at) && c.at.length <= 10 && c.at.every((k) => typeof k === 'string')) {
        out.push(c as ConflictTrailer);
      }
    } catch {
      // Not one of ours.
    }
    if (out.length >= maxConflictTrailers) break;
  }
  return out;
}

/** The trailers of a commit's message, or nulls for a commit made by something else (a user's own git). */
export function readCommitMessage(message: string): { kind: CommitKind | null; coderId: string | null } {
  const kind = new RegExp(`^${kindTrailer}: (changes|merge|publish)$`, 'm').exec(message)?.[1] as
    | CommitKind
    | undefined;
  const coderId = new RegExp(`^${coderTrailer}: ([A-Za-z0-9][A-Za-z0-9_-]{0,63})$`, 'm').exec(message)?.[1];
  return { kind: kind ?? null, coderId: coderId ?? null };
}
