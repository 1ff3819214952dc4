import type { concepts as en } from '../en/concepts.ts';
import type { Translation } from '../translation.ts';

/** Русский: концепты. */
export const concepts: Translation<typeof en> = {
  title: 'Концепты',
  unknownActor: 'Неизвестный актор',
  deleteQuestion_one: 'Удалить «{{name}}»? Его {{count}} высказывание останется, но без концепта.',
  deleteQuestion_few: 'Удалить «{{name}}»? Его {{count}} высказывания останутся, но без концепта.',
  deleteQuestion_many: 'Удалить «{{name}}»? Его {{count}} высказываний останутся, но без концепта.',
  deleteQuestion_other: 'Удалить «{{name}}»? Его {{count}} высказывания останутся, но без концепта.',
  delete: 'Удалить',
  notDeleted: 'Концепт не удалён: {{reason}}',
  deleted: 'Концепт «{{name}}» удалён.',
  noSpeaker: 'Без говорящего',
  concept: 'Концепт',
  name: 'Название',
  description: 'Описание',
  descriptionPlaceholder: 'В чём идея и как распознать высказывания о ней',
  deleteConcept: 'Удалить концепт',
  timeline: 'Хронология',
  noStatements:
    'Об этом концепте пока нет высказываний: выберите его в поле «Концепт» у утверждения или предложения на боковой панели документа.',
  speakerStance: 'Говорящий · позиция',
  readingTimeline: 'Читаю хронологию…',
  noConcepts: 'Концептов пока нет. Добавьте первый ниже.',
  statementCount_one: '{{count}} высказывание',
  statementCount_few: '{{count}} высказывания',
  statementCount_many: '{{count}} высказываний',
  statementCount_other: '{{count}} высказывания',
  newName: 'Название нового концепта',
  newPlaceholder: 'например, Программа ШОС 2025–2027',
  addConcept: 'Добавить концепт',
  newEmpty: 'Введите название концепта.',
  chooseHint:
    'Выберите концепт слева или добавьте новый. Концепт — это политическая идея, о которой идут высказывания; отнести к нему утверждение или предложение можно на боковой панели документа.',
  missing: 'Такого концепта нет (возможно, он удалён).',
};
