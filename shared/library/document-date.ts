/**
 * A document's date as the user wrote it, in a form that sorts as text:
 * "2023", "2023-09", "2023-09-08" or "2023-09-08T12:51"; null when it cannot
 * be read. The metadata field is free text (users type anything, importers
 * guess), so besides ISO this also reads the Russian "08.09.2023" and
 * "08.09.2023 12:51". Anything after the recognised start is ignored
 * ("2023-09-08T12:51:30+03:00" reads as "2023-09-08T12:51").
 */
export function dateKey(written: string | undefined): string | null {
  if (!written) return null;
  const value = written.trim();
  const iso = ISO.exec(value);
  if (iso) return keyOf(iso[1]!, iso[2], iso[3], iso[4], iso[5]);
  const dotted = DOTTED.exec(value);
  if (dotted) return keyOf(dotted[3]!, dotted[2]!.padStart(2, '0'), dotted[1]!.padStart(2, '0'), dotted[4], dotted[5]);
  return null;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?(?!\d)/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?(?!\d)/;

function keyOf(
  year: string,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
): string | null {
  if (month === undefined) return year;
  if (!inRange(month, 1, 12)) return null;
  if (day === undefined) return `${year}-${month}`;
  if (!inRange(day, 1, 31)) return null;
  if (hour === undefined || minute === undefined) return `${year}-${month}-${day}`;
  if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59)) return `${year}-${month}-${day}`;
  return `${year}-${month}-${day}T${hour.padStart(2, '0')}:${minute}`;
}

function inRange(digits: string, min: number, max: number): boolean {
  const n = Number(digits);
  return n >= min && n <= max;
}
