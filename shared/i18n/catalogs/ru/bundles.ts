import type { bundles as en } from '../en/bundles.ts';
import type { Translation } from '../translation.ts';

/** Русский: пакеты: экспорт, предпросмотр импорта и его итог, как их формулирует ядро. */
export const bundles: Translation<typeof en> = {
  formatName: 'Пакет Glossator',
};
