import type { resultLayer as en } from '../en/resultLayer.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (resultLayer). */
export const resultLayer: Translation<typeof en> = {
  title: 'resultLayer',
};
