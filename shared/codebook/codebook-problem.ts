import { type Message, message } from '../i18n/message.ts';
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
export function codebookProblem(tags: readonly Tag[]): Message | null {
  const byId = new Map<string, Tag>();
  for (const tag of tags) {
    const other = byId.get(tag.id);
    if (other) return message('errors:codebookProblem-sameId', { id: tag.id, first: other.name, second: tag.name });
    byId.set(tag.id, tag);
  }
  for (const tag of tags) {
    if (tag.parent !== null && !byId.has(tag.parent)) {
      return message('errors:codebookProblem-noParent', { name: tag.name, parent: tag.parent });
    }
  }
  const cycle = firstCycle(tags, byId);
  if (cycle) return message('errors:codebookProblem-cycle', { cycle: cycle.map((t) => t.name).join(' › ') });
  const byShortcut = new Map<string, Tag>();
  for (const tag of tags) {
    if (tag.shortcut === null) continue;
    const other = byShortcut.get(tag.shortcut);
    if (other) {
      return message('errors:codebookProblem-sameShortcut', { first: other.name, second: tag.name, key: tag.shortcut });
    }
    byShortcut.set(tag.shortcut, tag);
  }
  const byName = new Map<string, Tag>();
  for (const tag of tags) {
    const key = `${tag.parent ?? ''}\u0000${nameKey(tag.name)}`;
    const other = byName.get(key);
    if (other) {
      return tag.parent === null
        ? message('errors:codebookProblem-sameNameTop', { name: tag.name })
        : message('errors:codebookProblem-sameNameUnder', { name: tag.name, parent: byId.get(tag.parent)!.name });
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
