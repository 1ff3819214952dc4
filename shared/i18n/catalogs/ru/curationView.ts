import type { curationView as en } from '../en/curationView.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование (curationView). */
export const curationView: Translation<typeof en> = {
  title: 'curationView',
};
