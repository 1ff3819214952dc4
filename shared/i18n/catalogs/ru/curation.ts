import type { curation as en } from '../en/curation.ts';
import type { Translation } from '../translation.ts';

/** Русский: Курирование. */
export const curation: Translation<typeof en> = {
  layerName: 'Итоговый слой',
};
