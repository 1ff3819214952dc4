import type { files as en } from '../en/files.ts';
import type { Translation } from '../translation.ts';

/** Русский: файлы между окном и ядром: диалоги сохранения и открытия, загрузки, скачивания. */
export const files: Translation<typeof en> = {
  saved: 'Сохранено: {{name}}',
};
