import { type Message, type MessageKey, type MessageParams, message } from '../i18n/message.ts';

/** What a typed date reads as: the value to store, or why it cannot be read (never both). */
export interface ParsedDate {
  /**
   * The date as the data stores it, as precise as it was written: "2023",
   * "2023-09", "2023-09-08" or "2023-09-08T12:51"; null for an empty field
   * (or when it cannot be read).
   */
  value: string | null;
  /** Why the text is not a date, as a message the field words for the user; null when it reads. */
  error: Message | null;
}

export interface DateInputOptions {
  /**
   * Whether a time of day may follow a full date ("08.09.2023 12:51").
   * Document dates take one; statement dates and affiliations hold dates
   * only (PartialDateSchema), so they refuse it. True unless set.
   */
  time?: boolean;
}

/**
 * Reads a date as a researcher types it: a year (2023), a month (09.2023 or
 * 2023-09), a day (08.09.2023, 8.9.2023 or 2023-09-08), and where allowed a
 * time after a day (08.09.2023 12:51, 08.09.2023, 12:51, 2023-09-08T12:51;
 * seconds and a UTC offset are accepted and dropped, as the data keeps the
 * minute as written). Days are checked against the calendar (31.02.2023 is
 * refused). An empty text is no date, without an error.
 */
export function parseDateInput(text: string, options: DateInputOptions = {}): ParsedDate {
  const written = text.trim().replace(/\s+/g, ' ');
  if (written === '') return { value: null, error: null };
  const allowTime = options.time !== false;
  const parts = SPLIT.exec(written);
  if (!parts) return unreadable(written, allowTime);
  const [, datePart = '', timePart] = parts;

  const date = readDate(datePart);
  if (date === null) return unreadable(written, allowTime);
  if ('key' in date) return failure(date);
  const problem = calendarProblem(date);
  if (problem) return failure(problem);
  const day = isoOf(date);

  if (timePart === undefined) return { value: day, error: null };
  const time = TIME.exec(timePart);
  if (!time) return unreadable(written, allowTime);
  if (!allowTime) return failure(message('common:dateOnlyDate'));
  if (date.day === undefined) return failure(message('common:dateTimeNeedsDay'));
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  if (hour > 23 || minute > 59) return failure(message('common:dateNotTime', { time: timePart }));
  return { value: `${day}T${pad(hour)}:${pad(minute)}`, error: null };
}

/** The date, then optionally a time after "T", ", " or a space. */
const SPLIT = /^([\d.-]+?)(?:(?:T|t|,? )(.+))?$/;
const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})\.(\d{4})$/;
const SHORT_YEAR = /^(?:\d{1,2}\.)?\d{1,2}\.\d{2}$/;
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/i;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of a date written in one of the accepted forms, a reason it is refused, or null when it is none of them. */
function readDate(text: string): DateParts | Message | null {
  const iso = ISO.exec(text);
  if (iso) return parts(iso[1], iso[2], iso[3]);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return parts(dayFirst[3], dayFirst[2], dayFirst[1]);
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return parts(monthYear[2], monthYear[1], undefined);
  if (SHORT_YEAR.test(text)) return message('common:dateFullYear');
  return null;
}

function parts(year: string | undefined, month: string | undefined, day: string | undefined): DateParts {
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

/** `month` in dateNoDay is the month's number: the field words its name (common:monthIn-…). */
function calendarProblem({ year, month, day }: DateParts): Message | null {
  if (year === 0) return message('common:dateNoYearZero');
  if (month === undefined) return null;
  if (month < 1 || month > 12) return message('common:dateNoMonth', { month });
  if (day === undefined) return null;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return message('common:dateNoDay', { day, month, year, count: days });
  return null;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoOf({ year, month, day }: DateParts): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  if (day === undefined) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function failure(error: Message): ParsedDate {
  return { value: null, error };
}

/** The refusal of a text that is none of the forms, with the forms it could take. */
function unreadable(written: string, allowTime: boolean): ParsedDate {
  const quoted = written.length > 40 ? `${written.slice(0, 39)}…` : written;
  return failure(message(allowTime ? 'common:dateNotDateWithTime' : 'common:dateNotDate', { text: quoted }));
}

/** A refusal of parseDateInput in a translator's language (the window's, a test's): dateNoDay names its month. */
export function wordDateProblem(t: (key: never, params?: never) => string, problem: Message): string {
  const word = t as unknown as (key: MessageKey | string, params?: MessageParams) => string;
  const month = problem.params?.month;
  if (problem.key !== 'common:dateNoDay' || month === undefined) return word(problem.key, problem.params);
  return word(problem.key, { ...problem.params, monthName: word(`common:monthIn-${month}`) });
}
