import type { resultLayer as en } from '../en/resultLayer.ts';
import type { Translation } from '../translation.ts';

/** Русский: итоговый слой — какой слой читают виды результатов и экспорт. */
export const resultLayer: Translation<typeof en> = {
  title: 'Итоговый слой',
  showingCurated: 'Показан итоговый слой (результат проекта).',
  showAll: 'Показать слои всех кодировщиков',
  showingAll: 'Показаны слои всех кодировщиков.',
  showCurated: 'Показать итоговый слой',
  coderFixed: 'Показан итоговый слой: чтобы выбрать кодировщика, покажите слои всех кодировщиков.',
  exportDefault: 'Выбран итоговый слой (результат проекта). При необходимости выберите другие слои ниже.',
};
