/**
 * The messages of the commits a sync makes. The first line is for people reading `git log` on the server; the
 * trailer is for Glossator's History view, which names the coder by id (a display name may change, may repeat).
 * Messages are in English on purpose: they are the project's shared record, read by colleagues of any language,
 * and the History view words them itself from the trailer.
 */
export type CommitKind = 'changes' | 'merge' | 'publish';

export const coderTrailer = 'Glossator-Coder';
export const kindTrailer = 'Glossator-Sync';

export function commitMessage(kind: CommitKind, coderId: string, files: number): string {
  const subject =
    kind === 'merge'
      ? 'Glossator: merge the shared project'
      : kind === 'publish'
        ? 'Glossator: publish the project'
        : `Glossator: ${files} changed file${files === 1 ? '' : 's'}`;
  return `${subject}\n\n${kindTrailer}: ${kind}\n${coderTrailer}: ${coderId}`;
}

/** The trailers of a commit's message, or nulls for a commit made by something else (a user's own git). */
export function readCommitMessage(message: string): { kind: CommitKind | null; coderId: string | null } {
  const kind = new RegExp(`^${kindTrailer}: (changes|merge|publish)$`, 'm').exec(message)?.[1] as
    | CommitKind
    | undefined;
  const coderId = new RegExp(`^${coderTrailer}: ([A-Za-z0-9][A-Za-z0-9_-]{0,63})$`, 'm').exec(message)?.[1];
  return { kind: kind ?? null, coderId: coderId ?? null };
}
