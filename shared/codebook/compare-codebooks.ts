import type { Tag } from '../model/codebook.ts';
import { compareNames } from '../text/compare-names.ts';
import { nameKey as key } from '../text/unique-names.ts';
import type { CodebookComparison, CoderCodebook, TagMapping } from '../model/tag-mapping.ts';

/** What comparing two coders' codebooks reads: the project's tags, each coder's use of them, mappings, snapshots. */
export interface CodebookInput {
  coderA: string;
  coderB: string;
  /** The project's codebook (the ids the annotations name). */
  tags: readonly Tag[];
  /** Per coder, how many of their annotations name each tag (the tag as coded, before any mapping). */
  uses: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Every mapping of the project (those of other coders are ignored). */
  mappings: readonly TagMapping[];
  /** The codebooks colleagues' bundles brought (those of other coders are ignored). */
  snapshots: readonly CoderCodebook[];
}

/** A coder's codebook as compared: each tag's name and parent, under the ids the coder used. */
interface Book {
  names: Map<string, string>;
  parents: Map<string, string | null>;
}

/**
 * How two coders' use of the codebook differs. Uses are counted after each
 * coder's mappings (a mapped tag counts as its target: what agreement
 * compares); one mapping step, never a chain, as agreement reads them.
 *
 * - onlyA / onlyB / shared: tags by use, most used first (then by name);
 * - sameNameOtherId: a tag each used whose names are the same (letter case
 *   and spacing aside) under different ids, not yet counted as one by a
 *   mapping — and, from a colleague's snapshot, each of their tags the
 *   import put under a tag of ours with their name but another id;
 * - renamed / moved: the same id named differently or under another parent
 *   in the two coders' codebooks (a colleague's is their snapshot, with its
 *   parents read through where the import mapped them; anyone else's is the
 *   project's).
 */
export function compareCodebooks(input: CodebookInput): CodebookComparison {
  const { coderA, coderB } = input;
  const names = new Map(input.tags.map((t) => [t.id, t.name]));
  const mapsOf = (coderId: string) =>
    new Map(input.mappings.filter((m) => m.coderId === coderId).map((m) => [m.fromTagId, m.toTagId]));
  const mapA = mapsOf(coderA);
  const mapB = mapsOf(coderB);
  const usesA = effectiveUses(input.uses.get(coderA), mapA);
  const usesB = effectiveUses(input.uses.get(coderB), mapB);
  const byUse = <T extends { tagId: string }>(count: (x: T) => number) => {
    return (x: T, y: T) => count(y) - count(x) || byName(names, x.tagId, y.tagId);
  };

  const onlyA = [...usesA].filter(([id]) => !usesB.has(id)).map(([tagId, uses]) => ({ tagId, uses }));
  const onlyB = [...usesB].filter(([id]) => !usesA.has(id)).map(([tagId, uses]) => ({ tagId, uses }));
  const shared = [...usesA]
    .filter(([id]) => usesB.has(id))
    .map(([tagId, usesOfA]) => ({ tagId, usesA: usesOfA, usesB: usesB.get(tagId) ?? 0 }));
  onlyA.sort(byUse((x) => x.uses));
  onlyB.sort(byUse((x) => x.uses));
  shared.sort(byUse((x) => x.usesA + x.usesB));

  const snapshotA = input.snapshots.find((s) => s.id === coderA) ?? null;
  const snapshotB = input.snapshots.find((s) => s.id === coderB) ?? null;
  const bookA = bookOf(snapshotA, input.tags);
  const bookB = bookOf(snapshotB, input.tags);

  return {
    coderA,
    coderB,
    onlyA,
    onlyB,
    shared,
    sameNameOtherId: sameNames(input, names, mapA, mapB, snapshotA, snapshotB),
    renamed: [...bookA.names]
      .filter(([id, name]) => bookB.names.has(id) && bookB.names.get(id) !== name)
      .map(([tagId, nameA]) => ({ tagId, nameA, nameB: bookB.names.get(tagId) as string }))
      .sort((x, y) => compare(x.nameA, y.nameA)),
    moved: [...bookA.parents]
      .filter(([id, parent]) => bookB.parents.has(id) && bookB.parents.get(id) !== parent)
      .map(([tagId, parentA]) => ({ tagId, parentA, parentB: bookB.parents.get(tagId) ?? null }))
      .sort((x, y) => compare(bookA.names.get(x.tagId) ?? '', bookA.names.get(y.tagId) ?? '')),
    mappings: input.mappings.filter((m) => m.coderId === coderA || m.coderId === coderB),
  };
}

/** A coder's uses with their mappings applied: a mapped tag's uses are added to its target's. */
function effectiveUses(
  uses: ReadonlyMap<string, number> | undefined,
  mapping: ReadonlyMap<string, string>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [tagId, count] of uses ?? []) {
    if (count <= 0) continue;
    const to = mapping.get(tagId) ?? tagId;
    out.set(to, (out.get(to) ?? 0) + count);
  }
  return out;
}

/**
 * A coder's codebook: their snapshot (names as they had them; parents
 * through where the import mapped them, so a parent that is ours under
 * another id is the same parent), or the project's.
 */
function bookOf(snapshot: CoderCodebook | null, tags: readonly Tag[]): Book {
  if (!snapshot) {
    return { names: new Map(tags.map((t) => [t.id, t.name])), parents: new Map(tags.map((t) => [t.id, t.parent])) };
  }
  const through = (id: string | null) => (id === null ? null : (snapshot.mappedTo[id] ?? id));
  return {
    names: new Map(snapshot.tags.map((t) => [t.id, t.name])),
    parents: new Map(snapshot.tags.map((t) => [t.id, through(t.parent)])),
  };
}

function sameNames(
  input: CodebookInput,
  names: ReadonlyMap<string, string>,
  mapA: ReadonlyMap<string, string>,
  mapB: ReadonlyMap<string, string>,
  snapshotA: CoderCodebook | null,
  snapshotB: CoderCodebook | null,
): CodebookComparison['sameNameOtherId'] {
  const out: CodebookComparison['sameNameOtherId'] = [];
  const seen = new Set<string>();
  const add = (name: string, tagIdA: string, tagIdB: string) => {
    const key = `${tagIdA} ${tagIdB}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, tagIdA, tagIdB });
  };
  // Tags each used, by name: those a mapping already counts as one are settled.
  const usedB = new Map<string, string[]>();
  for (const [tagId, count] of input.uses.get(input.coderB) ?? []) {
    const name = names.get(tagId);
    if (count > 0 && name !== undefined) usedB.set(key(name), [...(usedB.get(key(name)) ?? []), tagId]);
  }
  for (const [tagIdA, count] of input.uses.get(input.coderA) ?? []) {
    const name = names.get(tagIdA);
    if (count <= 0 || name === undefined) continue;
    for (const tagIdB of usedB.get(key(name)) ?? []) {
      if (tagIdB === tagIdA || (mapA.get(tagIdA) ?? tagIdA) === (mapB.get(tagIdB) ?? tagIdB)) continue;
      add(name, tagIdA, tagIdB);
    }
  }
  // A colleague's tags the import put under one of ours with their name and another id.
  for (const [snapshot, side] of [
    [snapshotA, 'A'],
    [snapshotB, 'B'],
  ] as const) {
    if (!snapshot) continue;
    for (const t of snapshot.tags) {
      const ours = snapshot.mappedTo[t.id];
      if (!ours || ours === t.id || key(names.get(ours) ?? '') !== key(t.name)) continue;
      if (side === 'A') add(t.name, t.id, ours);
      else add(t.name, ours, t.id);
    }
  }
  return out.sort((x, y) => compare(x.name, y.name));
}

function byName(names: ReadonlyMap<string, string>, a: string, b: string): number {
  return compare(names.get(a) ?? a, names.get(b) ?? b) || compare(a, b);
}

const compare = compareNames;
