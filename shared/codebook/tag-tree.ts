import { type Message, message } from '../i18n/message.ts';
import type { Tag } from '../model/codebook.ts';
import { findNameClash } from '../text/unique-names.ts';

/** A tag with how deep it sits: 0 for a top-level tag, 1 for its sub-tags, and so on. */
export interface TreeRow {
  tag: Tag;
  depth: number;
}

/** Separator of a tag path as shown to the user, e.g. "Proposal › Cooperation". */
export const tagPathSeparator = ' › ';

/**
 * The direct sub-tags of a tag (or the top-level tags for null), in stored
 * order: the order of siblings is the order the user arranged them in.
 */
export function childrenOf(tags: readonly Tag[], parentId: string | null): Tag[] {
  return tags.filter((t) => t.parent === parentId);
}

/**
 * Ids of every tag below `tagId` at any depth, NOT including `tagId`
 * itself, depth first in tree order. Callers that act on a whole subtree
 * (delete, merge checks) add the tag themselves, which keeps "the tag" and
 * "what hangs under it" apart where messages have to tell them apart.
 * Safe on damaged data: a cycle in parents is not followed twice.
 */
export function descendantIds(tags: readonly Tag[], tagId: string): string[] {
  const children = childIndex(tags);
  const out: string[] = [];
  const seen = new Set<string>([tagId]);
  const stack = [...(children.get(tagId) ?? [])].reverse();
  while (stack.length > 0) {
    const tag = stack.pop()!;
    if (seen.has(tag.id)) continue;
    seen.add(tag.id);
    out.push(tag.id);
    const below = children.get(tag.id) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
  }
  return out;
}

/**
 * The tags above `tagId`, from the top-level tag down to its parent (empty
 * for a top-level or unknown tag). Stops at a missing parent or a cycle
 * instead of looping, so it is safe on a codebook that has not been checked.
 */
export function ancestors(tags: readonly Tag[], tagId: string): Tag[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const out: Tag[] = [];
  const seen = new Set<string>([tagId]);
  let parentId = byId.get(tagId)?.parent ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    out.push(parent);
    parentId = parent.parent;
  }
  return out.reverse();
}

/** The tags from the top level down to `tagId` itself (empty for an unknown id). */
export function tagPath(tags: readonly Tag[], tagId: string): Tag[] {
  const tag = tags.find((t) => t.id === tagId);
  return tag ? [...ancestors(tags, tagId), tag] : [];
}

/**
 * A tag named with its ancestors, "Proposal › Cooperation", so that two
 * sub-tags of the same name under different parents can be told apart in
 * lists and messages. An unknown id is shown as itself, never as blank.
 */
export function tagPathLabel(tags: readonly Tag[], tagId: string): string {
  const path = tagPath(tags, tagId);
  return path.length > 0 ? path.map((t) => t.name).join(tagPathSeparator) : tagId;
}

/** How many ancestors a tag has: 0 for a top-level (or unknown) tag. */
export function tagDepth(tags: readonly Tag[], tagId: string): number {
  return ancestors(tags, tagId).length;
}

/**
 * Every tag once, as the codebook tree is drawn: each tag followed by its
 * sub-tags, siblings in stored order. Tags whose parent is missing, or that
 * sit in a cycle of parents, are listed as top-level tags at the end rather
 * than hidden: a tag the user cannot see is a tag they cannot repair.
 */
export function tagsInTreeOrder(tags: readonly Tag[]): TreeRow[] {
  const children = childIndex(tags);
  const ids = new Set(tags.map((t) => t.id));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (root: Tag): void => {
    const stack: TreeRow[] = [{ tag: root, depth: 0 }];
    while (stack.length > 0) {
      const row = stack.pop()!;
      if (seen.has(row.tag.id)) continue;
      seen.add(row.tag.id);
      rows.push(row);
      const below = children.get(row.tag.id) ?? [];
      for (let i = below.length - 1; i >= 0; i--) stack.push({ tag: below[i]!, depth: row.depth + 1 });
    }
  };
  for (const tag of tags) if (tag.parent === null) walk(tag);
  for (const tag of tags) if (tag.parent !== null && !ids.has(tag.parent)) walk(tag);
  for (const tag of tags) walk(tag);
  return rows;
}

/**
 * Why `tagId` cannot be moved under `newParentId` (null: to the top level),
 * or null when it can. A tag cannot become its own ancestor: that would
 * cut its subtree off from the tree.
 */
export function moveProblem(tags: readonly Tag[], tagId: string, newParentId: string | null): Message | null {
  const tag = tags.find((t) => t.id === tagId);
  if (!tag) return message('errors:noTagWithId', { id: tagId });
  if (newParentId === null) return null;
  const parent = tags.find((t) => t.id === newParentId);
  if (!parent) return message('errors:noTagToMoveUnder', { id: newParentId, name: tag.name });
  if (newParentId === tagId) return message('errors:moveTagUnderItself', { name: tag.name });
  if (descendantIds(tags, tagId).includes(newParentId)) {
    return message('errors:moveTagUnderSubTag', { name: tag.name, subTag: tagPathLabel(tags, newParentId) });
  }
  return null;
}

/**
 * The sibling under `parentId` whose name is the same as `name` (see
 * nameKey: "Terrorism" and "terrorism " are one name to a coder), leaving
 * out the tag `exceptId`. Sibling names must be unique so a tag path names
 * exactly one tag.
 */
export function siblingNamed(
  tags: readonly Tag[],
  parentId: string | null,
  name: string,
  exceptId: string | null = null,
): Tag | undefined {
  const siblings = tags.filter((t) => t.parent === parentId);
  return findNameClash(siblings, name, exceptId);
}

function childIndex(tags: readonly Tag[]): Map<string | null, Tag[]> {
  const index = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const list = index.get(tag.parent);
    if (list) list.push(tag);
    else index.set(tag.parent, [tag]);
  }
  return index;
}
