import type { exchange as en } from '../en/exchange.ts';
import type { Translation } from '../translation.ts';

/** Русский: форматы обмена (REFI-QDA, W3C, brat, CSV). */
export const exchange: Translation<typeof en> = {
  title: 'Форматы обмена',
  // --- Таблицы CSV для R и Python (csv) ---
  'csv-unknownTable': 'Таблицы CSV «{{table}}» нет. Таблицы: {{tables}}. Ничего не записано.',
  'csv-folderNotWritten':
    'Не удалось записать таблицы в папку «{{folder}}» ({{code}}). Ни одна таблица не осталась записанной наполовину.',
  'csv-linkEndNotExported_one': '{{count}} связь с концом вне экспорта не вошла в него.',
  'csv-linkEndNotExported_few': '{{count}} связи с концом вне экспорта не вошли в него.',
  'csv-linkEndNotExported_many': '{{count}} связей с концом вне экспорта не вошли в него.',
  'csv-linkEndNotExported_other': '{{count}} связи с концом вне экспорта не вошли в него.',
};
