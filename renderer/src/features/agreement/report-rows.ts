import type { AgreementReport, DocumentFigures } from '../../../../shared/agreement/agreement-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { FiguresRow } from './FiguresTable.tsx';
import { categoryName } from './figure-words.ts';

/** The per-tag rows, named by their codebook path. */
export function tagRows(t: Translate, tags: readonly Tag[], report: AgreementReport): FiguresRow[] {
  return report.perTag.map((row) => {
    const name = categoryName(t, tags, row.tagId);
    return { key: row.tagId, name, title: name, units: row.units, figures: row.figures, unitizing: row.unitizing };
  });
}

/** The documents, most disagreements first (the ones to review), then by title. */
export function documentRows(report: AgreementReport, language: string): FiguresRow[] {
  const sorted = [...report.perDocument].sort(
    (a: DocumentFigures, b: DocumentFigures) =>
      b.disagreements - a.disagreements || a.title.localeCompare(b.title, language),
  );
  return sorted.map((row) => ({
    key: row.documentId,
    name: row.title,
    title: row.title,
    units: row.units,
    extra: row.disagreements,
    figures: row.figures,
    unitizing: row.unitizing,
  }));
}

/** The coder pairs, each named "A — B" with the names the report carries. */
export function pairRows(t: Translate, report: AgreementReport, nameOf: (coderId: string) => string): FiguresRow[] {
  return report.perPair.map((row) => {
    const name = t('agreement:pairName', { a: nameOf(row.coderA), b: nameOf(row.coderB) });
    return { key: `${row.coderA} ${row.coderB}`, name, title: name, units: row.units, figures: row.figures };
  });
}
