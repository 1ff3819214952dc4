import type { exchange as en } from '../en/exchange.ts';
import type { Translation } from '../translation.ts';

/** Русский: форматы обмена (REFI-QDA, W3C, brat, CSV). */
export const exchange: Translation<typeof en> = {
  title: 'Форматы обмена',
};
