import { dateKey } from '../../../shared/library/document-date.ts';
import { formatDate } from '../../../shared/library/format-date.ts';
import type { Message } from '../../../shared/i18n/message.ts';
import { type DateInputOptions, parseDateInput } from '../../../shared/library/parse-date-input.ts';

/** What leaving a date field (or pressing Enter in it) does with what was typed. */
export type DateCommit =
  /** Nothing to save: the text is what the field showed, or reads as the stored value. */
  | { kind: 'keep' }
  /** The text cannot be read: it stays in the field with the reason (worded by wordDateProblem), and nothing is saved. */
  | { kind: 'invalid'; error: Message }
  /** A new value to store: a partial ISO date, or "" when the field was emptied. */
  | { kind: 'save'; value: string };

/**
 * Decides what typed text means for a field that stores `stored`. Text
 * left as the field showed it (formatDate of the stored value) is kept
 * as it is, so opening a dialog and leaving a date written some other way
 * ("сентябрь 2023") never rewrites or refuses it.
 */
export function commitDateText(text: string, stored: string, options: DateInputOptions = {}): DateCommit {
  if (text.trim() === formatDate(stored)) return { kind: 'keep' };
  const parsed = parseDateInput(text, options);
  if (parsed.error !== null) return { kind: 'invalid', error: parsed.error };
  const value = parsed.value ?? '';
  return value === stored.trim() ? { kind: 'keep' } : { kind: 'save', value };
}

/** How the field's title spells out what it accepts (a message key). */
export function dateFormsHint(options: DateInputOptions = {}): 'common:dateForms' | 'common:dateFormsWithTime' {
  return options.time === false ? 'common:dateForms' : 'common:dateFormsWithTime';
}

/**
 * A note for a stored value the Library cannot read as a date (written so
 * before dates were checked, or guessed by an importer), or null.
 */
export function unreadableStoredNote(stored: string): 'common:dateUnreadableStored' | null {
  if (stored.trim() === '' || dateKey(stored) !== null) return null;
  return 'common:dateUnreadableStored';
}
