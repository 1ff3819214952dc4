/**
 * One side of a conflict as the dialog shows it: a record's fields as `key: value` lines, the usual ones
 * (name, type, aliases, notes…) first and the bookkeeping (created, changed) last, so the two versions line
 * up side by side. Null is a deleted record: no lines (the dialog says so). A field or file conflict's side
 * is a plain value: one line without a key.
 */
export interface RecordLine {
  key: string | null;
  value: string;
}

export interface LineOptions {
  /** Words an ISO moment (the window's formatMoment); without it the moment shows as stored. */
  moment?: (iso: string) => string;
  /** The name of a record an `…Id` field points to (an affiliation's organisation), if the window knows it. */
  nameOf?: (id: string) => string | undefined;
}

const FIRST = ['name', 'label', 'type', 'aliases', 'description', 'notes', 'note', 'color', 'parent', 'shortcut'];
const LAST = ['created', 'modified'];
const INTERNAL = new Set(['id']);
const ISO_MOMENT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

function rank(key: string): number {
  const first = FIRST.indexOf(key);
  if (first !== -1) return first;
  const last = LAST.indexOf(key);
  return last === -1 ? FIRST.length : FIRST.length + 1 + last;
}

export function recordLines(side: unknown, options: LineOptions = {}): RecordLine[] | null {
  if (side === null || side === undefined) return null;
  if (typeof side !== 'object' || Array.isArray(side)) return [{ key: null, value: valueText(side, options) }];
  const record = side as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !INTERNAL.has(k) && record[k] !== undefined);
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return keys.map((k) => ({ key: k, value: valueText(record[k], options) }));
}

/**
 * A value in one line: lists joined by commas, an object as its `key: value` pairs, an empty one as “—”,
 * a moment worded by `options.moment`.
 */
export function valueText(value: unknown, options: LineOptions = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return options.moment && ISO_MOMENT.test(value) ? options.moment(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const parts = value.map((v) => valueText(v, options));
    return value.some((v) => typeof v === 'object' && v !== null) ? parts.join('; ') : parts.join(', ');
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '—';
  return entries
    .map(([k, v]) => {
      const named = k.endsWith('Id') && typeof v === 'string' ? options.nameOf?.(v) : undefined;
      return named ? `${k.slice(0, -2)}: ${named}` : `${k}: ${valueText(v, options)}`;
    })
    .join(', ');
}

/** The keys whose values differ between the sides, to mark them in both columns. */
export function differingKeys(ours: RecordLine[] | null, theirs: RecordLine[] | null): Set<string> {
  const a = new Map((ours ?? []).map((l) => [l.key ?? '', l.value]));
  const b = new Map((theirs ?? []).map((l) => [l.key ?? '', l.value]));
  const out = new Set<string>();
  for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) out.add(k);
  return out;
}
