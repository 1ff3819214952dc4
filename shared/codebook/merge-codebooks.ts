import { because, type Message } from '../i18n/message.ts';
import type { Tag } from '../model/codebook.ts';
import { limits } from '../model/limits.ts';
import { shortcutProblem } from './shortcuts.ts';
import { nameKey } from '../text/unique-names.ts';
import { tagPathLabel, tagsInTreeOrder } from './tag-tree.ts';

/** The outcome of importing a codebook into the current one. */
export interface CodebookMerge {
  /** The merged codebook: the current tags (updated, in their order), then the new ones. */
  tags: Tag[];
  /** How many incoming tags were new. */
  added: number;
  /** How many current tags changed (colour, description, kind or shortcut). */
  updated: number;
  /** One message per incoming shortcut that was not taken over, and why (worded in the user's language). */
  shortcutConflicts: Message[];
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * Merges an imported codebook into the current one, so teams can share a
 * codebook without losing their own additions. An incoming tag is the same
 * as a current one when it has the same id, or else the same name
 * (ignoring case) under the same, already matched, parent. A matched tag
 * takes the incoming colour, description and kind but keeps its name and
 * place; its shortcut changes only if the incoming one is free. Other
 * incoming tags are added with their id, or a fresh one when the id is
 * taken (ids are compared ignoring case, as on Windows and macOS disks).
 * Current tags are never removed: annotations may use them. An incoming
 * shortcut that is a Reader command key or belongs to another tag is left
 * out and explained in `shortcutConflicts`; tags are handled parents first,
 * in stored order, and each sees the shortcuts as they stand by then.
 * Never changes its inputs.
 */
export function mergeCodebooks(current: readonly Tag[], incoming: readonly Tag[]): CodebookMerge {
  const tags: Tag[] = current.map((t) => ({ ...t }));
  const indexOf = new Map(tags.map((t, i) => [t.id, i]));
  const takenIds = new Set(tags.map((t) => t.id.toLowerCase()));
  const currentIds = new Set(current.map((t) => t.id));
  // Indexes by "parent + name", so a codebook of thousands of tags merges in linear time.
  const currentByName = new Map<string, Tag>();
  for (const t of current) {
    const slot = nameSlot(t.parent, t.name);
    if (!currentByName.has(slot)) currentByName.set(slot, t);
  }
  const usedNames = new Set(currentByName.keys());
  const target = new Map<string, string>();
  const claimed = new Set<string>();
  for (const tag of incoming) {
    if (currentIds.has(tag.id) && !claimed.has(tag.id)) {
      target.set(tag.id, tag.id);
      claimed.add(tag.id);
    }
  }
  let added = 0;
  const changed = new Set<string>();
  const shortcutConflicts: Message[] = [];

  for (const { tag } of tagsInTreeOrder(incoming)) {
    // A parent missing from the incoming list (never in a checked file) is looked up among the current tags.
    const parent =
      tag.parent === null ? null : (target.get(tag.parent) ?? (currentIds.has(tag.parent) ? tag.parent : null));
    let id = target.get(tag.id);
    if (id === undefined) {
      const twin = currentByName.get(nameSlot(parent, tag.name));
      if (twin && !claimed.has(twin.id)) {
        id = twin.id;
        target.set(tag.id, id);
        claimed.add(id);
      }
    }

    if (id !== undefined) {
      const index = indexOf.get(id)!;
      const old = tags[index]!;
      const next: Tag = { ...old, color: tag.color, description: tag.description, kind: tag.kind };
      if (tag.shortcut !== null && tag.shortcut !== old.shortcut) {
        const problem = shortcutProblem(tags, id, tag.shortcut);
        if (problem) shortcutConflicts.push(conflict(tag.shortcut, tagPathLabel(tags, id), problem));
        else next.shortcut = tag.shortcut;
      }
      if (
        next.color !== old.color ||
        next.description !== old.description ||
        next.kind !== old.kind ||
        next.shortcut !== old.shortcut
      ) {
        changed.add(id);
      }
      tags[index] = next;
      continue;
    }

    const newId = takenIds.has(tag.id.toLowerCase()) || !idPattern.test(tag.id) ? freshId(tag.id, takenIds) : tag.id;
    const fresh: Tag = {
      id: newId,
      name: freeName(usedNames, parent, tag.name),
      parent,
      color: tag.color,
      description: tag.description,
      shortcut: null,
      kind: tag.kind,
    };
    usedNames.add(nameSlot(parent, fresh.name));
    indexOf.set(newId, tags.length);
    takenIds.add(newId.toLowerCase());
    target.set(tag.id, newId);
    tags.push(fresh);
    added++;
    if (tag.shortcut !== null) {
      const problem = shortcutProblem(tags, newId, tag.shortcut);
      if (problem) shortcutConflicts.push(conflict(tag.shortcut, tagPathLabel(tags, newId), problem));
      else fresh.shortcut = tag.shortcut;
    }
  }
  return { tags, added, updated: changed.size, shortcutConflicts };
}

/** In English: the import's result carries sentences (shared/ipc/results.ts), which the window shows as they are. */
function conflict(key: string, label: string, problem: Message): Message {
  return because('errors:shortcutNotImported', problem, { key, label });
}

/** An id like `base` (or "tag" when nothing of it is usable) that matches the id pattern and is not taken. */
function freshId(base: string, taken: ReadonlySet<string>): string {
  let stem = base.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (stem === '') stem = 'tag';
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${stem.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** `name`, or "name (2)", "name (3)", … when a sibling already has it. */
function freeName(used: ReadonlySet<string>, parent: string | null, name: string): string {
  if (!used.has(nameSlot(parent, name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, limits.nameLength - suffix.length)}${suffix}`;
    if (!used.has(nameSlot(parent, candidate))) return candidate;
  }
}

/** The key under which a name is unique: its parent and its name as compared (see nameKey). */
function nameSlot(parent: string | null, name: string): string {
  return `${parent ?? ''}\u0000${nameKey(name)}`;
}
