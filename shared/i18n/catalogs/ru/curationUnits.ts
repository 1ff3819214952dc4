import type { curationUnits as en } from '../en/curationUnits.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (curationUnits). */
export const curationUnits: Translation<typeof en> = {
  title: 'curationUnits',
};
