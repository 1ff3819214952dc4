import { type CsvCell, writeCsv } from '../formats/csv/write-csv.ts';
import { type AgreementInput, formDocuments } from './agreement-report.ts';
import type { AgreementReport, LabelFigures } from './agreement-types.ts';
import type { Coefficient } from './coefficient.ts';
import { tagNameReader } from './labels.ts';
import type { UnitizingFigure } from './unitizing-alpha.ts';

/**
 * The two tables the Agreement view and the command line save, for R,
 * Python or a spreadsheet. Column names and codes (unit classes, scopes,
 * coefficients, reasons) are stable English identifiers, not words of the
 * interface: a script that reads them must not break when the user
 * switches language. Names of coders, tags and documents are the user's.
 */

export interface AgreementCsvOptions {
  /** A UTF-8 byte order mark first, so Excel reads Cyrillic right. Default true. */
  readonly bom?: boolean;
}

/**
 * One row per unit, one column per coder holding the tag's name (empty:
 * that coder did not mark the unit), then one per coder with the tag's id
 * (names can repeat across codebooks; ids cannot). The coder columns alone
 * are the units × coders table `agreement --table` reads.
 */
export function unitsTableCsv(input: AgreementInput, options: AgreementCsvOptions = {}): string {
  const { coders, documents } = formDocuments(input);
  const tagName = tagNameReader(input.codebook);
  const names = columnNames(coders);
  const rows: CsvCell[][] = [
    ['document_id', 'document_title', 'start', 'end', 'class', ...names, ...names.map((n) => `${n} [tag id]`)],
  ];
  for (const { document, formed } of documents) {
    for (const unit of formed.units) {
      const categories = unit.members.map((m) => m?.category ?? null);
      rows.push([
        document.id,
        document.title,
        unit.start,
        unit.end,
        unit.class,
        ...categories.map((c) => (c === null ? null : tagName(c))),
        ...categories,
      ]);
    }
  }
  return writeCsv(rows, { bom: options.bom ?? true });
}

/** Coder display names as column headers; a name two coders share gets the id beside it. */
function columnNames(coders: ReadonlyArray<{ id: string; name: string }>): string[] {
  const count = new Map<string, number>();
  for (const c of coders) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  return coders.map((c) => ((count.get(c.name) ?? 0) > 1 ? `${c.name} (${c.id})` : c.name));
}

const summaryHeader = ['scope', 'id', 'name', 'coefficient', 'value', 'units', 'units_found', 'reason'];

/**
 * One row per figure of the report: scope (overall, tag, document, pair, variable), id, name, coefficient.
 * The id (document id, tag id, "coderA/coderB" ids for a pair, the variable for a variable, empty overall)
 * tells apart two documents or tags of one name and joins the rows to the units table and the project.
 */
export function summaryTableCsv(
  report: AgreementReport,
  input: Pick<AgreementInput, 'codebook'>,
  options: AgreementCsvOptions = {},
): string {
  const tagName = tagNameReader(input.codebook);
  const coderName = new Map(report.coders.map((c) => [c.id, c.name]));
  const rows: CsvCell[][] = [summaryHeader];
  const add = (scope: Scope, figures: LabelFigures, unitizing?: UnitizingFigure) => {
    coefficientRow(rows, scope, 'percent', figures.percent);
    if (figures.cohen) coefficientRow(rows, scope, 'cohen', figures.cohen);
    coefficientRow(rows, scope, 'fleiss', figures.fleiss);
    coefficientRow(rows, scope, 'alpha', figures.alpha);
    coefficientRow(rows, scope, 'ac1', figures.ac1);
    if (unitizing) rows.push([...scope, 'unitizing', unitizing.value, null, null, unitizing.reason]);
  };
  add(['overall', '', ''], report.overall, report.overall.unitizing);
  for (const t of report.perTag) add(['tag', t.tagId, tagName(t.tagId)], t.figures, t.unitizing);
  for (const d of report.perDocument) add(['document', d.documentId, d.title], d.figures, d.unitizing);
  for (const p of report.perPair) {
    const name = `${coderName.get(p.coderA) ?? p.coderA} / ${coderName.get(p.coderB) ?? p.coderB}`;
    add(['pair', `${p.coderA}/${p.coderB}`, name], p.figures);
  }
  for (const v of report.variables) {
    const scope: Scope = ['variable', v.variable, v.variable];
    coefficientRow(rows, scope, 'percent', v.percent);
    if (v.cohen) coefficientRow(rows, scope, 'cohen', v.cohen);
    coefficientRow(rows, scope, 'alpha', v.alpha);
  }
  return writeCsv(rows, { bom: options.bom ?? true });
}

/** A row's first cells: scope, id, name. */
type Scope = readonly [scope: string, id: string, name: string];

function coefficientRow(rows: CsvCell[][], scope: Scope, coefficient: string, c: Coefficient): void {
  rows.push([...scope, coefficient, c.value, c.units, c.unitsFound, c.reason ?? null]);
}
