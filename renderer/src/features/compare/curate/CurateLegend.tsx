import { useT } from '../../../i18n/i18n.ts';
import { useFormat } from '../../../i18n/use-format.ts';
import type { CurationIndex } from './curation-index.ts';
import { curationStates, stateSigns } from './curation-marks.ts';

/** The curation states with their signs, outlines and counts, and how many curated annotations the document has. */
export function CurateLegend({ curation }: { curation: CurationIndex }) {
  const { t } = useT();
  const { number } = useFormat();
  const curated = curation.curation.curated.length;
  return (
    <section className="cur-legend" aria-label={t('compareCurate:legendLabel')} data-testid="curate-legend">
      <ul>
        {curationStates.map((state) => (
          <li key={state} title={t(`compareCurate:stateHint-${state}`)} data-state={state}>
            <span className={`cur-swatch cur-${state}`} aria-hidden="true">
              {stateSigns[state]}
            </span>
            <span>{t(`compareCurate:state-${state}`)}</span>
            <span className="cmp-legend-count">{number(curation.counts[state])}</span>
          </li>
        ))}
        <li className="cur-legend-curated">
          <span className="cur-row-label" aria-hidden="true">
            ◆
          </span>{' '}
          {t('compareCurate:curatedCount', { count: curated, n: number(curated) })}
        </li>
      </ul>
    </section>
  );
}
