import { type ReservedKey, shortcutProblem as problemOf } from '../../../../shared/codebook/shortcuts.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { wordMessage } from '../../../../shared/i18n/word.ts';

/** What a Reader command key does, in the window's language (worded to follow "the key for …"). */
export function reservedPurpose(t: Translate, key: string): string {
  return t(`codebook:reserved-${key === '?' ? 'help' : (key as Exclude<ReservedKey, '?'>)}`);
}

/**
 * Why `key` cannot be the shortcut of tag `tagId` (null: a tag not created
 * yet), worded for the codebook editor in the window's language, or null
 * when it can or when the key is null (no shortcut): shared/codebook's
 * shortcutProblem, the check the core makes too, worded.
 */
export function shortcutProblem(
  t: Translate,
  tags: readonly Tag[],
  tagId: string | null,
  key: string | null,
): string | null {
  const problem = problemOf(tags, tagId, key);
  return problem ? wordMessage(t, problem) : null;
}
