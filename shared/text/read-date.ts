/**
 * Reading a written date out of article text: «08.09.2023, 12:51» or «14
 * марта 2024 года». Shared by the cleanup proposal (which recognises a line
 * that is only a date) and the metadata guess (which reads the date from it).
 */

const MONTHS: Record<string, number> = {
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

export const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?(?!\d)/;
export const WORDED_DATE =
  /(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(\d{4})(?:\s*(?:года|г\.))?(?:,?\s+(\d{1,2}):(\d{2}))?(?!\d)/i;

/**
 * The first valid date in `text` as ISO (2023-09-08, or 2023-09-08T12:51 with
 * a time): a numeric one first, else a worded one; an impossible date (31
 * февраля) is passed over. Null when there is none.
 */
export function readDate(text: string): string | null {
  for (const [, d, m, y, hh, mm] of text.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))) {
    const date = isoDate(Number(y), Number(m), Number(d), hh, mm);
    if (date) return date;
  }
  for (const [, d, month, y, hh, mm] of text.matchAll(new RegExp(WORDED_DATE.source, 'gi'))) {
    const date = isoDate(Number(y), MONTHS[month!.toLowerCase()]!, Number(d), hh, mm);
    if (date) return date;
  }
  return null;
}

/**
 * Whether `line` is nothing but a date (and perhaps a time): «08.09.2023,
 * 12:51», «12:51 | 08.09.2023», «8 сентября 2023 г.». Such a line is page
 * furniture once the date is in the Date field.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 40 || !readDate(line)) return false;
  const rest = line
    .replace(new RegExp(NUMERIC_DATE.source, 'g'), '')
    .replace(new RegExp(WORDED_DATE.source, 'gi'), '')
    .replace(/(?<!\d)\d{1,2}:\d{2}(?!\d)/g, '');
  return /^[\s,.\-–—|/]*$/.test(rest);
}

function isoDate(year: number, month: number, day: number, hh?: string, mm?: string): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return hh && mm && Number(hh) < 24 && Number(mm) < 60 ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
}
