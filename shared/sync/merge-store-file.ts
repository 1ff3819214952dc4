import { sameValue } from '../bundles/same-value.ts';
import { migrateFile } from '../model/migrate-file.ts';
import { SCHEMA_VERSION } from '../model/project.ts';
import { isObj, mergeObject } from './merge-shape.ts';
import type { RecordConflict } from './record-conflict.ts';
import { type FileKind, fileKindOf, type Shape } from './store-file-kinds.ts';
import { stringifyStoreFile } from './store-json.ts';
import { holdsNothing, readableByStore } from './store-file-check.ts';
import { type MergeSide, SyncMergeError } from './sync-merge-error.ts';

type Obj = Record<string, unknown>;

export interface StoreFileMerge {
  /** The merged file as the store writes it; null: the file is deleted. Never conflict markers. */
  merged: string | null;
  /** True conflicts: the merged file holds ours for each until the user chooses. */
  conflicts: RecordConflict[];
}

/**
 * Three-way merge of one project file (`path` relative to the project, with
 * forward slashes): `base` the common ancestor (null: new on both sides),
 * `ours` and `theirs` the two sides (null: deleted there). Records merge by
 * id, other fields one by one (see merge-shape.ts). Throws SyncMergeError
 * for a file that is not the store's (not JSON, wrong shape, a newer format,
 * a result the store would not read back): never a guess.
 */
export function mergeStoreFile(
  path: string,
  base: string | null,
  ours: string | null,
  theirs: string | null,
): StoreFileMerge {
  const found = fileKindOf(path);
  if (!found) throw new SyncMergeError('not-project-file', { path });
  const { kind, empty, belongs } = found;
  const read = (text: string | null, side: MergeSide) => {
    if (text === null) return null;
    const data = readSide(path, kind, text, side);
    if (!belongs(data)) throw new SyncMergeError('not-store-format', { path, side });
    return data;
  };
  const checked = (merged: string | null, conflicts: RecordConflict[]): StoreFileMerge => ({
    merged: merged === null ? null : readableByStore(path, kind, merged, belongs),
    conflicts,
  });
  const b = read(base, 'base');
  const o = read(ours, 'ours');
  const t = read(theirs, 'theirs');
  // Untouched on one side: the other side's bytes as they are (merge(x, x, x) === x).
  if (ours === theirs || theirs === base) return checked(ours, []);
  if (ours === base) return checked(theirs, []);

  if (empty) {
    // Absent is empty here (the store removes a layer with no annotations): merge as empty files.
    const merged = mergeFile(path, kind.shape, b ?? empty, o ?? empty, t ?? empty);
    const data = holdsNothing(kind.shape, merged.data) ? null : merged.data;
    return checked(data === null ? null : stringifyStoreFile(data, kind.format), merged.conflicts);
  }
  if (o === null || t === null) {
    // Deleted on one side: gone if the other left it alone, else a conflict that keeps ours.
    const other = o ?? t;
    if (other === null || (b !== null && sameValue(other, b))) return checked(null, []);
    if (b === null) return checked(o === null ? theirs : ours, []);
    const conflict: RecordConflict = { path, kind: 'file', id: path, at: [], base: b, ours: o, theirs: t };
    return checked(ours, [conflict]);
  }
  const merged = mergeFile(path, kind.shape, b ?? {}, o, t);
  return checked(stringifyStoreFile(merged.data, kind.format), merged.conflicts);
}

function mergeFile(path: string, shape: Shape, base: Obj, ours: Obj, theirs: Obj) {
  const cx = { path, conflicts: [] as RecordConflict[] };
  return { data: mergeObject(shape, base, ours, theirs, [], cx), conflicts: cx.conflicts };
}

/** Parsed, brought to the current format as the store reads it, and shaped as the kind says; else a refusal. */
function readSide(path: string, kind: FileKind, text: string, side: MergeSide): Obj {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SyncMergeError('not-json', { path, side });
  }
  if (!isObj(raw)) throw new SyncMergeError('not-store-format', { path, side });
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new SyncMergeError('newer-format', { path, side, version });
  }
  const data = migrateFile(raw);
  if (!isObj(data)) throw new SyncMergeError('not-store-format', { path, side });
  checkShape(path, kind.shape, data, side);
  return data;
}

/** Every list a list of records with distinct string ids, every sub-object an object: what merging relies on. */
function checkShape(path: string, shape: Shape, data: Obj, side: MergeSide): void {
  for (const key of Object.keys(shape.lists ?? {})) {
    const list = data[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new SyncMergeError('not-store-format', { path, side });
    const ids = new Set<string>();
    for (const r of list) {
      if (!isObj(r) || typeof r.id !== 'string') throw new SyncMergeError('not-store-format', { path, side });
      if (ids.has(r.id)) throw new SyncMergeError('duplicate-id', { path, side, id: r.id });
      ids.add(r.id);
    }
  }
  for (const [key, sub] of Object.entries(shape.objects ?? {})) {
    const value = data[key];
    if (value === undefined) continue;
    if (!isObj(value)) throw new SyncMergeError('not-store-format', { path, side });
    checkShape(path, sub, value, side);
  }
}
