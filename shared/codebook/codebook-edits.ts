import { message } from '../i18n/message.ts';
import { type Tag, type TagKind, TagSchema } from '../model/codebook.ts';
import { CodebookError } from './codebook-error.ts';
import { shortcutProblem } from './shortcuts.ts';
import { descendantIds, moveProblem, siblingNamed, tagPathLabel } from './tag-tree.ts';

/**
 * A tag as the codebook editor creates it. Left out, the description is
 * empty, there is no shortcut, and the kind is the parent's (a sub-tag of
 * Claim is a statement too) or 'plain' at the top level.
 */
export interface NewTag {
  id: string;
  name: string;
  parent: string | null;
  color: string;
  description?: string;
  shortcut?: string | null;
  kind?: TagKind;
}

/** What the codebook editor may change on a tag; the id never changes (annotations refer to it). */
export type TagChanges = Partial<Pick<Tag, 'name' | 'color' | 'description' | 'shortcut' | 'parent' | 'kind'>>;

/** A merge, planned: the new codebook, and which tag each affected annotation moves to. */
export interface MergePlan {
  tags: Tag[];
  /** Old tag id → new tag id, for every annotation of a tag that disappears. */
  retag: Map<string, string>;
}

/** What to do with the annotations of deleted tags: move them to another tag, or delete them too. */
export type DeleteMode = { moveTo: string } | 'delete-annotations';

/** A deletion, planned: the new codebook and what happens to the annotations of the removed tags. */
export interface DeletePlan {
  tags: Tag[];
  /** The tag and all its sub-tags, in tree order. */
  removedTagIds: string[];
  /** With `moveTo`: every removed tag id → `moveTo`. Empty when annotations are deleted. */
  retag: Map<string, string>;
  /** With 'delete-annotations': the removed tag ids, whose annotations go too. Empty otherwise. */
  deleteTagIds: Set<string>;
}

/** The tag fields a refusal can name (`errors:tagField-…`); any other problem is of "the tag". */
const fieldNames = new Set(['id', 'name', 'parent', 'color', 'description', 'shortcut', 'kind']);

/**
 * The codebook with a new tag appended (after its future siblings). Throws
 * a CodebookError with a message for the user when the tag is malformed, its id
 * is taken, its parent does not exist, a sibling has the same name, or the
 * shortcut is reserved or taken. Never changes `tags`.
 */
export function addTag(tags: readonly Tag[], draft: NewTag): Tag[] {
  if (tags.some((t) => t.id === draft.id))
    throw new CodebookError('conflict', message('errors:tagIdTaken', { id: draft.id }));
  const parent = draft.parent === null ? null : tags.find((t) => t.id === draft.parent);
  if (parent === undefined)
    throw new CodebookError('not-found', message('errors:noParentTag', { id: String(draft.parent) }));
  const tag = checkedTag({
    id: draft.id,
    name: draft.name,
    parent: draft.parent,
    color: draft.color,
    description: draft.description ?? '',
    shortcut: draft.shortcut ?? null,
    kind: draft.kind ?? parent?.kind ?? 'plain',
  });
  assertNameFree(tags, tag);
  assertShortcutFree(tags, tag);
  return [...tags, tag];
}

/**
 * The codebook with some fields of one tag changed. A new parent must not
 * be the tag itself or one of its sub-tags. Changing the kind does not
 * change the kind of sub-tags: each tag's kind is its own once created.
 * Throws a CodebookError with a message for the user; never changes `tags`.
 */
export function updateTag(tags: readonly Tag[], tagId: string, changes: TagChanges): Tag[] {
  const old = tags.find((t) => t.id === tagId);
  if (!old) throw new CodebookError('not-found', message('errors:noTagWithId', { id: tagId }));
  const next: Tag = { ...old };
  if (changes.name !== undefined) next.name = changes.name;
  if (changes.color !== undefined) next.color = changes.color;
  if (changes.description !== undefined) next.description = changes.description;
  if (changes.shortcut !== undefined) next.shortcut = changes.shortcut;
  if (changes.parent !== undefined) next.parent = changes.parent;
  if (changes.kind !== undefined) next.kind = changes.kind;
  if (next.parent !== old.parent) {
    const problem = moveProblem(tags, tagId, next.parent);
    if (problem)
      throw new CodebookError(problem.key.startsWith('errors:noTag') ? 'not-found' : 'invalid-input', problem);
  }
  const tag = checkedTag(next);
  assertNameFree(tags, tag);
  if (tag.shortcut !== old.shortcut) assertShortcutFree(tags, tag);
  return tags.map((t) => (t.id === tagId ? tag : t));
}

/**
 * Plans merging tag `fromId` into `intoId`: `from` disappears, its
 * annotations are retagged to `into`, and its direct sub-tags move under
 * `into` (their own sub-tags stay with them). Merging into one's own
 * sub-tag is refused: the sub-tag would end up under itself. Throws a
 * CodebookError with a message for the user; never changes `tags`.
 */
export function planMerge(tags: readonly Tag[], fromId: string, intoId: string): MergePlan {
  const from = tags.find((t) => t.id === fromId);
  if (!from) throw new CodebookError('not-found', message('errors:noTagToMerge', { id: fromId }));
  const into = tags.find((t) => t.id === intoId);
  if (!into) throw new CodebookError('not-found', message('errors:noTagToMergeInto', { id: intoId }));
  if (fromId === intoId)
    throw new CodebookError('invalid-input', message('errors:mergeTagIntoItself', { name: from.name }));
  if (descendantIds(tags, fromId).includes(intoId)) {
    throw new CodebookError(
      'invalid-input',
      message('errors:mergeTagIntoSubTag', { name: from.name, subTag: tagPathLabel(tags, intoId) }),
    );
  }
  for (const child of tags) {
    if (child.parent !== fromId) continue;
    if (siblingNamed(tags, intoId, child.name)) {
      throw new CodebookError(
        'conflict',
        message('errors:mergeSubTagClash', { into: into.name, child: child.name, from: from.name }),
      );
    }
  }
  return {
    tags: tags.filter((t) => t.id !== fromId).map((t) => (t.parent === fromId ? { ...t, parent: intoId } : t)),
    retag: new Map([[fromId, intoId]]),
  };
}

/**
 * Plans deleting a tag with all its sub-tags. Their annotations either move
 * to the tag `mode.moveTo` (which must survive the deletion) or are deleted
 * with them. Throws a CodebookError with a message for the user; never changes
 * `tags`.
 */
export function planDelete(tags: readonly Tag[], tagId: string, mode: DeleteMode): DeletePlan {
  const tag = tags.find((t) => t.id === tagId);
  if (!tag) throw new CodebookError('not-found', message('errors:noTagToDelete', { id: tagId }));
  const removedTagIds = [tagId, ...descendantIds(tags, tagId)];
  const removed = new Set(removedTagIds);
  const plan: DeletePlan = {
    tags: tags.filter((t) => !removed.has(t.id)),
    removedTagIds,
    retag: new Map(),
    deleteTagIds: new Set(),
  };
  if (mode === 'delete-annotations') {
    plan.deleteTagIds = removed;
    return plan;
  }
  const target = tags.find((t) => t.id === mode.moveTo);
  if (!target) throw new CodebookError('not-found', message('errors:noTagToMoveTo', { id: mode.moveTo }));
  if (removed.has(target.id)) {
    throw new CodebookError(
      'invalid-input',
      target.id === tagId
        ? message('errors:moveToDeletedTag', { target: target.name })
        : message('errors:moveToDeletedSubTag', { target: target.name, tag: tag.name }),
    );
  }
  for (const id of removedTagIds) plan.retag.set(id, target.id);
  return plan;
}

function checkedTag(candidate: Tag): Tag {
  const result = TagSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = fieldNames.has(String(issue.path[0])) ? String(issue.path[0]) : 'tag';
  if (issue.code === 'too_small' && issue.path[0] === 'name')
    throw new CodebookError('invalid-input', message('errors:tagNeedsName'));
  if (issue.code === 'too_big') {
    throw new CodebookError('too-large', message('errors:tagFieldTooLong', { field, count: Number(issue.maximum) }));
  }
  // zod's own wording of the problem, in English.
  throw new CodebookError('invalid-input', message('errors:tagFieldInvalid', { field, detail: issue.message }));
}

function assertNameFree(tags: readonly Tag[], tag: Tag): void {
  const twin = siblingNamed(tags, tag.parent, tag.name, tag.id);
  if (!twin) return;
  throw new CodebookError(
    'conflict',
    tag.parent === null
      ? message('errors:tagNameTakenTop', { name: twin.name })
      : message('errors:tagNameTakenUnder', { name: twin.name, parent: tagPathLabel(tags, tag.parent) }),
  );
}

function assertShortcutFree(tags: readonly Tag[], tag: Tag): void {
  const problem = shortcutProblem(tags, tag.id, tag.shortcut);
  if (problem) throw new CodebookError('conflict', problem);
}
