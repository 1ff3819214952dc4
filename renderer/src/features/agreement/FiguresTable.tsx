import type { ReactNode } from 'react';
import type { LabelFigures } from '../../../../shared/agreement/agreement-types.ts';
import type { UnitizingFigure } from '../../../../shared/agreement/unitizing-alpha.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { aboutOf } from './OverallFigures.tsx';
import { figureCells } from './figure-cells.ts';
import { type FigureLike, figureText, type LabelCoefficient, labelCoefficients } from './figure-words.ts';

/** One row of a figures table: what it is about, its counts, its coefficients. */
export interface FiguresRow {
  key: string;
  name: ReactNode;
  /** The name in full, for the tooltip of a cut cell. */
  title: string;
  units: number;
  /** An extra count column (the documents table's disagreements). */
  extra?: number;
  figures: LabelFigures;
  unitizing?: UnitizingFigure;
}

interface Props {
  caption: string;
  nameHeader: string;
  extraHeader?: string;
  rows: readonly FiguresRow[];
  /** Cohen's κ is shown only for two coders (null in every row otherwise). */
  twoCoders: boolean;
  withUnitizing: boolean;
}

/** A table of the coefficients per tag, document or pair; an undefined figure says why, with a muted look. */
export function FiguresTable({ caption, nameHeader, extraHeader, rows, twoCoders, withUnitizing }: Props) {
  const { t, language } = useT();
  const { number } = useFormat();
  const columns: LabelCoefficient[] = labelCoefficients.filter((c) => c !== 'cohen' || twoCoders);
  const cells = (row: FiguresRow) => {
    const figures = columns.map((c) => ({ key: c as string, figure: row.figures[c] as FigureLike | null }));
    if (withUnitizing) figures.push({ key: 'unitizing', figure: row.unitizing ?? null });
    return figureCells(figures).map(({ key, figure, span }) => {
      const text = figureText(t, language, figure);
      return (
        <td key={key} colSpan={span > 1 ? span : undefined} className={figure?.value == null ? 'undefined' : 'num'}>
          {text}
        </td>
      );
    });
  };
  if (rows.length === 0) return <p className="agreement-hint">{t('agreement:noRows')}</p>;
  return (
    <div className="agreement-table-wrap">
      <table className="agreement-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="name">
              {nameHeader}
            </th>
            <th scope="col" className="num">
              {t('agreement:col-units')}
            </th>
            {extraHeader && (
              <th scope="col" className="num">
                {extraHeader}
              </th>
            )}
            {columns.map((c) => (
              <th key={c} scope="col" className="num" title={aboutOf(t, c)}>
                {t(`agreement:short-${c}`)}
              </th>
            ))}
            {withUnitizing && (
              <th scope="col" className="num" title={aboutOf(t, 'unitizing')}>
                {t('agreement:short-unitizing')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="name" title={row.title}>
                {row.name}
              </th>
              <td className="num">{number(row.units)}</td>
              {extraHeader && <td className="num">{number(row.extra ?? 0)}</td>}
              {cells(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
