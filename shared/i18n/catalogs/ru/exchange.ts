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
  // --- Экспорт REFI-QDA (refi-out) ---
  'refi-emptyCodebook': 'В кодовой книге нет тегов, а кодовой книге REFI-QDA (.qdc) нужен хотя бы один код.',
  'refi-annotationDoesNotFit':
    'Аннотация {{id}} больше не соответствует тексту «{{title}}» (текст исправили во время экспорта?). Ничего не записано.',
  'refi-unknownTag':
    'У аннотации {{id}} в «{{title}}» тег, которого нет в кодовой книге ({{tag}}). Ничего не записано.',
  'refi-orphanedLeftOut_one':
    '{{count}} аннотация, текст которой удалён, не может быть выделена в REFI-QDA и не выгружена.',
  'refi-orphanedLeftOut_few':
    '{{count}} аннотации, текст которых удалён, не могут быть выделены в REFI-QDA и не выгружены.',
  'refi-orphanedLeftOut_many':
    '{{count}} аннотаций, текст которых удалён, не могут быть выделены в REFI-QDA и не выгружены.',
  'refi-orphanedLeftOut_other':
    '{{count}} аннотации, текст которых удалён, не могут быть выделены в REFI-QDA и не выгружены.',
  'refi-linkEndLeftOut_one': '{{count}} связь, один из концов которой не вошёл в экспорт, не выгружена.',
  'refi-linkEndLeftOut_few': '{{count}} связи, один из концов которых не вошёл в экспорт, не выгружены.',
  'refi-linkEndLeftOut_many': '{{count}} связей, один из концов которых не вошёл в экспорт, не выгружены.',
  'refi-linkEndLeftOut_other': '{{count}} связи, один из концов которых не вошёл в экспорт, не выгружены.',
};
