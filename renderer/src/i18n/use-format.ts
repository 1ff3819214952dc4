import { useT } from './i18n.ts';
import { type FormatDateOptions, formatDate, formatNumber } from '../../../shared/library/format-date.ts';

/** Dates and numbers in the window's language, re-rendered when it changes. */
export function useFormat() {
  const { language } = useT();
  return {
    language,
    date: (value: string | null | undefined, options: Omit<FormatDateOptions, 'language'> = {}) =>
      formatDate(value, { ...options, language }),
    number: (value: number) => formatNumber(value, language),
  };
}
