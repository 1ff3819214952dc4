import { type Message, message } from '../i18n/message.ts';
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
 * yet), or null when it can or when the key is null (no shortcut). Worded
 * for the codebook editor (the window and the core word the same Message):
 * “s” is the key for setting the speaker; “2” is already the shortcut of
 * Proposal. A reserved key's purpose is `codebook:reserved-<key>` ("help"
 * for "?").
 */
export function shortcutProblem(tags: readonly Tag[], tagId: string | null, key: string | null): Message | null {
  if (key === null) return null;
  if (isReservedKey(key)) return message('errors:shortcutReserved', { key, purpose: key === '?' ? 'help' : key });
  if (!/^[a-z0-9]$/.test(key)) return message('errors:shortcutNotKey', { key });
  const holder = tags.find((t) => t.shortcut === key && t.id !== tagId);
  if (holder) return message('errors:shortcutTaken', { key, tag: tagPathLabel(tags, holder.id) });
  return null;
}
