import { useMemo } from 'react';
import type { AgreementReport } from '../../../../shared/agreement/agreement-types.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { AlphaChart } from './AlphaChart.tsx';
import { ChartCard } from './ChartCard.tsx';
import { ConfusionHeatmap } from './ConfusionHeatmap.tsx';
import { categoryName, figureText } from './figure-words.ts';

interface Props {
  report: AgreementReport;
  tags: readonly Tag[];
  nameOf: (coderId: string) => string;
}

/** The confusion heat map of the first two coders and the α-per-tag bars, each with its downloads. */
export function AgreementCharts({ report, tags, nameOf }: Props) {
  const { t, language } = useT();
  const { confusion } = report;
  const labels = useMemo(
    () => [...confusion.labels.map((id) => categoryName(t, tags, id)), t('agreement:notMarked')],
    [confusion.labels, tags, t],
  );
  const bars = useMemo(
    () => report.perTag.map((row) => ({ label: categoryName(t, tags, row.tagId), value: row.figures.alpha.value })),
    [report.perTag, tags, t],
  );
  const undefinedTexts = report.perTag.map((row) => figureText(t, language, row.figures.alpha));
  const a = nameOf(confusion.coderA);
  const b = nameOf(confusion.coderB);
  const confusionTitle = t('agreement:confusionTitle');
  const alphaTitle = t('agreement:alphaChartTitle');
  return (
    <div className="agreement-charts">
      <ChartCard
        id="agreement-confusion"
        title={confusionTitle}
        hint={t('agreement:confusionHint', { a, b })}
        fileName={t('agreement:fileConfusion')}
      >
        {(ref) => (
          <ConfusionHeatmap
            matrix={confusion}
            labels={labels}
            coderA={a}
            coderB={b}
            title={confusionTitle}
            svgRef={ref}
          />
        )}
      </ChartCard>
      {bars.length > 0 && (
        <ChartCard
          id="agreement-alpha-chart"
          title={alphaTitle}
          hint={t('agreement:alphaChartHint')}
          fileName={t('agreement:fileAlpha')}
        >
          {(ref) => <AlphaChart items={bars} undefinedTexts={undefinedTexts} title={alphaTitle} svgRef={ref} />}
        </ChartCard>
      )}
    </div>
  );
}
