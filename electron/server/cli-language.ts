import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../shared/i18n/i18n.ts';
import { fallbackLanguage, isLanguage, type Language, pickLanguage } from '../../shared/i18n/languages.ts';
import type { Message } from '../../shared/i18n/message.ts';
import { wordMessage } from '../../shared/i18n/word.ts';

/**
 * The language of the environment, as POSIX tools find it: the first of
 * LC_ALL, LC_MESSAGES and LANG that is set (ru_RU.UTF-8 → ru), English for
 * anything else (C, POSIX, a language Glossator does not speak) or none.
 */
export function environmentLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return value ? pickLanguage([value]) : fallbackLanguage;
}

/**
 * The language chosen in Settings, read from settings.json in `configDir`
 * without writing anything (so `--help` leaves no settings behind); null when
 * none was chosen or the file cannot be read.
 */
export function chosenLanguage(configDir: string): Language | null {
  try {
    const { language } = JSON.parse(readFileSync(join(configDir, 'settings.json'), 'utf8')) as { language?: unknown };
    return isLanguage(language) ? language : null;
  } catch {
    return null;
  }
}

/** The CLI's language: --lang, else the one chosen in Settings, else the environment's, else English. */
export function cliLanguage(given: Language | null, configDir: string, env: NodeJS.ProcessEnv = process.env): Language {
  return given ?? chosenLanguage(configDir) ?? environmentLanguage(env);
}

/** An error in the CLI's language: its Message when it carries one (ApiError's `text`), else its own message. */
export function wordError(t: Translate, error: unknown): string {
  const text = (error as { text?: Message } | null)?.text;
  if (text) return wordMessage(t, text);
  return String((error as Error)?.message ?? error);
}
