import { type Translate, translator } from './i18n.ts';
import type { Message } from './message.ts';
import { wordMessage } from './word.ts';

let english: Translate | null = null;

/** A Message in English (the translator is made once, when first needed): for logs, errors' `message`, and tests. */
export function inEnglish(text: Message | string | null | undefined): string {
  english ??= translator('en');
  return wordMessage(english, text);
}
