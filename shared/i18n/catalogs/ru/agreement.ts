import type { agreement as en } from '../en/agreement.ts';
import type { Translation } from '../translation.ts';

/** Русский: Согласие кодировщиков. */
export const agreement: Translation<typeof en> = {
  title: 'Согласие кодировщиков',
};
