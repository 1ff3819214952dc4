import { parseDateInput } from './parse-date-input.ts';

export interface FormatDateOptions {
  /** False shows the day only, for columns too narrow for a time. True unless set. */
  time?: boolean;
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
  const shown = day ? `${day}.${month}.${year}` : month ? `${month}.${year}` : (year ?? '');
  return time && options.time !== false ? `${shown} ${time}` : shown;
}
