import type { Tag } from '../model/codebook.ts';
import { nameKey } from '../text/unique-names.ts';

/**
 * The first thing that makes a list of tags (each valid on its own) unusable
 * as a codebook, or null when there is none: two tags with one id, a parent
 * that does not exist, parents that go round in a circle, two tags on one
 * shortcut key, or two sub-tags of one parent with the same name. The
 * schema checks each tag; this checks how they fit together, which the
 * tree functions and the Reader's shortcuts rely on.
 */
export function codebookProblem(tags: readonly Tag[]): string | null {
  const byId = new Map<string, Tag>();
  for (const tag of tags) {
    const other = byId.get(tag.id);
    if (other) return `Two tags have the id “${tag.id}” (“${other.name}” and “${tag.name}”).`;
    byId.set(tag.id, tag);
  }
  for (const tag of tags) {
    if (tag.parent !== null && !byId.has(tag.parent)) {
      return `The tag “${tag.name}” has the parent “${tag.parent}”, which is not in the codebook.`;
    }
  }
  const cycle = firstCycle(tags, byId);
  if (cycle) return `The parents of these tags go round in a circle: ${cycle.map((t) => t.name).join(' › ')}.`;
  const byShortcut = new Map<string, Tag>();
  for (const tag of tags) {
    if (tag.shortcut === null) continue;
    const other = byShortcut.get(tag.shortcut);
    if (other) return `“${other.name}” and “${tag.name}” both have the shortcut “${tag.shortcut}”.`;
    byShortcut.set(tag.shortcut, tag);
  }
  const byName = new Map<string, Tag>();
  for (const tag of tags) {
    const key = `${tag.parent ?? ''}\u0000${nameKey(tag.name)}`;
    const other = byName.get(key);
    if (other) {
      const where = tag.parent === null ? 'Two top-level tags' : `Two sub-tags of “${byId.get(tag.parent)!.name}”`;
      return `${where} are both named “${tag.name}”.`;
    }
    byName.set(key, tag);
  }
  return null;
}

/** The tags of the first cycle of parents, each the parent of the next, starting and ending with the same tag. */
function firstCycle(tags: readonly Tag[], byId: Map<string, Tag>): Tag[] | null {
  const done = new Set<string>();
  for (const start of tags) {
    const onPath = new Map<string, number>();
    const path: Tag[] = [];
    let tag: Tag | undefined = start;
    while (tag && !done.has(tag.id)) {
      const at = onPath.get(tag.id);
      if (at !== undefined) return [...path.slice(at), tag].reverse();
      onPath.set(tag.id, path.length);
      path.push(tag);
      tag = tag.parent === null ? undefined : byId.get(tag.parent);
    }
    for (const t of path) done.add(t.id);
  }
  return null;
}
