import { isReservedKey, type ReservedKey } from '../../../../shared/codebook/shortcuts.ts';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';

/** What a Reader command key does, in the window's language (worded to follow "the key for …"). */
export function reservedPurpose(t: Translate, key: string): string {
  return t(`codebook:reserved-${key === '?' ? 'help' : (key as Exclude<ReservedKey, '?'>)}`);
}

/**
 * Why `key` cannot be the shortcut of tag `tagId` (null: a tag not created
 * yet), worded for the codebook editor, or null when it can or when the key
 * is null (no shortcut). The same checks as shared/codebook/shortcuts.ts's
 * shortcutProblem, in the window's language.
 */
export function shortcutProblem(
  t: Translate,
  tags: readonly Tag[],
  tagId: string | null,
  key: string | null,
): string | null {
  if (key === null) return null;
  if (isReservedKey(key)) return t('codebook:shortcutReserved', { key, purpose: reservedPurpose(t, key) });
  if (!/^[a-z0-9]$/.test(key)) return t('codebook:shortcutNotKey', { key });
  const holder = tags.find((tag) => tag.shortcut === key && tag.id !== tagId);
  if (holder) return t('codebook:shortcutTaken', { key, tag: tagPathLabel(tags, holder.id) });
  return null;
}
