import type { VariableFigures } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { aboutOf } from './OverallFigures.tsx';
import { figureText } from './figure-words.ts';

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
  const cell = (figure: Parameters<typeof figureText>[2]) => {
    const text = figureText(t, language, figure);
    return (
      <td className={figure?.value == null ? 'num undefined' : 'num'} title={figure?.value == null ? text : undefined}>
        {text}
      </td>
    );
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
              {cell(v.percent)}
              {twoCoders && cell(v.cohen)}
              {cell(v.alpha)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
