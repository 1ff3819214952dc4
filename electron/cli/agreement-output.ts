import type { Translate } from '../../shared/i18n/i18n.ts';
import type { Coefficient } from '../../shared/agreement/coefficient.ts';
import type { LabelFigures } from '../../shared/agreement/agreement-types.ts';
import type { UnitizingFigure } from '../../shared/agreement/unitizing-alpha.ts';

/**
 * What `agreement` prints: one JSON object with exactly the keys issue 16
 * names (scripts read them; a figure that is undefined is null, never NaN
 * or 1.0), or a table of the figures in the user's language, each with the
 * units it used out of those found, so nothing is dropped silently.
 */
export interface AgreementJson {
  coders: string[];
  units: number;
  percent_agreement: number | null;
  cohen_kappa: number | null;
  fleiss_kappa: number | null;
  fleiss_units: number;
  krippendorff_alpha_nominal: number | null;
  gwet_ac1: number | null;
}

export function agreementJson(coders: readonly string[], units: number, figures: LabelFigures): AgreementJson {
  return {
    coders: [...coders],
    units,
    percent_agreement: figures.percent.value,
    cohen_kappa: figures.cohen?.value ?? null,
    fleiss_kappa: figures.fleiss.value,
    fleiss_units: figures.fleiss.units,
    krippendorff_alpha_nominal: figures.alpha.value,
    gwet_ac1: figures.ac1.value,
  };
}

/** A figure to three decimals (as journals report them), or the catalog's dash. */
export function figureText(t: Translate, value: number | null): string {
  return value === null ? t('cli:undefinedValue') : value.toFixed(3);
}

/** The reason a figure is undefined, in words. */
export function reasonText(t: Translate, reason: string | null | undefined): string {
  const known = ['no-units', 'no-variation', 'too-few-coders'];
  return t(`cli:reason-${known.includes(reason ?? '') ? reason : 'other'}` as 'cli:reason-other');
}

/** One line per coefficient, names padded to one column (their length differs by language). */
export function figureLines(t: Translate, figures: LabelFigures, unitizing?: UnitizingFigure): string[] {
  // Cohen's kappa is null (not computed) for more than two coders: said so, with no units to count.
  const rows: Array<[string, Coefficient | null]> = [
    [t('cli:coefficient-percent'), figures.percent],
    [t('cli:coefficient-cohen'), figures.cohen],
    [t('cli:coefficient-fleiss'), figures.fleiss],
    [t('cli:coefficient-alpha'), figures.alpha],
    [t('cli:coefficient-ac1'), figures.ac1],
  ];
  const names = [...rows.map(([name]) => name), ...(unitizing ? [t('cli:coefficient-unitizing')] : [])];
  const width = Math.max(...names.map((name) => name.length));
  const lines = rows.map(([name, c]) => {
    if (c === null)
      return t('cli:agreementFigureAlone', { name: name.padEnd(width), reason: reasonText(t, 'too-few-coders') });
    const params = { name: name.padEnd(width), units: c.units, found: c.unitsFound };
    return c.value === null
      ? t('cli:agreementFigureUndefined', { ...params, reason: reasonText(t, c.reason) })
      : t('cli:agreementFigure', { ...params, value: figureText(t, c.value).padStart(6) });
  });
  if (unitizing) {
    const name = t('cli:coefficient-unitizing').padEnd(width);
    lines.push(
      unitizing.value === null
        ? t('cli:agreementFigureAlone', { name, reason: reasonText(t, unitizing.reason) })
        : t('cli:agreementUnitizing', { name, value: figureText(t, unitizing.value).padStart(6) }),
    );
  }
  return lines;
}
