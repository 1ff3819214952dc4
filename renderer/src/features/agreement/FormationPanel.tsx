import { type AgreementReport, unitClasses } from '../../../../shared/agreement/agreement-types.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useT } from '../../i18n/i18n.ts';

/**
 * How the units were formed, shown above every figure so that nothing is
 * dropped silently: the rule, units found / complete / incomplete, what
 * was left out and why, and the units by kind of difference.
 */
export function FormationPanel({ report }: { report: AgreementReport }) {
  const { t } = useT();
  const { number } = useFormat();
  const { formation: f } = report;
  const rule =
    f.rule.mode === 'exact'
      ? t('agreement:rule-exact')
      : f.rule.threshold > 0
        ? t('agreement:rule-overlap', { threshold: number(f.rule.threshold) })
        : t('agreement:rule-overlap-any');
  const rows: Array<[string, number, string?]> = [
    [t('agreement:documentsCompared'), report.documents],
    [t('agreement:commonDocuments'), report.commonDocuments],
    [t('agreement:unitizingDocuments'), report.unitizingDocuments],
    [t('agreement:annotationsCompared'), f.annotations],
    [t('agreement:unitsFound'), f.found, 'strong'],
    [t('agreement:unitsComplete'), f.complete],
    [t('agreement:unitsIncomplete'), f.incomplete],
    [t('agreement:orphansExcluded'), f.orphansExcluded],
    [t('agreement:outsideTags'), f.outsideTags],
    [t('agreement:mergedSpans'), f.mergedSpans],
  ];
  const noUnits = noCommonUnits(report);
  return (
    <section className="agreement-section agreement-formation" aria-labelledby="agreement-formation">
      <h2 id="agreement-formation">{t('agreement:formationTitle')}</h2>
      <p className="agreement-rule">{rule}</p>
      <div className="agreement-formation-body">
        <dl className="agreement-counts">
          {rows.map(([label, value, strong]) => (
            <div key={label} className={strong ? 'strong' : undefined}>
              <dt>{label}</dt>
              <dd>{number(value)}</dd>
            </div>
          ))}
        </dl>
        <div className="agreement-classes">
          <h3>{t('agreement:classesTitle')}</h3>
          <ul>
            {unitClasses.map((c) => (
              <li key={c} data-class={c}>
                <span className={`agreement-class-mark class-${c}`} aria-hidden="true" />
                <span>{t(`agreement:class-${c}`)}</span>
                <span className="agreement-class-count">{number(report.classes[c])}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {noUnits && <p className="agreement-warning">{t(`agreement:${noUnits}`)}</p>}
    </section>
  );
}

/**
 * Nothing two coders both coded, so every figure is undefined, and the report says why in words: no
 * document in common, or documents in common where no unit was marked by two of the coders (their spans
 * never met, or never overlapped enough) — a different fault, with a different remedy.
 */
function noCommonUnits(report: AgreementReport): 'noCommonUnits' | 'noPairableUnits' | null {
  if (report.commonDocuments === 0) return 'noCommonUnits';
  if (report.overall.alpha.value === null && report.overall.alpha.reason === 'no-units') return 'noPairableUnits';
  return null;
}
