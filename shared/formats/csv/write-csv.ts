/**
 * A CSV writer (RFC 4180): fields separated by commas, every record ended
 * by CRLF, a field holding a comma, a quote, CR or LF enclosed in double
 * quotes with its quotes doubled. The first row is the header; the caller
 * gives it like any other.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before
 * one) as a formula — a colleague's memo "=HYPERLINK(…)" or "=cmd|…" would
 * run on the reader's machine (CSV injection, OWASP). Such text cells get a
 * leading apostrophe, which spreadsheets show as text. Numbers are written
 * as numbers and never changed: -0.25 is a figure, not a formula, and R or
 * pandas must read it as one.
 *
 * A BOM at the start (on by default for the callers that save for a user)
 * makes Excel read the UTF-8 as UTF-8 rather than as the system's code page,
 * which would garble Cyrillic names.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface WriteCsvOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF). Default false. */
  readonly bom?: boolean;
}

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One cell as CSV text: empty for null/undefined, numbers as JavaScript writes them (NaN and ±∞ left empty). */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], options: WriteCsvOptions = {}): string {
  const parts: string[] = options.bom ? ['\uFEFF'] : [];
  for (const row of rows) {
    parts.push(row.map(csvField).join(','), '\r\n');
  }
  return parts.join('');
}
