import { type UnitClass, type UnitFormation, unitClasses } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { classKey, classSigns } from './class-marks.ts';
import { ruleWords } from './rule-words.ts';

interface Props {
  classes: Record<UnitClass, number>;
  coders: number;
  formation: UnitFormation;
}

/** The kinds of unit, each with its sign, its sample outline and its count; and how the units were formed. */
export function ClassLegend({ classes, coders, formation }: Props) {
  const { t, language } = useT();
  const { number } = useFormat();
  const left = formation.orphansExcluded + formation.outsideTags;
  return (
    <section className="cmp-legend" aria-label={t('compare:legendLabel')}>
      <ul>
        {unitClasses.map((unitClass) => (
          <li key={unitClass} title={t(`compare:classHint-${unitClass}`)}>
            <span className={`cmp-swatch cmp-u stacked cls-${unitClass}`} aria-hidden="true">
              <span className={`cmp-sign sign-${unitClass}`}>{classSigns[unitClass]}</span>
            </span>
            <span className="cmp-legend-name">{t(classKey(unitClass, coders))}</span>
            <span className="cmp-legend-count">{number(classes[unitClass] ?? 0)}</span>
          </li>
        ))}
      </ul>
      <p className="cmp-formation">
        {t('compare:formation', {
          rule: ruleWords(formation.rule, t, language),
          found: number(formation.found),
          complete: number(formation.complete),
          incomplete: number(formation.incomplete),
        })}
        {left > 0 &&
          ` ${t('compare:excluded', { orphans: number(formation.orphansExcluded), outside: number(formation.outsideTags) })}`}
      </p>
    </section>
  );
}
