import { message } from '../i18n/message.ts';
import { CsvProblem, readCsv } from '../formats/csv/read-csv.ts';
import type { Cell, ReliabilityData } from './reliability-data.ts';

/**
 * A table of units × coders for data coded outside Glossator (the CLI's
 * `agreement --table FILE.csv`): a header row of coder names, then one row
 * per unit, each cell the category that coder gave it; an empty cell is a
 * missing value. Cells and coder names are trimmed — a spreadsheet shows
 * "A" and "A " alike, and a cell of only spaces looks empty — so a cell
 * that is only whitespace is a missing value; otherwise categories are
 * compared exactly as written (nominal).
 *
 * Every way the table can be unusable is refused with a message that says
 * where, because an agreement figure computed over a misread table is worse
 * than none: it looks right and is reported in a paper.
 */

/** More cells than this is not a reliability table anyone codes by hand; reading stops there. */
export const maxTableCells = 2_000_000;

/**
 * A category that begins like a spreadsheet formula (`=`, `+`, `-`, `@`, a
 * tab or a CR): the table was saved with formulas rather than their values,
 * or carries an injection. Plain signed numbers (a `-1` on a stance scale)
 * are categories, not formulas.
 */
const formulaStart = /^[=+\-@\t\r]/;
const signedNumber = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

export function looksLikeFormula(cell: string): boolean {
  return formulaStart.test(cell) && !signedNumber.test(cell);
}

/** Reads a units × coders table; throws CsvProblem (with a `cli:` Message) naming the first fault. */
export function readReliabilityTable(input: Uint8Array | string): ReliabilityData {
  const { rows, lines } = readCsv(input, { maxCells: maxTableCells });
  const header = rows[0];
  if (!header || (header.length === 1 && header[0] === '')) throw new CsvProblem(message('cli:tableEmpty'));
  if (header.length < 2) throw new CsvProblem(message('cli:tableOneCoder', { coder: header[0] ?? '' }));
  const coders = header.map((name) => name.trim());
  const seen = new Set<string>();
  coders.forEach((name, c) => {
    if (name === '') throw new CsvProblem(message('cli:tableBlankCoder', { column: c + 1 }));
    if (seen.has(name)) throw new CsvProblem(message('cli:tableDuplicateCoder', { coder: name }));
    seen.add(name);
  });
  const units: Cell[][] = [];
  let pairable = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const line = lines[r] as number;
    if (row.length !== header.length)
      throw new CsvProblem(message('cli:tableRagged', { line, count: row.length, coders: header.length }));
    let values = 0;
    const unit = row.map((raw, c): Cell => {
      const cell = raw.trim();
      if (cell === '') return null;
      // The cell as written too: a leading tab or CR is what a formula injection hides behind.
      if (looksLikeFormula(raw) || looksLikeFormula(cell))
        throw new CsvProblem(
          message('cli:tableFormula', { line, column: c + 1, coder: coders[c] as string, cell: preview(raw) }),
        );
      values++;
      return cell;
    });
    if (values >= 2) pairable++;
    units.push(unit);
  }
  if (pairable === 0) throw new CsvProblem(message('cli:tableNoPairs', { count: units.length }));
  return { coders, units };
}

/** The start of a cell, quoted in a message: enough to find it, never the whole of a hostile one. */
function preview(cell: string): string {
  const shown = cell.replace(/[\t\r\n]/g, ' ');
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
