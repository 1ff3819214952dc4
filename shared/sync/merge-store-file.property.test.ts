import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStoreFile } from './merge-store-file.ts';
import { listRows } from './store-files.fixture.ts';

type R = Record<string, unknown>;

/** What one side does to one id: nothing, delete it, change it, or add it (ids not in the base). */
type Edit = { op: 'keep' } | { op: 'delete' } | { op: 'set'; value: string };

const ids = Array.from({ length: 12 }, (_, i) => `r${i}`);
const value = fc.constantFrom('v1', 'v2', 'v3', 'v4');

/**
 * A base (which ids it holds, with what) and, per id, which copy edits it
 * and how: copies edit disjoint ids, as coders adding their own records or
 * changing different ones do.
 */
const scenario = (copies: number) =>
  fc.record({
    base: fc.array(fc.option(value, { nil: null }), { minLength: ids.length, maxLength: ids.length }),
    owner: fc.array(fc.integer({ min: -1, max: copies - 1 }), { minLength: ids.length, maxLength: ids.length }),
    edit: fc.array(
      fc.oneof(
        fc.constant<Edit>({ op: 'delete' }),
        value.map((v): Edit => ({ op: 'set', value: v })),
      ),
      {
        minLength: ids.length,
        maxLength: ids.length,
      },
    ),
  });

type Scenario = { base: (string | null)[]; owner: number[]; edit: Edit[] };

/** Base records in order; a copy's list: the base with its edits in place, its additions at the end. */
function lists(s: Scenario, copies: number, rec: (id: string, n: string) => R) {
  const base = ids.flatMap((id, i) => (s.base[i] ? [rec(id, s.base[i] as string)] : []));
  const copy = (c: number) => {
    const kept = ids.flatMap((id, i) => {
      const b = s.base[i];
      if (!b) return [];
      const e = s.owner[i] === c ? (s.edit[i] as Edit) : { op: 'keep' as const };
      if (e.op === 'delete') return [];
      return [rec(id, e.op === 'set' ? `${e.value}-${c}` : b)];
    });
    const added = ids.flatMap((id, i) => {
      const e = s.edit[i] as Edit;
      return !s.base[i] && s.owner[i] === c && e.op === 'set' ? [rec(id, e.value)] : [];
    });
    return [...kept, ...added];
  };
  return { base, copies: Array.from({ length: copies }, (_, c) => copy(c)) };
}

/** Every copy's edits applied to the base: what any merge order must hold. */
function expected(s: Scenario, rec: (id: string, n: string) => R): Map<string, R> {
  const out = new Map<string, R>();
  ids.forEach((id, i) => {
    const b = s.base[i];
    const e = s.owner[i] === -1 ? { op: 'keep' as const } : (s.edit[i] as Edit);
    if (e.op === 'set') out.set(id, rec(id, b ? `${e.value}-${s.owner[i]}` : e.value));
    else if (e.op === 'keep' && b) out.set(id, rec(id, b));
  });
  return out;
}

describe.each(listRows)('mergeStoreFile, random edits of $kind in $path', ({ path, at, make, rec }) => {
  /** The records of a merged file, by id, in file order (an absent file holds none). */
  const records = (text: string | null): R[] => {
    if (text === null) return [];
    let node: unknown = JSON.parse(text);
    for (const key of at) node = (node as R)[key];
    return node as R[];
  };
  const byId = (text: string | null) => new Map(records(text).map((r) => [r.id as string, r]));
  const file = (rs: R[]) => make(rs);

  it('merges edits of disjoint ids into both edit sets applied, without conflicts, whichever side is ours', () => {
    fc.assert(
      fc.property(scenario(2), (s) => {
        const { base, copies } = lists(s, 2, rec);
        const [ours, theirs] = copies as [R[], R[]];
        const one = mergeStoreFile(path, file(base), file(ours), file(theirs));
        const other = mergeStoreFile(path, file(base), file(theirs), file(ours));
        expect(one.conflicts).toEqual([]);
        expect(other.conflicts).toEqual([]);
        const want = expected(s, rec);
        expect(byId(one.merged)).toEqual(want);
        expect(byId(other.merged)).toEqual(want);
        // Ours' order, then theirs' additions in theirs' order.
        const order = [
          ...ours.map((r) => r.id).filter((id) => want.has(id as string)),
          ...theirs.map((r) => r.id).filter((id) => want.has(id as string) && !ours.some((o) => o.id === id)),
        ];
        expect(records(one.merged).map((r) => r.id)).toEqual(order);
      }),
      { numRuns: 150 },
    );
  });

  it('converges: three copies merged in any order hold the same records', () => {
    fc.assert(
      fc.property(scenario(3), (s) => {
        const { base, copies } = lists(s, 3, rec);
        const [x, y, z] = copies.map(file) as [string, string, string];
        const b = file(base);
        const m = (o: string | null, t: string | null) => {
          const r = mergeStoreFile(path, b, o, t);
          expect(r.conflicts).toEqual([]);
          return r.merged;
        };
        const want = expected(s, rec);
        for (const merged of [m(m(x, y), z), m(z, m(x, y)), m(m(x, z), y), m(y, m(z, x)), m(m(y, z), x)]) {
          expect(byId(merged)).toEqual(want);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives a file back unchanged when nothing changed', () => {
    fc.assert(
      fc.property(scenario(1), (s) => {
        const x = file(lists(s, 1, rec).base);
        expect(mergeStoreFile(path, x, x, x)).toEqual({ merged: x, conflicts: [] });
      }),
      { numRuns: 30 },
    );
  });
});
