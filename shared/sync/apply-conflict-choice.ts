import { migrateFile } from '../model/migrate-file.ts';
import { isObj } from './merge-shape.ts';
import type { RecordConflict } from './record-conflict.ts';
import { holdsNothing, readableByStore } from './store-file-check.ts';
import { fileKindOf, type Shape } from './store-file-kinds.ts';
import { stringifyStoreFile } from './store-json.ts';
import { SyncMergeError } from './sync-merge-error.ts';

type Obj = Record<string, unknown>;

/**
 * The file after the user chose a side for one conflict of mergeStoreFile:
 * `ours` leaves it as merged; `theirs` puts their version of the record (or
 * field, or whole file) in place of ours — a record absent on their side is
 * removed, a field absent there is left out. Several conflicts of one file
 * are applied one after the other to the text the previous one returned.
 * The caller writes the result through the store, as one undo step.
 */
export function applyConflictChoice(
  merged: string | null,
  conflict: RecordConflict,
  choice: 'ours' | 'theirs',
): string | null {
  if (choice === 'ours') return merged;
  const { path } = conflict;
  const found = fileKindOf(path);
  if (!found) throw new SyncMergeError('not-project-file', { path });
  const { kind, empty, belongs } = found;
  if (conflict.kind === 'file') {
    return isObj(conflict.theirs)
      ? readableByStore(path, kind, stringifyStoreFile(conflict.theirs, kind.format), belongs)
      : null;
  }
  const start = merged === null ? empty : migrateFile(JSON.parse(merged));
  if (!isObj(start)) throw new SyncMergeError('not-store-format', { path });
  const data = start; // freshly parsed or built: ours to change
  let node: Obj = data;
  let shape: Shape = kind.shape;
  for (const key of conflict.at.slice(0, -1)) {
    const next = node[key];
    if (!isObj(next)) throw new SyncMergeError('not-store-format', { path });
    node = next;
    shape = shape.objects?.[key] ?? {};
  }
  const last = conflict.at.at(-1) ?? '';
  if (shape.lists?.[last]) {
    const list = Array.isArray(node[last]) ? (node[last] as Obj[]) : [];
    const oursId = isObj(conflict.ours) ? conflict.ours.id : undefined;
    const gone = new Set([conflict.id, oursId]);
    const at = list.findIndex((r) => gone.has(r.id as string));
    const kept = list.filter((r) => !gone.has(r.id as string));
    if (isObj(conflict.theirs)) kept.splice(at < 0 ? kept.length : at, 0, conflict.theirs);
    node[last] = kept;
  } else if (conflict.theirs === null && !shape.records?.[last]) {
    delete node[last];
  } else {
    node[last] = conflict.theirs;
  }
  if (empty !== null && holdsNothing(kind.shape, data)) return null;
  return readableByStore(path, kind, stringifyStoreFile(data, kind.format), belongs);
}
