import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecordConflict } from '../../../../shared/sync/record-conflict.ts';
import { nodeFs, type WriteFs, writeFileDurable } from '../../fs/durable-write.ts';
import { isDataFile, layout } from '../../store/project-layout.ts';

/**
 * The true conflicts a sync found and the user has not chosen for yet, kept inside .git (they describe this
 * copy's merge, not the project): they outlive a restart, and the next sync adds to them. Each conflict's
 * file holds ours until the user chooses.
 */
export const CONFLICTS_FILE = join('.git', 'glossator-sync-conflicts.json');

const ConflictSchema = z.object({
  path: z.string().refine(isDataFile),
  kind: z.string().min(1).max(40),
  id: z.string().min(1).max(1_000),
  at: z.array(z.string().max(100)).max(10),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
});

const FileSchema = z.strictObject({
  format: z.literal('glossator-sync-conflicts'),
  version: z.literal(1),
  conflicts: z.array(ConflictSchema),
});

/** One conflict's name: the file and the record (or field, or file) in it. */
export const conflictKey = (c: Pick<RecordConflict, 'path' | 'kind' | 'id'>) => `${c.path}#${c.kind}#${c.id}`;

/** The open conflicts; a missing or unreadable file is none (the files hold ours, as after choosing ours). */
export function readOpenConflicts(dir: string): RecordConflict[] {
  const file = join(dir, CONFLICTS_FILE);
  if (!existsSync(file)) return [];
  try {
    return FileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).conflicts as RecordConflict[];
  } catch {
    return [];
  }
}

/** Keeps `conflicts` as the open ones (a newer conflict of one record replaces the older). */
export async function writeOpenConflicts(
  dir: string,
  conflicts: readonly RecordConflict[],
  fs: WriteFs = nodeFs,
): Promise<void> {
  const byKey = new Map(conflicts.map((c) => [conflictKey(c), c]));
  const body = { format: 'glossator-sync-conflicts', version: 1, conflicts: [...byKey.values()] };
  await writeFileDurable(join(dir, CONFLICTS_FILE), `${JSON.stringify(body)}\n`, fs, layout.tempDir(dir));
}

/** Adds a sync's new conflicts to those still open. */
export async function addOpenConflicts(dir: string, found: readonly RecordConflict[], fs?: WriteFs): Promise<void> {
  if (!found.length) return;
  await writeOpenConflicts(dir, [...readOpenConflicts(dir), ...found], fs);
}
