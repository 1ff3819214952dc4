import { sameValue } from '../bundles/same-value.ts';
import type { RecordConflict } from './record-conflict.ts';
import type { RecordKind, Shape } from './store-file-kinds.ts';

type Obj = Record<string, unknown>;
type Rec = Obj & { id: string };

/** Where conflicts of one file are collected while its JSON is merged. */
export interface MergeContext {
  path: string;
  conflicts: RecordConflict[];
}

/**
 * Three-way merge of one JSON object by its shape: fields one by one, lists
 * of records by id. Keys come in ours' order, theirs' new keys after; a key
 * whose merged value is absent is left out, as JSON would.
 */
export function mergeObject(shape: Shape, base: Obj, ours: Obj, theirs: Obj, at: string[], cx: MergeContext): Obj {
  const out: Obj = {};
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !Object.hasOwn(ours, k))];
  for (const key of keys) {
    const where = [...at, key];
    const list = shape.lists?.[key];
    const sub = shape.objects?.[key];
    let value: unknown;
    if (list) {
      const present = Object.hasOwn(ours, key) || Object.hasOwn(theirs, key);
      const merged = mergeList(list, asList(base[key]), asList(ours[key]), asList(theirs[key]), where, cx);
      // A list one side never had and that merges to nothing stays absent (links.json's format-3 `links`).
      value = present && (merged.length || Object.hasOwn(ours, key)) ? merged : undefined;
    } else if (sub && isObj(ours[key]) && isObj(theirs[key])) {
      value = mergeObject(sub, isObj(base[key]) ? base[key] : {}, ours[key], theirs[key], where, cx);
    } else {
      const kind = shape.records?.[key];
      value = mergeValue(base[key], ours[key], theirs[key], (b, o, t) => {
        const id = kind ? (recordId(o) ?? recordId(t) ?? recordId(b) ?? where.join('.')) : where.join('.');
        cx.conflicts.push(conflict(cx.path, kind ?? 'field', id, where, b, o, t));
      });
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A whole value: one side's change, or the same change once; different changes: a conflict, ours kept. */
function mergeValue(b: unknown, o: unknown, t: unknown, onConflict: (b: unknown, o: unknown, t: unknown) => void) {
  if (sameValue(o, t) || sameValue(t, b)) return o;
  if (sameValue(o, b)) return t;
  onConflict(b, o, t);
  return o;
}

/**
 * Records by id. Untouched on one side: the other side's list as it is (its
 * order too). Otherwise ours' records in ours' order, then theirs' additions
 * in theirs' order — the same order whoever merges, so copies converge.
 */
function mergeList(
  rule: { kind: RecordKind; unique?: (record: Obj) => string },
  base: Rec[],
  ours: Rec[],
  theirs: Rec[],
  at: string[],
  cx: MergeContext,
): Rec[] {
  if (sameValue(ours, base)) return theirs;
  if (sameValue(theirs, base)) return ours;
  const baseById = new Map(base.map((r) => [r.id, r]));
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  const oursIds = new Set(ours.map((r) => r.id));
  const clash = (id: string, b: unknown, o: unknown, t: unknown) =>
    cx.conflicts.push(conflict(cx.path, rule.kind, id, at, b ?? null, o ?? null, t ?? null));
  const out: Rec[] = [];
  for (const o of ours) {
    const t = theirsById.get(o.id);
    const b = baseById.get(o.id);
    if (t) out.push(mergeValue(b, o, t, (bb, oo, tt) => clash(o.id, bb, oo, tt)) as Rec);
    else if (!b)
      out.push(o); // added by us
    else if (!sameValue(o, b)) {
      clash(o.id, b, o, null); // we changed what they deleted
      out.push(o);
    } // else: they deleted what we left alone
  }
  for (const t of theirs) {
    if (oursIds.has(t.id)) continue;
    const b = baseById.get(t.id);
    if (!b)
      out.push(t); // added by them
    else if (!sameValue(t, b)) clash(t.id, b, null, t); // they changed what we deleted: stays deleted for now
  }
  return rule.unique ? keepUnique(out, rule.unique, baseById, clash) : out;
}

/** Two records with one key (two mappings of a coder's tag): the first kept, the later one a conflict. */
function keepUnique(
  records: Rec[],
  keyOf: (record: Obj) => string,
  baseById: ReadonlyMap<string, Rec>,
  clash: (id: string, b: unknown, o: unknown, t: unknown) => void,
): Rec[] {
  const first = new Map<string, Rec>();
  return records.filter((r) => {
    const key = keyOf(r);
    const kept = first.get(key);
    if (!kept) {
      first.set(key, r);
      return true;
    }
    clash(r.id, baseById.get(r.id), kept, r);
    return false;
  });
}

function conflict(
  path: string,
  kind: RecordConflict['kind'],
  id: string,
  at: string[],
  base: unknown,
  ours: unknown,
  theirs: unknown,
): RecordConflict {
  return { path, kind, id, at, base: base ?? null, ours: ours ?? null, theirs: theirs ?? null };
}

function recordId(value: unknown): string | null {
  return isObj(value) && typeof value.id === 'string' ? value.id : null;
}

function asList(value: unknown): Rec[] {
  return Array.isArray(value) ? (value as Rec[]) : [];
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
