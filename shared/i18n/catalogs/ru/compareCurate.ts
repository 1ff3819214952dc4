import type { compareCurate as en } from '../en/compareCurate.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (compareCurate). */
export const compareCurate: Translation<typeof en> = {
  title: 'compareCurate',
};
