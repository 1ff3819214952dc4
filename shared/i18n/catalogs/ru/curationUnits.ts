import type { curationUnits as en } from '../en/curationUnits.ts';
import type { Translation } from '../translation.ts';

/** Русский: курирование единиц (curationUnits). */
export const curationUnits: Translation<typeof en> = {
  title: 'curationUnits',
  mergeAgreeing_one: 'Перенести совпадающее ({{count}} единица)',
  mergeAgreeing_few: 'Перенести совпадающее ({{count}} единицы)',
  mergeAgreeing_many: 'Перенести совпадающее ({{count}} единиц)',
  mergeAgreeing_other: 'Перенести совпадающее ({{count}} единицы)',
  take: 'Взять версию: {{coder}}',
  takeEdited: 'Взять версию с правкой: {{coder}}',
  new: 'Создать новую версию',
  rejectAll: 'Отклонить все',
  'status-not-started_one': 'Отметить: курирование не начато ({{count}} документ)',
  'status-not-started_few': 'Отметить: курирование не начато ({{count}} документа)',
  'status-not-started_many': 'Отметить: курирование не начато ({{count}} документов)',
  'status-not-started_other': 'Отметить: курирование не начато ({{count}} документа)',
  'status-in-progress_one': 'Отметить: курирование идёт ({{count}} документ)',
  'status-in-progress_few': 'Отметить: курирование идёт ({{count}} документа)',
  'status-in-progress_many': 'Отметить: курирование идёт ({{count}} документов)',
  'status-in-progress_other': 'Отметить: курирование идёт ({{count}} документа)',
  'status-done_one': 'Отметить: курирование завершено ({{count}} документ)',
  'status-done_few': 'Отметить: курирование завершено ({{count}} документа)',
  'status-done_many': 'Отметить: курирование завершено ({{count}} документов)',
  'status-done_other': 'Отметить: курирование завершено ({{count}} документа)',
  'error-noReason': 'Укажите причину решения: несколько своих слов или быструю причину.',
  'error-versionSpan': 'Курированная версия не может занимать символы {{start}}–{{end}}: $t({{reason}}).',
  'error-noVersionOf': 'У кодировщика {{coder}} нет версии в этой единице.',
  'error-emptyUnit': 'В единице нет ни одной версии, решать нечего.',
  'error-membersCount': 'Единица называет {{members}} версий для {{coders}} кодировщиков: нужна одна на кодировщика.',
  'error-unitChanged':
    'Единица изменилась с тех пор, как была показана (версию изменили, сдвинули или удалили). Посмотрите на неё снова и решите.',
  'error-curatedNotCoder':
    'Курированный слой — результат курирования, а не кодировщик: не включайте его в сравниваемых кодировщиков.',
  'error-fieldNotFrom':
    'Поле «$t({{field}})» указано как взятое из версии кодировщика {{coder}}, но в присланной версии оно другое: возьмите поле у {{coder}} ещё раз или оставьте его своей правкой.',
  // Field names, for the refusals above.
  'field-span': 'фрагмент',
  'field-tag': 'тег',
  'field-actor': 'актор',
  'field-speaker': 'говорящий',
  'field-addressee': 'адресат',
  'field-stance': 'позиция',
  'field-date': 'дата высказывания',
  'field-concept': 'концепт',
  'field-memo': 'заметка',
};
