import type { Tag } from '../model/codebook.ts';
import type { CoderCodebook, TagMapping } from '../model/tag-mapping.ts';
import type { CoderMapping } from './match-coders.ts';

export interface MappingImportInput {
  /** The bundle's mappings (their coder and tag ids). */
  theirs: readonly TagMapping[];
  /** The bundle's codebook (their ids). */
  theirTags: readonly Tag[];
  /** Where each of the bundle's layers goes. */
  layers: readonly CoderMapping[];
  /** Their tag id → ours, as the import puts their annotations (absent: the same id). */
  tagMap: ReadonlyMap<string, string>;
  /** The tags there will be after the import. */
  finalTags: ReadonlySet<string>;
  ours: readonly TagMapping[];
  ourSnapshots: readonly CoderCodebook[];
  now: string;
}

export interface MappingImport {
  mappings: Array<{ id: string; after: TagMapping }>;
  snapshots: Array<{ id: string; after: CoderCodebook }>;
  /** Mappings added; those already here (by id, or the same coder and tag) are kept as they are. */
  added: number;
  same: number;
}

/**
 * What a bundle's tag mappings and codebook add to the project, remapped
 * like its annotations: each mapping into the layer it maps onto, its tags
 * through where the import puts their tags. Mappings already here — by id,
 * or that coder's mapping of that tag — are kept (the project's word on its
 * own mappings wins, as for a layer's records); my own layer's are ignored,
 * as my layer is; one the import made pointless (both tags became one of
 * ours) is left out.
 *
 * Each imported layer's coder gets a snapshot of the bundle's codebook
 * (their ids, names, parents, and where each tag was put), replacing an
 * older one — unless it says the same, so importing a bundle again adds nothing.
 */
export function importTagMappings(input: MappingImportInput): MappingImport {
  const through = (id: string) => input.tagMap.get(id) ?? id;
  const target = new Map<string, string>();
  for (const layer of input.layers) if (layer.kind !== 'mine') target.set(layer.theirs.id, layer.ourId);
  const byId = new Set(input.ours.map((m) => m.id));
  const byTag = new Set(input.ours.map((m) => `${m.coderId} ${m.fromTagId}`));
  const out: MappingImport = { mappings: [], snapshots: [], added: 0, same: 0 };
  for (const m of input.theirs) {
    const coderId = target.get(m.coderId);
    if (!coderId) continue;
    const fromTagId = through(m.fromTagId);
    const toTagId = through(m.toTagId);
    if (fromTagId === toTagId || !input.finalTags.has(fromTagId) || !input.finalTags.has(toTagId)) continue;
    const key = `${coderId} ${fromTagId}`;
    if (byId.has(m.id) || byTag.has(key)) {
      out.same++;
      continue;
    }
    byTag.add(key);
    out.mappings.push({ id: m.id, after: { ...m, coderId, fromTagId, toTagId } });
    out.added++;
  }
  const tags = input.theirTags.map((t) => ({ id: t.id, name: t.name, parent: t.parent }));
  const mappedTo: Record<string, string> = {};
  for (const t of input.theirTags) if (through(t.id) !== t.id) mappedTo[t.id] = through(t.id);
  for (const coderId of new Set(target.values())) {
    const snapshot: CoderCodebook = { id: coderId, tags, mappedTo, taken: input.now };
    const current = input.ourSnapshots.find((s) => s.id === coderId);
    if (current && sameSnapshot(current, snapshot)) continue;
    out.snapshots.push({ id: coderId, after: snapshot });
  }
  return out;
}

/** The same codebook, put the same way (when it was taken aside). */
function sameSnapshot(a: CoderCodebook, b: CoderCodebook): boolean {
  if (a.tags.length !== b.tags.length) return false;
  for (const [i, t] of a.tags.entries()) {
    const u = b.tags[i];
    if (!u || u.id !== t.id || u.name !== t.name || u.parent !== t.parent) return false;
  }
  const keys = Object.keys(a.mappedTo);
  return keys.length === Object.keys(b.mappedTo).length && keys.every((k) => a.mappedTo[k] === b.mappedTo[k]);
}
