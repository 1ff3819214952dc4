import type { Translate } from '../i18n/i18n.ts';
import type { Message, MessageParams } from '../i18n/message.ts';

/**
 * What the import's core said (a reason, a warning) in a language (the
 * window's, the CLI's, a test's). A page with scripts and frames names
 * both counts, each worded with its own plural.
 */
export function wordImportMessage(t: Translate, m: Message | null | undefined): string {
  if (!m) return '';
  const word = t as unknown as (key: string, params?: MessageParams) => string;
  if (m.key === 'importing:warningScriptsAndFrames') {
    return word(m.key, {
      scripts: word('importing:scriptCount', { count: Number(m.params?.scripts ?? 0) }),
      frames: word('importing:frameCount', { count: Number(m.params?.frames ?? 0) }),
    });
  }
  return word(m.key, m.params);
}
