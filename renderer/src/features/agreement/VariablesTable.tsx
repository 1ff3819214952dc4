import type { VariableFigures } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { aboutOf } from './OverallFigures.tsx';
import { figureCells } from './figure-cells.ts';
import { type FigureLike, figureText } from './figure-words.ts';

/** Statement-level agreement: per variable, over the statements two or more coders marked (aligned by overlap). */
export function VariablesTable({
  variables,
  twoCoders,
}: {
  variables: readonly VariableFigures[];
  twoCoders: boolean;
}) {
  const { t, language } = useT();
  const { number } = useFormat();
  if (variables.length === 0) return <p className="agreement-hint">{t('agreement:noRows')}</p>;
  const cells = (v: VariableFigures) => {
    const figures: Array<{ key: string; figure: FigureLike | null }> = [{ key: 'percent', figure: v.percent }];
    if (twoCoders) figures.push({ key: 'cohen', figure: v.cohen });
    figures.push({ key: 'alpha', figure: v.alpha });
    return figureCells(figures).map(({ key, figure, span }) => (
      <td key={key} colSpan={span > 1 ? span : undefined} className={figure?.value == null ? 'undefined' : 'num'}>
        {figureText(t, language, figure)}
      </td>
    ));
  };
  return (
    <div className="agreement-table-wrap">
      <table className="agreement-table">
        <caption className="sr-only">{t('agreement:variablesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="name">
              {t('agreement:col-variable')}
            </th>
            <th scope="col" className="num">
              {t('agreement:col-units')}
            </th>
            <th scope="col" className="num" title={aboutOf(t, 'percent')}>
              {t('agreement:short-percent')}
            </th>
            {twoCoders && (
              <th scope="col" className="num" title={aboutOf(t, 'cohen')}>
                {t('agreement:short-cohen')}
              </th>
            )}
            <th scope="col" className="num" title={aboutOf(t, 'alpha')}>
              {t('agreement:short-alpha')}
            </th>
          </tr>
        </thead>
        <tbody>
          {variables.map((v) => (
            <tr key={v.variable}>
              <th scope="row" className="name">
                {t(`agreement:variable-${v.variable}`)}
              </th>
              <td className="num">{number(v.units)}</td>
              {cells(v)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
