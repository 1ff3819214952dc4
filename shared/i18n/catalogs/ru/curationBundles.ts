import type { curationBundles as en } from '../en/curationBundles.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (curationBundles). */
export const curationBundles: Translation<typeof en> = {
  title: 'curationBundles',
};
