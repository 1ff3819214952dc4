import type { compare as en } from '../en/compare.ts';
import type { Translation } from '../translation.ts';

/** Русский: Сравнение. */
export const compare: Translation<typeof en> = {
  title: 'Сравнение',
};
