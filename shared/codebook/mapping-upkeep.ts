import type { TagMapping } from '../model/tag-mapping.ts';

/**
 * The mapping changes that keep every mapping pointing at tags that exist
 * after tags are deleted or merged, to be made in the same step (so undo
 * brings both back):
 * - a mapping onto a tag that goes is redirected where that tag's
 *   annotations go (`retag`: a merge's target, a deletion's "move to"), or
 *   removed when they are deleted with it;
 * - a mapping of a tag that goes is removed: that coder's annotations of it
 *   now carry the other tag, which the mapping never spoke of;
 * - a mapping that would then map a tag onto itself is removed.
 */
export function mappingUpkeep(
  mappings: readonly TagMapping[],
  removed: ReadonlySet<string>,
  retag: ReadonlyMap<string, string>,
  now: string,
): Array<{ id: string; after: TagMapping | null }> {
  const out: Array<{ id: string; after: TagMapping | null }> = [];
  for (const m of mappings) {
    if (removed.has(m.fromTagId)) {
      out.push({ id: m.id, after: null });
      continue;
    }
    if (!removed.has(m.toTagId)) continue;
    const to = retag.get(m.toTagId);
    if (!to || to === m.fromTagId || removed.has(to)) out.push({ id: m.id, after: null });
    else out.push({ id: m.id, after: { ...m, toTagId: to, modified: now } });
  }
  return out;
}
