import type { Tag } from '../model/codebook.ts';
import { tagPathLabel } from './tag-tree.ts';

/**
 * The Reader's command keys, each with what it does (worded to follow "the
 * key for …"). A tag shortcut on one of these would either shadow the
 * command or never fire, so these keys can never be given to a tag.
 */
export const reservedKeys = Object.freeze({
  n: 'going to the next annotation',
  p: 'going to the previous annotation',
  s: 'setting the speaker',
  r: 'setting the addressee',
  t: 'setting the stance',
  a: 'tagging a mention of an actor',
  c: 'creating an actor from the selection',
  m: 'editing the memo',
  g: 'picking any tag by name',
  l: 'linking the selected annotation to another',
  '?': 'showing help',
} as const);

/** One of the Reader's command keys. */
export type ReservedKey = keyof typeof reservedKeys;

/** Whether a key is one of the Reader's command keys (own keys only: "constructor" is not a key). */
export function isReservedKey(key: string): key is ReservedKey {
  return Object.hasOwn(reservedKeys, key);
}

/**
 * Why `key` cannot be the shortcut of tag `tagId` (null: a tag not created
 * yet), or null when it can or when the key is null (no shortcut). Written
 * for the codebook editor: “s” is the key for setting the speaker; “2” is
 * already the shortcut of Proposal.
 */
export function shortcutProblem(tags: readonly Tag[], tagId: string | null, key: string | null): string | null {
  if (key === null) return null;
  if (isReservedKey(key)) return `“${key}” is the key for ${reservedKeys[key]}.`;
  if (!/^[a-z0-9]$/.test(key)) return `A shortcut is one lowercase letter (a–z) or digit (0–9), not “${key}”.`;
  const holder = tags.find((t) => t.shortcut === key && t.id !== tagId);
  if (holder) return `“${key}” is already the shortcut of ${tagPathLabel(tags, holder.id)}.`;
  return null;
}
