import type { curationLog as en } from '../en/curationLog.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (curationLog). */
export const curationLog: Translation<typeof en> = {
  title: 'curationLog',
};
