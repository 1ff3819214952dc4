import type { Message } from '../i18n/message.ts';
import type { Actor } from '../model/actor.ts';
import type { Tag } from '../model/codebook.ts';
import type { Concept } from '../model/concept.ts';
import type { LinkType } from '../model/link.ts';
import { shortcutProblem } from '../codebook/shortcuts.ts';
import { tagsInTreeOrder } from '../codebook/tag-tree.ts';
import { limits } from '../model/limits.ts';
import { nameKey } from '../text/unique-names.ts';
import type { BundleChoice, PreviewRecord, RecordCounts, RecordKind } from './bundle-preview.ts';
import { sameValue } from './same-value.ts';

/** The records a project (or a bundle) holds, of the kinds a bundle brings along with its layers. */
export interface RecordSets {
  tags: readonly Tag[];
  actors: readonly Actor[];
  linkTypes: readonly LinkType[];
  concepts: readonly Concept[];
}

/** Their id → our id, per kind: what the bundle's annotations and links are remapped through. */
export interface RecordMaps {
  tag: ReadonlyMap<string, string>;
  actor: ReadonlyMap<string, string>;
  linkType: ReadonlyMap<string, string>;
  concept: ReadonlyMap<string, string>;
}

/** What importing the bundle's records does, with the given choices. */
export interface RecordPlan {
  previews: PreviewRecord[];
  same: RecordCounts;
  added: RecordCounts;
  /** Records of ours that take their fields ('theirs'). */
  updated: number;
  maps: RecordMaps;
  /** The whole codebook afterwards, or null when no tag changes. */
  tags: Tag[] | null;
  /** The whole list of link types afterwards, or null when none changes. */
  linkTypes: LinkType[] | null;
  /** Actors and concepts to put (new, taken over, or kept both). */
  actors: Actor[];
  concepts: Concept[];
}

type Named = { id: string; name: string };

interface KindSpec<R extends Named> {
  kind: RecordKind;
  /** The fields compared (and listed when they differ), in the order the preview shows them. */
  fields: ReadonlyArray<keyof R & string>;
  /** The key under which names are unique (a tag's among its siblings). */
  slot: (r: R) => string;
  /** The record with its references to records of its own kind put through `map`. */
  remap: (r: R, map: (id: string) => string) => R;
}

const tagSpec: KindSpec<Tag> = {
  kind: 'tag',
  fields: ['name', 'color', 'parent', 'description', 'kind', 'shortcut'],
  slot: (t) => `${t.parent ?? ''}\u0000${nameKey(t.name)}`,
  remap: (t, map) => (t.parent === null ? t : { ...t, parent: map(t.parent) }),
};

const actorSpec: KindSpec<Actor> = {
  kind: 'actor',
  fields: ['name', 'type', 'aliases', 'affiliations', 'notes'],
  slot: (a) => nameKey(a.name),
  remap: (a, map) =>
    a.affiliations.length === 0
      ? a
      : { ...a, affiliations: a.affiliations.map((f) => ({ ...f, organizationId: map(f.organizationId) })) },
};

const linkTypeSpec: KindSpec<LinkType> = {
  kind: 'linkType',
  fields: ['name', 'color', 'description'],
  slot: (t) => nameKey(t.name),
  remap: (t) => t,
};

const conceptSpec: KindSpec<Concept> = {
  kind: 'concept',
  fields: ['name', 'description'],
  slot: (c) => nameKey(c.name),
  remap: (c) => c,
};

interface KindDiff<R> {
  previews: PreviewRecord[];
  same: number;
  added: number;
  updated: number;
  map: Map<string, string>;
  puts: R[];
}

/**
 * Compares the bundle's records with ours, kind by kind: the same id with
 * the same fields is the same record; the same id with other fields
 * differs (ours kept by default); another id under a name of ours is that
 * record of ours (used, its references remapped, by default); anything
 * else is new and added under its id. A choice 'theirs' puts their fields
 * on our record, 'both' adds theirs beside ours under a fresh id (and a
 * free name), references remapped onto it. `choices` is keyed by each
 * preview's choiceKey; `freshId` gives an id not used here.
 */
export function diffRecords(
  ours: RecordSets,
  theirs: RecordSets,
  choices: Readonly<Record<string, BundleChoice>>,
  freshId: () => string,
): RecordPlan {
  // Parents before their sub-tags: a sub-tag's parent is mapped by the time its name is matched.
  const theirTags = tagsInTreeOrder(theirs.tags).map((row) => row.tag);
  const tags = diffKind(tagSpec, ours.tags, theirTags, choices, freshId);
  const actors = diffKind(actorSpec, ours.actors, theirs.actors, choices, freshId);
  const linkTypes = diffKind(linkTypeSpec, ours.linkTypes, theirs.linkTypes, choices, freshId);
  const concepts = diffKind(conceptSpec, ours.concepts, theirs.concepts, choices, freshId);
  // Affiliations may name an actor later in the list: remapped once every actor is mapped.
  const actorPuts = actors.puts.map((a) => actorSpec.remap(a, (id) => actors.map.get(id) ?? id));
  const tagPreviews = new Map(tags.previews.map((p) => [p.theirId, p]));
  return {
    previews: [...tags.previews, ...actors.previews, ...linkTypes.previews, ...concepts.previews],
    same: { tags: tags.same, actors: actors.same, linkTypes: linkTypes.same, concepts: concepts.same },
    added: { tags: tags.added, actors: actors.added, linkTypes: linkTypes.added, concepts: concepts.added },
    updated: tags.updated + actors.updated + linkTypes.updated + concepts.updated,
    maps: { tag: tags.map, actor: actors.map, linkType: linkTypes.map, concept: concepts.map },
    tags: tags.puts.length ? mergeTags(ours.tags, tags.puts, tags.map, tagPreviews) : null,
    linkTypes: linkTypes.puts.length ? putAll(ours.linkTypes, linkTypes.puts) : null,
    actors: actorPuts,
    concepts: concepts.puts,
  };
}

function diffKind<R extends Named>(
  spec: KindSpec<R>,
  ours: readonly R[],
  theirs: readonly R[],
  choices: Readonly<Record<string, BundleChoice>>,
  freshId: () => string,
): KindDiff<R> {
  const byId = new Map(ours.map((r) => [r.id, r]));
  const bySlot = new Map<string, R>();
  for (const r of ours) if (!bySlot.has(spec.slot(r))) bySlot.set(spec.slot(r), r);
  const slots = new Set(bySlot.keys());
  const theirIds = new Set(theirs.map((r) => r.id));
  const claimed = new Set<string>();
  const out: KindDiff<R> = { previews: [], same: 0, added: 0, updated: 0, map: new Map(), puts: [] };
  const resolve = (id: string) => out.map.get(id) ?? id;

  for (const record of theirs) {
    const mapped = spec.remap(record, resolve);
    const sameId = byId.get(record.id);
    let twin: R | undefined;
    if (!sameId) {
      const candidate = bySlot.get(spec.slot(mapped));
      // A record of ours they also hold under its own id is theirs to match by id.
      if (candidate && !claimed.has(candidate.id) && !theirIds.has(candidate.id)) twin = candidate;
    }
    const target = sameId ?? twin;
    if (target) claimed.add(target.id);
    const fields = target ? spec.fields.filter((f) => !sameValue(mapped[f], target[f])) : [];
    if (sameId && fields.length === 0) {
      out.map.set(record.id, record.id);
      out.same++;
      continue;
    }
    const status = sameId ? 'differs' : twin ? 'same-name' : 'new';
    const choiceKey = target ? `${spec.kind}:${record.id}` : null;
    const choice: BundleChoice | null = choiceKey ? (choices[choiceKey] ?? 'ours') : null;
    out.previews.push({
      kind: spec.kind,
      theirId: record.id,
      ourId: target?.id ?? null,
      name: record.name,
      ourName: target && target.name !== record.name ? target.name : null,
      status,
      fields,
      choiceKey,
      defaultChoice: choiceKey ? 'ours' : null,
      shortcutProblem: null,
    });
    if (!target) {
      out.map.set(record.id, record.id);
      out.puts.push(mapped);
      slots.add(spec.slot(mapped));
      out.added++;
    } else if (choice === 'ours') {
      out.map.set(record.id, target.id);
    } else if (choice === 'theirs') {
      out.map.set(record.id, target.id);
      if (fields.length) {
        out.puts.push({ ...target, ...pick(mapped, spec.fields) });
        out.updated++;
      }
    } else {
      // Kept both: theirs under its own id when that is free here, else a fresh one; a name free beside ours.
      const id = sameId || byId.has(record.id) ? freshId() : record.id;
      const both = { ...mapped, id, name: freeName(spec, mapped, slots) };
      slots.add(spec.slot(both));
      out.map.set(record.id, id);
      out.puts.push(both);
      out.added++;
    }
  }
  return out;
}

function pick<R>(record: R, fields: ReadonlyArray<keyof R & string>): Partial<R> {
  const out: Partial<R> = {};
  for (const f of fields) out[f] = record[f];
  return out;
}

/** `name`, or "name (2)", "name (3)", … when a record of ours (or one added before) has it. */
function freeName<R extends Named>(spec: KindSpec<R>, record: R, slots: ReadonlySet<string>): string {
  if (!slots.has(spec.slot(record))) return record.name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${record.name.slice(0, limits.nameLength - suffix.length)}${suffix}`;
    if (!slots.has(spec.slot({ ...record, name }))) return name;
  }
}

/** `list` with each of `puts` replacing the record of its id or appended, in order. */
function putAll<R extends { id: string }>(list: readonly R[], puts: readonly R[]): R[] {
  const out = [...list];
  const index = new Map(out.map((r, i) => [r.id, i]));
  for (const r of puts) {
    const at = index.get(r.id);
    if (at === undefined) {
      index.set(r.id, out.length);
      out.push(r);
    } else out[at] = r;
  }
  return out;
}

/**
 * The codebook with the bundle's tags put in. A shortcut of theirs that is
 * reserved or held by another tag is left out, as a codebook import does
 * (shared/codebook/merge-codebooks.ts), and said on the tag's preview. A
 * parent taken over that would put a tag under itself keeps ours.
 */
function mergeTags(
  ours: readonly Tag[],
  puts: readonly Tag[],
  map: ReadonlyMap<string, string>,
  previews: ReadonlyMap<string, PreviewRecord>,
): Tag[] {
  const theirIdOf = new Map([...map].map(([theirId, ourId]) => [ourId, theirId]));
  const oursById = new Map(ours.map((t) => [t.id, t]));
  let tags = [...ours];
  for (const put of puts) {
    const tag = { ...put };
    if (tag.shortcut !== null) {
      const problem: Message | null = shortcutProblem(tags, tag.id, tag.shortcut);
      if (problem) {
        tag.shortcut = oursById.get(tag.id)?.shortcut ?? null;
        const preview = previews.get(theirIdOf.get(tag.id) ?? tag.id);
        if (preview) preview.shortcutProblem = problem;
      }
    }
    tags = putAll(tags, [tag]);
  }
  const parentOf = new Map(tags.map((t) => [t.id, t.parent]));
  for (const put of puts) {
    if (!underItself(parentOf, put.id)) continue;
    const parent = oursById.get(put.id)?.parent ?? null;
    parentOf.set(put.id, parent);
    tags = tags.map((t) => (t.id === put.id ? { ...t, parent } : t));
  }
  return tags;
}

function underItself(parentOf: ReadonlyMap<string, string | null>, id: string): boolean {
  let at = parentOf.get(id) ?? null;
  for (let steps = 0; at !== null && steps <= parentOf.size; steps++) {
    if (at === id) return true;
    at = parentOf.get(at) ?? null;
  }
  return false;
}
