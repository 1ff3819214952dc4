import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { TagMapping } from '../model/tag-mapping.ts';
import type { AgreementQuery, AgreementReport, DocumentFigures } from './agreement-types.ts';
import type { UnitMembers } from './align-units.ts';
import { emptyClassCounts } from './classify-unit.ts';
import { confusionMatrix } from './confusion-matrix.ts';
import { corpusUnitizing, type UnitizingDocument } from './corpus-unitizing.ts';
import { coderColumns, type DocumentUnits, documentUnits } from './document-units.ts';
import { labelFigures } from './label-figures.ts';
import { categoryLabeller, tagKindReader } from './labels.ts';
import { type StatementDocument, statementAgreement } from './statement-agreement.ts';
import type { Cell } from './reliability-data.ts';
import { noUnitizingUnits, perPairFigures, perTagFigures } from './unit-figures.ts';

/**
 * The whole agreement report from plain data the core gathered: no store,
 * no I/O, so the window's figures, the command line's and the tests' are
 * one computation.
 */

export interface AgreementDocument {
  readonly id: string;
  readonly title: string;
  /** Text length in UTF-16 code units: the document's stretch of the αu continuum. */
  readonly textLength: number;
  /** The document's date as written in its metadata (statementDate reads it). */
  readonly date: string | null;
  /** The document's annotations, any coders (those not chosen are ignored). */
  readonly annotations: readonly Annotation[];
}

export interface AgreementInput {
  /** The chosen coders, in the query's order (a coder listed twice counts once). */
  readonly coders: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** The documents compared. */
  readonly documents: readonly AgreementDocument[];
  readonly codebook: Codebook;
  /** The project's tag mappings (those of coders not chosen do nothing). */
  readonly mappings: readonly TagMapping[];
  readonly query: Pick<AgreementQuery, 'tagIds' | 'withSubtags' | 'unit'>;
}

/** Each document's units, formed the query's way: what the report and the units table both read. */
export interface FormedDocument {
  readonly document: AgreementDocument;
  readonly formed: DocumentUnits;
  /** How many chosen coders coded the document at all. */
  readonly coders: number;
}

export function formDocuments(input: AgreementInput): {
  coders: Array<{ id: string; name: string }>;
  documents: FormedDocument[];
} {
  const coders = uniqueCoders(input.coders);
  const columns = coderColumns(coders.map((c) => c.id));
  const categoryOf = categoryLabeller(input.codebook, input.mappings, input.query);
  const documents = input.documents.map((document) => {
    const formed = documentUnits(document.annotations, columns, categoryOf, input.query.unit);
    return { document, formed, coders: formed.coded.filter(Boolean).length };
  });
  return { coders, documents };
}

export function agreementReport(input: AgreementInput): AgreementReport {
  const { coders, documents } = formDocuments(input);
  const coderIds = coders.map((c) => c.id);
  const m = coders.length;
  const classes = emptyClassCounts();
  const allUnits: UnitMembers[] = [];
  const allRows: Cell[][] = [];
  const continuum: UnitizingDocument[] = [];
  const statements: StatementDocument[] = [];
  let orphansExcluded = 0;
  let outsideTags = 0;
  let annotations = 0;
  let commonDocuments = 0;

  const perDocument: DocumentFigures[] = documents.map(({ document, formed, coders: coded }) => {
    const docClasses = emptyClassCounts();
    const rows: Cell[][] = [];
    for (const unit of formed.units) {
      docClasses[unit.class]++;
      classes[unit.class]++;
      allUnits.push(unit.members);
      const row = unit.members.map((m) => m?.category ?? null);
      rows.push(row);
      allRows.push(row);
    }
    orphansExcluded += formed.orphansExcluded;
    outsideTags += formed.outsideTags;
    annotations += formed.spans.length;
    if (coded >= 2) commonDocuments++;
    // αu compares whole continua, so only documents every chosen coder coded are part of it:
    // a document one coder never opened is not evidence that they saw nothing in it.
    const everyone = coded === m && m >= 2;
    const own = { textLength: document.textLength, spans: formed.spans };
    if (everyone) continuum.push(own);
    statements.push({ date: document.date, spans: formed.spans });
    return {
      documentId: document.id,
      title: document.title,
      units: rows.length,
      disagreements: rows.length - docClasses.agree,
      figures: labelFigures(rows, m),
      unitizing: everyone ? corpusUnitizing([own], m).result.overall : noUnitizingUnits,
    };
  });

  const unitizing = corpusUnitizing(continuum, m);
  const kindOf = tagKindReader(input.codebook);
  return {
    coders,
    documents: documents.length,
    commonDocuments,
    unitizingDocuments: continuum.length,
    formation: {
      rule: input.query.unit,
      found: allUnits.length,
      complete: allUnits.length - classes['only-some'],
      incomplete: classes['only-some'],
      orphansExcluded,
      outsideTags,
      annotations,
      mergedSpans: unitizing.merged,
    },
    classes,
    overall: {
      ...labelFigures(allRows, m),
      unitizing: continuum.length > 0 ? unitizing.result.overall : noUnitizingUnits,
    },
    perTag: perTagFigures(allUnits, m, input.codebook, unitizing.result),
    perDocument,
    perPair: perPairFigures(allUnits, coderIds),
    variables: statementAgreement(statements, m, kindOf),
    confusion: confusionMatrix(allUnits, 0, 1, coderIds[0] ?? '', coderIds[1] ?? '', input.codebook),
  };
}

function uniqueCoders(coders: AgreementInput['coders']): Array<{ id: string; name: string }> {
  const seen = new Set<string>();
  const out: Array<{ id: string; name: string }> = [];
  for (const c of coders) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ id: c.id, name: c.name });
  }
  return out;
}
