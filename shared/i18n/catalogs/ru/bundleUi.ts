import type { bundleUi as en } from '../en/bundleUi.ts';
import type { Translation } from '../translation.ts';

/** Русский: диалоги пакетов: экспорт, предпросмотр импорта, итог. */
export const bundleUi: Translation<typeof en> = {
  exportTitle: 'Экспорт пакета',
};
