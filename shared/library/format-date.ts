import type { Language } from '../i18n/languages.ts';
import { parseDateInput } from './parse-date-input.ts';

export interface FormatDateOptions {
  /** False shows the day only, for columns too narrow for a time. True unless set. */
  time?: boolean;
  /**
   * The user's language: the date is then worded by Intl as that language
   * writes it (ru «8 сентября 2023 г.», en "8 Sep 2023"); without one, as
   * digits, day first ("08.09.2023"), for files and logs.
   */
  language?: Language;
}

/**
 * A date as a researcher writes it, day first and as precise as it is
 * known: "2023", "09.2023", "08.09.2023" or "08.09.2023 12:51" (the time only
 * where one was given). Takes what a document's metadata or a statement
 * holds: the ISO partial dates the app stores, and what the Library reads
 * besides (08.09.2023, 8.9.2023, 9:05; seconds and UTC offsets dropped).
 * Anything else (free text, an impossible day such as 2023-02-31) is shown
 * as written; nothing gives "".
 */
export function formatDate(value: string | null | undefined, options: FormatDateOptions = {}): string {
  const written = value?.trim() ?? '';
  if (written === '') return '';
  const iso = parseDateInput(written).value;
  if (iso === null) return written;
  const [date = '', time] = iso.split('T');
  const [year, month, day] = date.split('-');
  if (options.language)
    return wordedDate(options.language, year, month, day, options.time === false ? undefined : time);
  const shown = day ? `${day}.${month}.${year}` : month ? `${month}.${year}` : (year ?? '');
  return time && options.time !== false ? `${shown} ${time}` : shown;
}

/** A date as a language writes it, only as precise as it is known (a month and year: «сентябрь 2023 г.»). */
function wordedDate(language: Language, year = '', month?: string, day?: string, time?: string): string {
  const [hour = 0, minute = 0] = (time ?? '').split(':').map(Number);
  // Stored dates carry no time zone: shown as written, whatever the machine's zone.
  const moment = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1), hour, minute));
  const parts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) parts.month = language === 'ru' ? 'long' : 'short';
  if (day) parts.day = 'numeric';
  if (time) Object.assign(parts, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return new Intl.DateTimeFormat(intlLocale(language), parts).format(moment);
}

/** English dates day first, as British and most researchers' English has them ("8 Sept 2023"). */
export const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : language);

/** A number as the user's language writes it (ru «10 000», en "10,000"). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}
