import type { Language } from '../../../../shared/i18n/languages.ts';
import { intlLocale } from '../../../../shared/library/format-date.ts';

/** Decimals every coefficient is shown with: enough to tell 0.667 from 0.700, no more than the data carry. */
export const FIGURE_DECIMALS = 3;

const formats = new Map<Language, Intl.NumberFormat>();

/**
 * A coefficient in the user's language with three decimals (ru «0,743»,
 * en "0.743"); a value that rounds to zero is "0.000", never "-0.000".
 * Null is not a number to print: the caller says why instead.
 */
export function formatFigure(value: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language), {
      minimumFractionDigits: FIGURE_DECIMALS,
      maximumFractionDigits: FIGURE_DECIMALS,
    });
    formats.set(language, format);
  }
  const rounded = Math.round(value * 10 ** FIGURE_DECIMALS) / 10 ** FIGURE_DECIMALS;
  return format.format(rounded === 0 ? 0 : rounded);
}

/** An axis tick: one decimal ("0.8", ru «0,8»). */
export function formatTick(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value === 0 ? 0 : value,
  );
}
