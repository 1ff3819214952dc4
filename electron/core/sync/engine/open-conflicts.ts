import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sameValue } from '../../../../shared/bundles/same-value.ts';
import { migrateFile } from '../../../../shared/model/migrate-file.ts';
import { isObj } from '../../../../shared/sync/merge-shape.ts';
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
  replaced: z.literal(true).optional(),
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

/**
 * After a sync's merge: the conflicts still open whose record the file no longer holds as `ours` are closed, then
 * the sync's new ones are added. Such a conflict is obsolete — a colleague changed the record again knowing one
 * of the two versions (the sync brought that), or the user did — and choosing `theirs` for it would put a
 * version back over a later change that nobody was shown (found by the 20-coder simulation).
 */
export async function addOpenConflicts(dir: string, found: readonly RecordConflict[], fs?: WriteFs): Promise<void> {
  const open = readOpenConflicts(dir);
  if (!open.length && !found.length) return;
  const current = open.filter((c) => stillOpen(dir, c));
  if (current.length === open.length && !found.length) return;
  await writeOpenConflicts(dir, [...current, ...found], fs);
}

/** Whether the conflict's file still holds `ours` for its record (or field, or as a whole). */
function stillOpen(dir: string, conflict: RecordConflict): boolean {
  const file = join(dir, conflict.path);
  try {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    return sameValue(recordIn(text, conflict), conflict.ours ?? null);
  } catch {
    return true; // Unreadable now: the store has set it aside or will; the choice stays the user's.
  }
}

/** The conflict's record as `text` holds it (null: absent), found as applyConflictChoice finds it. */
export function recordIn(text: string | null, conflict: Pick<RecordConflict, 'kind' | 'at' | 'id' | 'ours'>): unknown {
  if (conflict.kind === 'file') return text === null ? null : JSON.parse(text);
  if (text === null) return null;
  let node: unknown = migrateFile(JSON.parse(text));
  for (const key of conflict.at.slice(0, -1)) node = isObj(node) ? node[key] : undefined;
  if (!isObj(node)) return null;
  const value = node[conflict.at.at(-1) ?? ''];
  if (!Array.isArray(value)) return value ?? null;
  const id = isObj(conflict.ours) && typeof conflict.ours.id === 'string' ? conflict.ours.id : conflict.id;
  return (value as unknown[]).find((r) => isObj(r) && r.id === id) ?? null;
}
