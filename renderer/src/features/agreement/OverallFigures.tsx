import type { AgreementReport } from '../../../../shared/agreement/agreement-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { type CoefficientName, type FigureLike, figureText, labelCoefficients } from './figure-words.ts';

/** One card per coefficient: its value (or why it has none), what it was computed over, what it is for. */
export function OverallFigures({ report }: { report: AgreementReport }) {
  const { t, language } = useT();
  const { number } = useFormat();
  const { overall } = report;
  const cards: Array<{ name: CoefficientName; figure: FigureLike | null; over: string }> = labelCoefficients.map(
    (name) => {
      const figure = overall[name];
      return {
        name,
        figure,
        over: figure
          ? t('agreement:unitsOf', {
              units: number(figure.units),
              count: figure.unitsFound,
              n: number(figure.unitsFound),
            })
          : '',
      };
    },
  );
  cards.push({
    name: 'unitizing',
    figure: overall.unitizing,
    over: t('agreement:unitizingOver', { count: report.unitizingDocuments, n: number(report.unitizingDocuments) }),
  });
  return (
    <section className="agreement-section" aria-labelledby="agreement-overall">
      <h2 id="agreement-overall">{t('agreement:overallTitle')}</h2>
      <ul className="agreement-cards">
        {cards.map(({ name, figure, over }) => (
          <li key={name} className="agreement-card" data-coefficient={name}>
            <h3>{t(`agreement:coef-${name}`)}</h3>
            <p className={figure?.value == null ? 'agreement-value undefined' : 'agreement-value'}>
              {figureText(t, language, figure)}
            </p>
            {over && <p className="agreement-over">{over}</p>}
            <p className="agreement-about">{aboutOf(t, name)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What a coefficient is and when to use it, in one line (also the tables' column tooltips). */
export function aboutOf(t: Translate, name: CoefficientName): string {
  return t(`agreement:about-${name}`);
}
