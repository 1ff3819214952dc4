import type { bundles as en } from '../en/bundles.ts';
import type { Translation } from '../translation.ts';

/** Русский: пакеты: экспорт, предпросмотр импорта и его итог, как их формулирует ядро. */
export const bundles: Translation<typeof en> = {
  formatName: 'Пакет Glossator',

  // --- Файл пакета (bundle-format): чтение, отказы, экспорт. ---
  'kind-document': 'документ',
  'kind-annotation': 'аннотацию',
  'kind-link': 'связь',
  'kind-tag': 'тег',
  'kind-actor': 'актора',
  'kind-concept': 'концепт',
  'kind-linkType': 'тип связи',
  'kind-coder': 'кодировщика',
  foreignZip: 'Это zip-архив, но не пакет Glossator: в нём нет ни manifest.json, ни других файлов пакета.',
  noManifest:
    'В пакете нет manifest.json, поэтому ничего в нём нельзя проверить. Файл повреждён или неполон; попросите прислать его ещё раз.',
  notGlossator: 'Этот zip-архив создан другой программой: его manifest.json не описывает пакет Glossator.',
  newerFormat:
    'Этот пакет создан более новой версией Glossator (формат пакета {{version}}; эта версия читает форматы до {{supported}}). Обновите Glossator, чтобы открыть его.',
  unknownFormatVersion:
    'Пакет указывает неизвестную Glossator версию формата ({{version}}), поэтому его нельзя прочитать.',
  otherTextRule:
    'Тексты этого пакета подчиняются другому правилу ({{normalisation}}, смещения в {{offsetUnit}}), чем тексты Glossator, и аннотации не совпали бы с ними.',
  badJson: 'Файл {{file}} в пакете — не корректный JSON. Пакет повреждён; попросите прислать его ещё раз.',
  forbiddenKey:
    'Файл {{file}} в пакете содержит ключ «{{key}}», которого не бывает в пакетах: он отклонён как небезопасный.',
  wrongShape: 'Файл {{file}} в пакете содержит не то, что должен (в {{where}}: {{reason}}).',
  fileTooLarge:
    'Файл {{file}} в пакете занимает {{bytes}} байт — больше, чем может такой файл ({{max}} байт); он не прочитан.',
  missingFile:
    'Манифест пакета перечисляет {{file}}, но в пакете его нет. Пакет неполон; попросите прислать его ещё раз.',
  sizeDiffers: 'Файл {{file}} в пакете занимает {{actual}} байт, а по манифесту — {{listed}}. Пакет повреждён.',
  hashDiffers:
    'Файл {{file}} в пакете не тот, что указан в манифесте (SHA-256 не совпадает): его изменили или повредили после экспорта.',
  unlistedEntries_one: 'В пакете {{count}} файл, которого нет в манифесте ({{example}}), поэтому пакет отклонён.',
  unlistedEntries_few: 'В пакете {{count}} файла, которых нет в манифесте ({{example}}, …), поэтому пакет отклонён.',
  unlistedEntries_many: 'В пакете {{count}} файлов, которых нет в манифесте ({{example}}, …), поэтому пакет отклонён.',
  unlistedEntries_other: 'В пакете {{count}} файла, которых нет в манифесте ({{example}}, …), поэтому пакет отклонён.',
  unknownFile: 'Манифест пакета перечисляет {{file}}, а такого файла в пакетах не бывает.',
  listedTwice: 'Манифест пакета перечисляет {{file}} дважды.',
  requiredMissing: 'В пакете нет файла {{file}}, который есть в каждом пакете.',
  documentIncomplete: 'У документа {{id}} в пакете нет файла {{file}}.',
  documentIdDiffers: 'Файл {{file}} содержит документ {{id}}, а не документ своей папки.',
  originalMismatch: 'Документ {{id}} сообщает, что его исходный текст в {{expected}}, но пакет этому не соответствует.',
  layerNotListed: 'Файл {{file}} содержит слой кодировщика {{coderId}}, которого нет среди слоёв пакета.',
  layerTwice: 'Манифест пакета дважды называет слой кодировщика {{coderId}}.',
  layerWithoutCoder: 'Манифест пакета называет слой кодировщика {{coderId}}, которого нет в coders.json.',
  textNotUtf8:
    'Текст {{file}} в пакете не в кодировке UTF-8, поэтому его нельзя прочитать таким, каким он был экспортирован.',
  textNotNormalised:
    'Текст {{file}} в пакете не нормализован так, как тексты Glossator (BOM, концы строк, NFC), поэтому его смещениям нельзя доверять.',
  textLengthDiffers: 'Длина текста {{file}} — {{actual}} символов, а по данным документа — {{expected}}.',
  annotationOtherDocument:
    'Аннотация {{id}} в {{file}} относится к документу {{documentId}}, а не к документу своего файла.',
  annotationOtherCoder: 'Аннотация {{id}} в {{file}} сделана кодировщиком {{coderId}}, а не кодировщиком своего файла.',
  annotationOutsideText:
    'Аннотация {{id}} в {{file}} кончается на символе {{end}}, за концом своего текста ({{length}} символов).',
  quoteDiffers: 'Аннотация {{id}} в {{file}} цитирует слова, которых нет в символах {{start}}–{{end}} её текста.',
  linkOtherCoder: 'Связь {{id}} в {{file}} сделана кодировщиком {{coderId}}, а не кодировщиком своего файла.',
  missingReference:
    'Запись {{from}} в {{file}} ссылается на {{id}} как на $t(bundles:kind-{{kind}}), но такой записи в пакете нет.',
  idTwice: 'Идентификатор {{id}} в пакете дважды называет $t(bundles:kind-{{kind}}) ({{file}}).',
  idOfTwoKinds:
    'Идентификатор {{id}} в пакете называет и $t(bundles:kind-{{first}}), и $t(bundles:kind-{{second}}) ({{file}}): идентификаторы одного вида нельзя использовать для другого.',
  tagCycle: 'Тег {{id}} в {{file}} оказывается собственным предком: теги не образуют дерево.',
  countsDiffer:
    'По манифесту в пакете документов: {{listedDocuments}}, аннотаций: {{listedAnnotations}}, связей: {{listedLinks}}, а на деле — {{documents}}, {{annotations}} и {{links}}.',
  notInBundle: 'Документа {{id}} в этом пакете нет.',
  unknownCoder: 'В проекте нет кодировщика {{id}}, поэтому такой слой нельзя экспортировать.',
  unknownDocument: 'В проекте нет документа {{id}} для экспорта.',
  textNotUnicode:
    'В тексте «{{title}}» есть испорченный символ (половина пары UTF-16), поэтому его нельзя записать в UTF-8. Исправьте этот символ и экспортируйте снова.',
  exportQuoteDiffers:
    'Аннотация {{id}} документа «{{title}}» не совпадает со своим текстом по смещениям, и пакет не прочитался бы. Привяжите её заново или удалите, затем экспортируйте снова.',
  jobRunning: 'Экспорт {{jobId}} уже идёт.',
  changedDuringExport:
    'Текст «{{title}}» изменился, пока записывался пакет, поэтому пакет не сохранён. Экспортируйте снова.',
  // --- Конец блока файла пакета. ---

  // --- Импорт пакета (bundle-import): отказы, слова предпросмотра и итога. ---
  previewGone:
    'Предпросмотр этого пакета уже закрыт (пакет импортирован, окно закрыто или оставлено слишком надолго). Откройте пакет снова.',
  noSuchLayer: 'В пакете нет слоя кодировщика {{id}}.',
  cannotMapOntoMe:
    'Слой {{name}} нельзя влить в ваш: пакет никогда не меняет ваш слой. Выберите для него новый слой или другого кодировщика.',
  noSuchCoder: 'В этом проекте нет кодировщика {{id}}, которому можно отдать слой {{name}}.',
  twoLayersOntoOne: 'Два слоя пакета попали бы к одному кодировщику (один из них — слой {{name}}): каждому нужен свой.',
  idTaken:
    'Идентификатор {{id}} в пакете обозначает $t(bundles:kind-{{kind}}), а в этом проекте — $t(bundles:kind-{{other}}), поэтому под ним ничего не импортировать. Ничего не импортировано.',
  annotationIdTaken:
    'Аннотация {{id}} из пакета уже есть в этом проекте — в другом документе или в слое другого кодировщика. Ничего не импортировано.',
  linkIdTaken: 'Связь {{id}} из пакета уже есть в этом проекте, в слое другого кодировщика. Ничего не импортировано.',
  importMissingReference:
    'Аннотация из пакета ссылается на {{id}}, которого нет ни в пакете, ни в этом проекте. Ничего не импортировано.',
  replaceNotConfirmed:
    'Этот импорт заменяет часть уже имеющегося слоя (будут изменены или удалены аннотаций: {{annotations}}, связей: {{links}}). Подтвердите замену, чтобы импортировать; ничего не изменено.',
  nothingNew: 'Ничего нового: всё, что есть в этом пакете, уже есть в проекте.',
  newLayer: 'Новый слой',
  mineComingBack: 'Ваш собственный слой: сравнён и оставлен как есть',
  mineDiffers_one: '{{count}} аннотация или связь отличается от вашей (оставлена ваша)',
  mineDiffers_few: '{{count}} аннотации или связи отличаются от ваших (оставлены ваши)',
  mineDiffers_many: '{{count}} аннотаций или связей отличаются от ваших (оставлены ваши)',
  mineDiffers_other: '{{count}} аннотации или связи отличаются от ваших (оставлены ваши)',
  replacesLayer_one: 'Заменяет {{count}} аннотацию или связь в слое {{name}}',
  replacesLayer_few: 'Заменяет {{count}} аннотации или связи в слое {{name}}',
  replacesLayer_many: 'Заменяет {{count}} аннотаций или связей в слое {{name}}',
  replacesLayer_other: 'Заменяет {{count}} аннотации или связи в слое {{name}}',
  'documentStatus-new': 'Новый',
  'documentStatus-same': 'Уже есть',
  'documentStatus-different-text': 'Другой текст',
  'recordStatus-new': 'Новый',
  'recordStatus-same-name': 'То же имя, другой идентификатор',
  'recordStatus-differs': 'Отличается',
  'choice-ours': 'Оставить наш',
  'choice-theirs': 'Взять их',
  'choice-both': 'Оставить оба',
  'field-name': 'название',
  'field-color': 'цвет',
  'field-parent': 'родитель',
  'field-description': 'описание',
  'field-kind': 'вид',
  'field-shortcut': 'клавиша',
  'field-type': 'тип',
  'field-aliases': 'другие имена',
  'field-affiliations': 'принадлежность',
  'field-notes': 'заметки',
  orphan: 'Не удалось разместить в нашем тексте: «{{quote}}» (сохранена как осиротевшая)',
  unplacedLink: 'Связь {{id}} не разместить: одной из её аннотаций нет',
  summaryDocuments_one: 'Добавлен {{count}} документ',
  summaryDocuments_few: 'Добавлено {{count}} документа',
  summaryDocuments_many: 'Добавлено {{count}} документов',
  summaryDocuments_other: 'Добавлено {{count}} документа',
  summaryAnnotations_one: 'Добавлена {{count}} аннотация',
  summaryAnnotations_few: 'Добавлено {{count}} аннотации',
  summaryAnnotations_many: 'Добавлено {{count}} аннотаций',
  summaryAnnotations_other: 'Добавлено {{count}} аннотации',
  summaryReplaced_one: '{{count}} аннотация заменена более новой копией',
  summaryReplaced_few: '{{count}} аннотации заменены более новой копией',
  summaryReplaced_many: '{{count}} аннотаций заменены более новой копией',
  summaryReplaced_other: '{{count}} аннотации заменены более новой копией',
  summaryRemoved_one: '{{count}} аннотация удалена (её больше нет в слое коллеги)',
  summaryRemoved_few: '{{count}} аннотации удалены (их больше нет в слое коллеги)',
  summaryRemoved_many: '{{count}} аннотаций удалены (их больше нет в слое коллеги)',
  summaryRemoved_other: '{{count}} аннотации удалены (их больше нет в слое коллеги)',
  summaryLinks_one: 'Добавлена {{count}} связь',
  summaryLinks_few: 'Добавлено {{count}} связи',
  summaryLinks_many: 'Добавлено {{count}} связей',
  summaryLinks_other: 'Добавлено {{count}} связи',
  summaryCoders_one: '{{count}} новый слой',
  summaryCoders_few: '{{count}} новых слоя',
  summaryCoders_many: '{{count}} новых слоёв',
  summaryCoders_other: '{{count}} нового слоя',
  summaryRecords_one: 'Добавлена {{count}} запись (тег, актор, тип связи или концепт)',
  summaryRecords_few: 'Добавлено {{count}} записи (теги, акторы, типы связей или концепты)',
  summaryRecords_many: 'Добавлено {{count}} записей (теги, акторы, типы связей или концепты)',
  summaryRecords_other: 'Добавлено {{count}} записи (теги, акторы, типы связей или концепты)',
  summaryOrphans_one: '{{count}} аннотация сохранена как осиротевшая',
  summaryOrphans_few: '{{count}} аннотации сохранены как осиротевшие',
  summaryOrphans_many: '{{count}} аннотаций сохранены как осиротевшие',
  summaryOrphans_other: '{{count}} аннотации сохранены как осиротевшие',
  summaryUnplacedLinks_one: '{{count}} связь не импортирована (нет одной из её аннотаций)',
  summaryUnplacedLinks_few: '{{count}} связи не импортированы (нет одной из их аннотаций)',
  summaryUnplacedLinks_many: '{{count}} связей не импортированы (нет одной из их аннотаций)',
  summaryUnplacedLinks_other: '{{count}} связи не импортированы (нет одной из их аннотаций)',
  summaryIgnoredMine_one: '{{count}} ваша аннотация или связь оставлена как есть',
  summaryIgnoredMine_few: '{{count}} ваши аннотации или связи оставлены как есть',
  summaryIgnoredMine_many: '{{count}} ваших аннотаций или связей оставлены как есть',
  summaryIgnoredMine_other: '{{count}} ваши аннотации или связи оставлены как есть',
  // --- Конец блока импорта пакета. ---
};
