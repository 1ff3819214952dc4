import type { errors as en } from '../en/errors.ts';
import type { Translation } from '../translation.ts';

/** Русский: что пошло не так (тексты ошибок ядра). */
export const errors: Translation<typeof en> = {
  badPort: '--port — это число от 0 до 65535, а не «{{text}}».',
  noSetAsideFile: 'В проекте нет отложенного файла {{path}}.',
  noEarlierVersion: 'Ни в одной резервной копии нет более ранней версии {{file}}.',
  noSampleTexts: 'В проекте не осталось примеров текстов.',
  moveOrDelete: 'Аннотации можно либо перенести в другой тег, либо удалить, но не то и другое сразу.',
  tagInUse_one: 'Тег {{tag}} или его подтеги использует {{count}} аннотация. Перенесите её в другой тег или удалите.',
  tagInUse_few: 'Тег {{tag}} или его подтеги используют {{count}} аннотации. Перенесите их в другой тег или удалите.',
  tagInUse_many: 'Тег {{tag}} или его подтеги используют {{count}} аннотаций. Перенесите их в другой тег или удалите.',
  tagInUse_other: 'Тег {{tag}} или его подтеги используют {{count}} аннотации. Перенесите их в другой тег или удалите.',
  noBackup: 'У этого проекта нет резервной копии {{id}}.',
  annotationExists: 'Аннотация с идентификатором {{id}} уже есть.',
  annotationHasLinks_one:
    'У «{{quote}}» есть {{count}} связь с другими аннотациями. Вместе с аннотацией удалятся и связи.',
  annotationHasLinks_few:
    'У «{{quote}}» есть {{count}} связи с другими аннотациями. Вместе с аннотацией удалятся и связи.',
  annotationHasLinks_many:
    'У «{{quote}}» есть {{count}} связей с другими аннотациями. Вместе с аннотацией удалятся и связи.',
  annotationHasLinks_other:
    'У «{{quote}}» есть {{count}} связи с другими аннотациями. Вместе с аннотацией удалятся и связи.',
  conceptExists: 'Концепт «{{name}}» уже есть.',
  'searchNo-tag': 'Тега {{id}} нет.',
  actorSelfAffiliation: 'Актор не может входить в самого себя.',
  actorExists: 'Актор «{{name}}» уже есть.',
  noMentionTag: 'В кодбуке нет тега для упоминаний акторов: добавьте тег вида «упоминание актора».',
  noMentionTagForSuggestions:
    'В кодбуке нет тега для упоминаний акторов, которым можно отметить упоминания. Сначала добавьте его.',
  suggestionTextChanged:
    'Текст «{{title}}» изменился после того, как было сделано предложение. Поищите предложения заново.',
  textChangedInEditor:
    'Текст изменился с тех пор, как его открыли в редакторе (другая длина). Ничего не сохранено: откройте документ заново и повторите правку.',
  noTag: 'В кодбуке проекта нет тега {{id}}.',
  noConcept: 'Концепта {{id}} нет (возможно, его удалили).',
  noLinkType: 'В проекте нет типа связи {{id}}.',
  noLink: 'Связи {{id}} нет (возможно, её удалили).',
  linkTypeExists: 'Тип связи «{{name}}» уже есть.',
  moveLinksToDeleted: 'Нельзя перенести связи в удаляемый тип.',
  linkTypeInUse_one: 'Типа «{{type}}» {{count}} связь: выберите тип, в который её перенести.',
  linkTypeInUse_few: 'Типа «{{type}}» {{count}} связи: выберите тип, в который их перенести.',
  linkTypeInUse_many: 'Типа «{{type}}» {{count}} связей: выберите тип, в который их перенести.',
  linkTypeInUse_other: 'Типа «{{type}}» {{count}} связи: выберите тип, в который их перенести.',
  linkToItself: 'Аннотацию нельзя связать с ней самой.',
  alreadyLinked: 'Эти аннотации уже связаны как «{{type}}».',
  projectReloading: 'Проект перечитывается после синхронизации. Повторите через мгновение: ничего не изменено.',
  noProject: 'Проект не открыт. Сначала откройте папку проекта.',
  folderTimeout:
    'Папка проекта {{folder}} не ответила за {{seconds}} с: диск или сетевой диск, на котором она лежит, возможно, отключён или спит. Проверьте его или выберите другую папку.',
  folderNotCreated: 'Не удалось создать папку {{level}} для проекта {{folder}}.',
  folderDanglingLink:
    '{{level}} — ярлык (символическая ссылка), который никуда не ведёт. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  'folderIs-file':
    '{{level}} — файл, а не папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  'folderIs-device':
    '{{level}} — устройство, а не папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  'folderIs-socket':
    '{{level}} — сокет, а не папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  'folderIs-pipe':
    '{{level}} — канал (FIFO), а не папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  'folderIs-other':
    '{{level}} — не обычная папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  folderInSystem:
    '{{folder}} находится в системной папке операционной системы, где проект храниться не может. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  folderLeadsToSystem:
    '{{folder}} (ведёт в {{path}}) находится в системной папке операционной системы, где проект храниться не может. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  folderSystemFs:
    '{{level}} принадлежит операционной системе, а не диску, и не может хранить файлы. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  folderDenied: 'Glossator не может использовать {{path}} для проекта {{folder}} (нет доступа).',
  folderPartNotFolder:
    'Часть пути {{path}} — не папка. Выберите вместо {{folder}} существующую папку или новое имя папки для проекта.',
  folderNotPrepared: 'Не удалось подготовить папку проекта {{folder}}: {{reason}}',
  lockFailed: 'Не удалось заблокировать папку проекта {{dir}}: {{reason}}',
  projectLocked:
    'Этот проект уже открыт в другом Glossator (процесс {{pid}} на {{host}}, с {{since}}). Сначала закройте его там: если две программы пишут в один проект, работа может потеряться.',
  lockContended: 'Не удалось заблокировать папку проекта {{dir}}: её всё время занимает другой процесс.',
  textNotLoadedForChange: 'Текст {{id}} не был загружен перед изменением.',
  noDocument: 'В проекте нет документа {{id}}.',
  recoveryFailed:
    'Изменение, которое сохранялось, когда Glossator остановился, не удалось завершить ({{reason}}). Больше ничего не изменено: исправьте права на папку или освободите место и откройте проект снова.',
  newerVersion:
    '{{file}} сохранён более новой версией Glossator (формат {{version}}; эта версия читает до {{supported}}). Обновите Glossator, чтобы открыть проект. Ничего не изменено.',
  layerFull_one:
    'Слой одного кодировщика в документе вмещает не больше {{count, number}} аннотации. Ничего не изменено.',
  layerFull_few:
    'Слой одного кодировщика в документе вмещает не больше {{count, number}} аннотаций. Ничего не изменено.',
  layerFull_many:
    'Слой одного кодировщика в документе вмещает не больше {{count, number}} аннотаций. Ничего не изменено.',
  layerFull_other:
    'Слой одного кодировщика в документе вмещает не больше {{count, number}} аннотации. Ничего не изменено.',
  'editNo-tag': 'Тега {{id}} в проекте нет (возможно, его удалили). Ничего не изменено.',
  'editNo-actor': 'Актора {{id}} в проекте нет (возможно, его объединили с другим или удалили). Ничего не изменено.',
  'editNo-concept': 'Концепта {{id}} в проекте нет (возможно, его удалили). Ничего не изменено.',
  'editNo-coder': 'Кодировщика {{id}} в проекте нет (проект его не знает). Ничего не изменено.',
  'editNo-linkType': 'Типа связи {{id}} в проекте нет (возможно, его удалили). Ничего не изменено.',
  'editNo-annotation': 'Аннотации {{id}} в проекте нет (возможно, её удалили). Ничего не изменено.',
  documentExists: 'Документ с идентификатором {{id}} уже есть.',
  cannotAdd: 'Не удалось добавить «{{title}}»: {{reason}}. Ничего не добавлено.',
  noAnnotation: 'Аннотации {{id}} нет (возможно, её удалили).',
  noActor: 'В реестре нет актора {{id}} (возможно, его объединили с другим или удалили).',
  annotationElsewhere: 'Аннотация {{id}} относится к документу {{home}}, а не {{documentId}}.',
  documentTwice: 'Документ {{id}} дважды указан в одном изменении. Ничего не изменено.',
  noCoder: 'В проекте нет кодировщика {{id}}.',
  coderChosenTwice: 'Кодировщик {{id}} выбран дважды: согласие сравнивает разных кодировщиков.',
  readOnlyFile:
    'Изменение отклонено: {{file}} не удалось прочитать при открытии проекта, поэтому его содержимое доступно только для чтения, а сам файл не перезаписывается (иначе можно потерять работу). Исправьте файл (например, права доступа) и откройте проект снова. Ничего не изменено.',
  textNotLoadedForRemoval: 'Текст {{id}} не был загружен перед удалением документа.',
  notStaged: 'Этот файл больше не ждёт импорта. Выберите его снова.',
  ioFailed:
    'Не удалось $t(errors:ioStep-{{what}}): {{reason}}. Ничего не изменено: освободите место или исправьте папку и попробуйте снова.',
  ioFailedBecause:
    'Не удалось $t(errors:ioStep-{{what}}): $t(errors:ioCause-{{cause}}). Ничего не изменено: освободите место или исправьте папку и попробуйте снова.',
  'ioStep-createProjectFile': 'создать файл проекта',
  'ioStep-updateProjectFile': 'обновить файл проекта',
  'ioStep-saveDocument': 'сохранить документ «{{title}}»',
  'ioStep-saveChange': 'сохранить изменение',
  'ioStep-finishPrevious': 'завершить сохранение предыдущего изменения',
  'ioStep-saveName': 'сохранить новое имя',
  'ioStep-renameProject': 'переименовать проект',
  'ioStep-restoreBackup': 'восстановить резервную копию',
  'ioStep-writeSynced': 'записать полученное при синхронизации',
  'ioCause-full': 'диск заполнен',
  'ioCause-denied': 'нет доступа',
  'ioCause-readOnly': 'диск доступен только для чтения',
  malformedAnswer: 'Приложение получило от своего ядра повреждённый ответ.',
  unknownCall: 'Вызова «{{name}}» нет.',
  internal: 'Внутри Glossator что-то пошло не так ({{reason}}).',
  inputEmpty: '{{call}}: поле {{field}} не может быть пустым.',
  inputAtLeast: '{{call}}: поле {{field}} должно быть не меньше {{minimum}}.',
  inputAbove: '{{call}}: поле {{field}} должно быть больше {{minimum}}.',
  inputAtMost: '{{call}}: поле {{field}} должно быть не больше {{maximum}}.',
  inputBelow: '{{call}}: поле {{field}} должно быть меньше {{maximum}}.',
  inputMissing: '{{call}}: не указано поле {{field}}.',
  inputType: '{{call}}: поле {{field}} должно иметь тип {{expected}}.',
  'inputType-string': '{{call}}: поле {{field}} должно быть текстом.',
  'inputType-number': '{{call}}: поле {{field}} должно быть числом.',
  'inputType-boolean': '{{call}}: поле {{field}} должно быть true или false.',
  'inputType-object': '{{call}}: поле {{field}} должно быть объектом.',
  'inputType-array': '{{call}}: поле {{field}} должно быть списком.',
  inputFormat: '{{call}}: поле {{field}} записано не в том виде.',
  inputValue: '{{call}}: поле {{field}} должно быть одним из: {{values}}.',
  inputEndAfterStart: '{{call}}: {{field}}: конец должен быть после начала.',
  inputEndAfterStartOrphan:
    '{{call}}: {{field}}: конец должен быть после начала (или совпадать с ним у потерянной аннотации).',
  inputStartAndEnd: '{{call}}: начало и конец меняются только вместе.',
  inputLinkItself: '{{call}}: {{field}}: для связи нужны две разные аннотации.',
  inputOther: '{{call}}: {{field}}: {{detail}}',
  inputTooShort_one: '{{call}}: поле {{field}} должно содержать не меньше {{count, number}} символа.',
  inputTooShort_few: '{{call}}: поле {{field}} должно содержать не меньше {{count, number}} символов.',
  inputTooShort_many: '{{call}}: поле {{field}} должно содержать не меньше {{count, number}} символов.',
  inputTooShort_other: '{{call}}: поле {{field}} должно содержать не меньше {{count, number}} символов.',
  inputTooLong_one: '{{call}}: поле {{field}} должно содержать не больше {{count, number}} символа.',
  inputTooLong_few: '{{call}}: поле {{field}} должно содержать не больше {{count, number}} символов.',
  inputTooLong_many: '{{call}}: поле {{field}} должно содержать не больше {{count, number}} символов.',
  inputTooLong_other: '{{call}}: поле {{field}} должно содержать не больше {{count, number}} символов.',
  inputTooFew_one: '{{call}}: в поле {{field}} должен быть хотя бы {{count, number}} элемент.',
  inputTooFew_few: '{{call}}: в поле {{field}} должно быть не меньше {{count, number}} элементов.',
  inputTooFew_many: '{{call}}: в поле {{field}} должно быть не меньше {{count, number}} элементов.',
  inputTooFew_other: '{{call}}: в поле {{field}} должно быть не меньше {{count, number}} элементов.',
  inputTooMany_one: '{{call}}: в поле {{field}} может быть не больше {{count, number}} элемента.',
  inputTooMany_few: '{{call}}: в поле {{field}} может быть не больше {{count, number}} элементов.',
  inputTooMany_many: '{{call}}: в поле {{field}} может быть не больше {{count, number}} элементов.',
  inputTooMany_other: '{{call}}: в поле {{field}} может быть не больше {{count, number}} элементов.',
  inputUnknownKeys_one: '{{call}}: неизвестное поле {{keys}}.',
  inputUnknownKeys_few: '{{call}}: неизвестные поля {{keys}}.',
  inputUnknownKeys_many: '{{call}}: неизвестные поля {{keys}}.',
  inputUnknownKeys_other: '{{call}}: неизвестные поля {{keys}}.',
  'cannotSave-annotation': 'Не удалось сохранить аннотацию: {{reason}}. Ничего не изменено.',
  'cannotSave-documentDetails': 'Не удалось сохранить сведения о документе: {{reason}}. Ничего не изменено.',
  'cannotSave-actors': 'Не удалось сохранить актора: {{reason}}. Ничего не изменено.',
  'cannotSave-rejectedMentions': 'Не удалось сохранить отклонённое предложение: {{reason}}. Ничего не изменено.',
  'cannotSave-links': 'Не удалось сохранить связи одного кодировщика: {{reason}}. Ничего не изменено.',
  'cannotSave-concepts': 'Не удалось сохранить концепт: {{reason}}. Ничего не изменено.',
  'cannotSave-projectFile': 'Не удалось сохранить файл проекта: {{reason}}. Ничего не изменено.',
  'cannotSave-document': 'Не удалось сохранить документ: {{reason}}. Ничего не изменено.',
  'cannotSave-text': 'Не удалось сохранить текст: {{reason}}. Ничего не изменено.',
  'cannotSave-linkTypes': 'Не удалось сохранить типы связей: {{reason}}. Ничего не изменено.',
  'projectFull-actors_one': 'В проекте может быть не больше {{count, number}} актора. Ничего не изменено.',
  'projectFull-actors_few': 'В проекте может быть не больше {{count, number}} акторов. Ничего не изменено.',
  'projectFull-actors_many': 'В проекте может быть не больше {{count, number}} акторов. Ничего не изменено.',
  'projectFull-actors_other': 'В проекте может быть не больше {{count, number}} актора. Ничего не изменено.',
  'projectFull-rejectedMentions_one':
    'В проекте может быть не больше {{count, number}} отклонённого предложения. Ничего не изменено.',
  'projectFull-rejectedMentions_few':
    'В проекте может быть не больше {{count, number}} отклонённых предложений. Ничего не изменено.',
  'projectFull-rejectedMentions_many':
    'В проекте может быть не больше {{count, number}} отклонённых предложений. Ничего не изменено.',
  'projectFull-rejectedMentions_other':
    'В проекте может быть не больше {{count, number}} отклонённого предложения. Ничего не изменено.',
  'projectFull-links_one':
    'В проекте может быть не больше {{count, number}} связи одного кодировщика. Ничего не изменено.',
  'projectFull-links_few':
    'В проекте может быть не больше {{count, number}} связей одного кодировщика. Ничего не изменено.',
  'projectFull-links_many':
    'В проекте может быть не больше {{count, number}} связей одного кодировщика. Ничего не изменено.',
  'projectFull-links_other':
    'В проекте может быть не больше {{count, number}} связи одного кодировщика. Ничего не изменено.',
  'projectFull-concepts_one': 'В проекте может быть не больше {{count, number}} концепта. Ничего не изменено.',
  'projectFull-concepts_few': 'В проекте может быть не больше {{count, number}} концептов. Ничего не изменено.',
  'projectFull-concepts_many': 'В проекте может быть не больше {{count, number}} концептов. Ничего не изменено.',
  'projectFull-concepts_other': 'В проекте может быть не больше {{count, number}} концепта. Ничего не изменено.',
  'cannotSave-coders': 'Не удалось сохранить кодировщика: {{reason}}. Ничего не изменено.',
  'projectFull-coders_one': 'В проекте может быть не больше {{count, number}} кодировщика. Ничего не изменено.',
  'projectFull-coders_few': 'В проекте может быть не больше {{count, number}} кодировщиков. Ничего не изменено.',
  'projectFull-coders_many': 'В проекте может быть не больше {{count, number}} кодировщиков. Ничего не изменено.',
  'projectFull-coders_other': 'В проекте может быть не больше {{count, number}} кодировщика. Ничего не изменено.',
  coderStillUsed:
    'У кодировщика {{id}} ещё есть аннотации или связи в этом проекте, поэтому он остаётся. Ничего не изменено.',
  'cannotSave-tagMappings': 'Не удалось сохранить соответствие тегов: {{reason}}. Ничего не изменено.',
  'projectFull-tagMappings_one':
    'В проекте может быть не больше {{count, number}} соответствия тегов. Ничего не изменено.',
  'projectFull-tagMappings_few':
    'В проекте может быть не больше {{count, number}} соответствий тегов. Ничего не изменено.',
  'projectFull-tagMappings_many':
    'В проекте может быть не больше {{count, number}} соответствий тегов. Ничего не изменено.',
  'projectFull-tagMappings_other':
    'В проекте может быть не больше {{count, number}} соответствия тегов. Ничего не изменено.',
  'cannotSave-coderCodebooks': 'Не удалось сохранить кодбук коллеги: {{reason}}. Ничего не изменено.',
  'projectFull-coderCodebooks_one':
    'В проекте может быть не больше {{count, number}} кодбука коллег. Ничего не изменено.',
  'projectFull-coderCodebooks_few':
    'В проекте может быть не больше {{count, number}} кодбуков коллег. Ничего не изменено.',
  'projectFull-coderCodebooks_many':
    'В проекте может быть не больше {{count, number}} кодбуков коллег. Ничего не изменено.',
  'projectFull-coderCodebooks_other':
    'В проекте может быть не больше {{count, number}} кодбука коллег. Ничего не изменено.',
  'cannotSave-curationDecisions': 'Не удалось сохранить решение курирования: {{reason}}. Ничего не изменено.',
  'projectFull-curationDecisions_one':
    'В проекте может быть не больше {{count, number}} решения курирования. Ничего не изменено.',
  'projectFull-curationDecisions_few':
    'В проекте может быть не больше {{count, number}} решений курирования. Ничего не изменено.',
  'projectFull-curationDecisions_many':
    'В проекте может быть не больше {{count, number}} решений курирования. Ничего не изменено.',
  'projectFull-curationDecisions_other':
    'В проекте может быть не больше {{count, number}} решения курирования. Ничего не изменено.',
  'cannotSave-curationStatuses': 'Не удалось сохранить статус курирования документа: {{reason}}. Ничего не изменено.',
  'projectFull-curationStatuses_one':
    'В проекте может быть не больше {{count, number}} статуса курирования. Ничего не изменено.',
  'projectFull-curationStatuses_few':
    'В проекте может быть не больше {{count, number}} статусов курирования. Ничего не изменено.',
  'projectFull-curationStatuses_many':
    'В проекте может быть не больше {{count, number}} статусов курирования. Ничего не изменено.',
  'projectFull-curationStatuses_other':
    'В проекте может быть не больше {{count, number}} статуса курирования. Ничего не изменено.',
  'cannotSave-quickReasons': 'Не удалось сохранить быструю причину: {{reason}}. Ничего не изменено.',
  'projectFull-quickReasons_one':
    'В проекте может быть не больше {{count, number}} быстрой причины. Ничего не изменено.',
  'projectFull-quickReasons_few':
    'В проекте может быть не больше {{count, number}} быстрых причин. Ничего не изменено.',
  'projectFull-quickReasons_many':
    'В проекте может быть не больше {{count, number}} быстрых причин. Ничего не изменено.',
  'projectFull-quickReasons_other':
    'В проекте может быть не больше {{count, number}} быстрой причины. Ничего не изменено.',
  // ── Причины отказов из общего кода (правка и файлы кодбука, клавиши, слияние акторов, фрагменты и правка
  // текста), каждая — код; внешнее сообщение называет свою причину как $t({{reason}}).
  cannotAnnotateBecause: 'Нельзя аннотировать символы {{start}}–{{end}}: $t({{reason}}).',
  suggestionNotSpanBecause:
    'Предложение «{{quote}}» в символах {{start}}–{{end}} документа «{{title}}» не является фрагментом текста: $t({{reason}}).',
  suggestionMismatchAt:
    'Предложение «{{quote}}» не совпадает с символами {{start}}–{{end}} документа «{{title}}» (возможно, текст изменился); поищите предложения заново.',
  cannotReattach: 'Нельзя снова привязать аннотацию {{id}}: $t({{reason}})',
  'range-notWhole': 'начало и конец должны быть целыми числами',
  'range-beforeStart': 'начало раньше начала текста',
  'range-pastEnd': 'конец ({{end}}) за концом текста ({{length}})',
  'range-empty': 'фрагмент пуст: конец должен быть после начала',
  'range-cutsCharacter': 'фрагмент разрезает символ (например, эмодзи) пополам',
  textCorrectionBecause: 'Правку текста нельзя применить: $t({{reason}}).',
  textChangeNumbered: 'правка {{change}}: $t({{why}})',
  'textChange-notWhole': 'from и to должны быть целыми числами',
  'textChange-insertNotText': 'insert должен быть строкой',
  'textChange-fromBeforeStart': 'from ({{from}}) раньше начала текста',
  'textChange-fromAfterTo': 'from ({{from}}) больше to ({{to}})',
  'textChange-toPastEnd': 'to ({{to}}) за концом текста ({{length}})',
  'textChange-cutsCharacter': 'правка разрезает символ (например, эмодзи) пополам',
  'textChange-halfInserted': 'вставленный текст начинается или кончается половиной символа (например, эмодзи)',
  'textChange-tooLong': 'длина текста стала бы {{length}} — больше предела {{maxLength}}',
  tagIdTaken: 'Тег с идентификатором «{{id}}» уже есть.',
  noParentTag: 'Нет родительского тега с идентификатором «{{id}}».',
  noTagWithId: 'Нет тега с идентификатором «{{id}}».',
  noTagToMerge: 'Нет тега с идентификатором «{{id}}», который нужно слить.',
  noTagToMergeInto: 'Нет тега с идентификатором «{{id}}», с которым нужно слить.',
  noTagToDelete: 'Нет тега с идентификатором «{{id}}», который нужно удалить.',
  noTagToMoveTo: 'Нет тега с идентификатором «{{id}}», в который нужно перенести аннотации.',
  noTagToMoveUnder: 'Нет тега с идентификатором «{{id}}», под который нужно перенести «{{name}}».',
  mergeTagIntoItself: 'Тег «{{name}}» нельзя слить с самим собой.',
  mergeTagIntoSubTag: 'Тег «{{name}}» нельзя слить с его собственным подтегом «{{subTag}}».',
  mergeSubTagClash:
    'И у «{{into}}», и у «{{from}}» есть подтег «{{child}}». Сначала переименуйте один из них или слейте их.',
  moveTagUnderItself: 'Тег «{{name}}» нельзя перенести под самого себя.',
  moveTagUnderSubTag: 'Тег «{{name}}» нельзя перенести под его собственный подтег «{{subTag}}».',
  moveToDeletedTag: 'Аннотации нельзя перенести в «{{target}}»: этот тег удаляется.',
  moveToDeletedSubTag: 'Аннотации нельзя перенести в «{{target}}»: это подтег «{{tag}}», и он удаляется вместе с ним.',
  tagNeedsName: 'У тега должно быть название.',
  tagFieldTooLong_one: 'Поле «$t(errors:tagField-{{field}})» слишком длинное: не больше {{count}} символа.',
  tagFieldTooLong_few: 'Поле «$t(errors:tagField-{{field}})» слишком длинное: не больше {{count}} символов.',
  tagFieldTooLong_many: 'Поле «$t(errors:tagField-{{field}})» слишком длинное: не больше {{count}} символов.',
  tagFieldTooLong_other: 'Поле «$t(errors:tagField-{{field}})» слишком длинное: не больше {{count}} символа.',
  tagFieldInvalid: 'Поле «$t(errors:tagField-{{field}})»: {{detail}}.',
  'tagField-id': 'Идентификатор',
  'tagField-name': 'Название',
  'tagField-parent': 'Родитель',
  'tagField-color': 'Цвет',
  'tagField-description': 'Описание',
  'tagField-shortcut': 'Клавиша',
  'tagField-kind': 'Вид',
  'tagField-tag': 'Тег',
  tagNameTakenTop: 'На верхнем уровне уже есть тег «{{name}}».',
  tagNameTakenUnder: 'В «{{parent}}» уже есть тег «{{name}}».',
  shortcutReserved: 'Клавиша «{{key}}» занята: $t(codebook:reserved-{{purpose}}).',
  shortcutNotKey: 'Клавиша — одна строчная латинская буква (a–z) или цифра (0–9), а не «{{key}}».',
  shortcutTaken: 'Клавиша «{{key}}» уже назначена тегу {{tag}}.',
  shortcutNotImported: 'Клавиша «{{key}}» тега {{label}} не импортирована: $t({{reason}})',
  'codebookProblem-sameId': 'У двух тегов один идентификатор «{{id}}» («{{first}}» и «{{second}}»).',
  'codebookProblem-noParent': 'У тега «{{name}}» указан родитель «{{parent}}», которого нет в кодбуке.',
  'codebookProblem-cycle': 'Родители этих тегов замыкаются в круг: {{cycle}}.',
  'codebookProblem-sameShortcut': 'У «{{first}}» и «{{second}}» одна и та же клавиша «{{key}}».',
  'codebookProblem-sameNameTop': 'Два тега верхнего уровня называются «{{name}}».',
  'codebookProblem-sameNameUnder': 'Два подтега «{{parent}}» называются «{{name}}».',
  codebookNotImportedBecause: 'Этот кодбук нельзя импортировать: $t({{reason}})',
  'codebookFile-unreadable': 'Файл кодбука не удалось прочитать.',
  'codebookFile-tooLarge': 'Файл слишком велик для кодбука: {{size}} МБ (предел — 2 МБ).',
  'codebookFile-empty': 'Файл пуст.',
  'codebookFile-brat':
    'Это annotation.conf из brat, а не кодбук Glossator. Glossator импортирует только файлы кодбуков, экспортированные из Glossator (.json).',
  'codebookFile-notJson': 'Файл — не корректный JSON ({{detail}}), значит, это не кодбук Glossator.',
  'codebookFile-notJsonBare': 'Файл — не корректный JSON, значит, это не кодбук Glossator.',
  'codebookFile-forbiddenKey':
    'В файле есть ключ «{{key}}» (в {{path}}), который Glossator из соображений безопасности не принимает.',
  'codebookFile-forbiddenKeyTop':
    'В файле есть ключ «{{key}}» (на верхнем уровне), который Glossator из соображений безопасности не принимает.',
  'codebookFile-noObject': 'Этот JSON-файл — не кодбук Glossator: в нём нет объекта кодбука.',
  'codebookFile-newer':
    'Этот кодбук экспортирован более новой версией Glossator (версия файла {{version}}); эта версия читает версию {{supported}}. Обновите Glossator, чтобы импортировать его.',
  'codebookFile-damaged': 'Файл кодбука повреждён в {{path}}: {{detail}}.',
  'codebookFile-damagedTop': 'Файл кодбука повреждён на верхнем уровне: {{detail}}.',
  'codebookFile-unusable': 'Файл кодбука непригоден: $t({{problem}})',
  'codebookFile-refiCodebook':
    'Это кодбук REFI-QDA (.qdc, как его экспортируют MAXQDA, ATLAS.ti или NVivo), а не кодбук Glossator. Glossator импортирует только файлы кодбуков, экспортированные из Glossator (.json).',
  'codebookFile-refiProject':
    'Это проект REFI-QDA (.qde), а не кодбук Glossator. Glossator импортирует только файлы кодбуков, экспортированные из Glossator (.json).',
  'codebookFile-xml':
    'Это XML-файл, а не кодбук Glossator. Glossator импортирует только файлы кодбуков, экспортированные из Glossator (.json).',
  'codebookFile-otherGlossator': 'Это файл Glossator вида «{{kind}}», а не файл кодбука.',
  'codebookFile-otherFormat': 'Это файл формата «{{format}}», а не кодбук Glossator.',
  'codebookFile-projectFile':
    'Это файл проекта Glossator (project.json), а не файл кодбука. Экспортируйте кодбук из проекта.',
  'codebookFile-noFormat': 'Этот JSON-файл — не кодбук Glossator: в нём нет "format": "glossator-codebook".',
  mergeActorIntoItself: 'Актора «{{id}}» нельзя слить с самим собой.',
  mergeNoActor: 'Слить нельзя: нет актора с идентификатором «{{id}}».',
  mergeTooManyAliases_one:
    'Слить нельзя: у «{{name}}» оказался бы {{count}} вариант имени, а можно не больше {{limit}}.',
  mergeTooManyAliases_few:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} варианта имени, а можно не больше {{limit}}.',
  mergeTooManyAliases_many:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} вариантов имени, а можно не больше {{limit}}.',
  mergeTooManyAliases_other:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} варианта имени, а можно не больше {{limit}}.',
  mergeTooManyAffiliations_one:
    'Слить нельзя: у «{{name}}» оказалась бы {{count}} принадлежность к организациям, а можно не больше {{limit}}.',
  mergeTooManyAffiliations_few:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} принадлежности к организациям, а можно не больше {{limit}}.',
  mergeTooManyAffiliations_many:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} принадлежностей к организациям, а можно не больше {{limit}}.',
  mergeTooManyAffiliations_other:
    'Слить нельзя: у «{{name}}» оказалось бы {{count}} принадлежности к организациям, а можно не больше {{limit}}.',
  mergeNotesTooLong_one: 'Слить нельзя: объединённая заметка была бы длиннее {{count}} символа.',
  mergeNotesTooLong_few: 'Слить нельзя: объединённая заметка была бы длиннее {{count}} символов.',
  mergeNotesTooLong_many: 'Слить нельзя: объединённая заметка была бы длиннее {{count}} символов.',
  mergeNotesTooLong_other: 'Слить нельзя: объединённая заметка была бы длиннее {{count}} символа.',
  // Backups
  backupDamaged:
    'Эту копию нельзя восстановить: её файлы повреждены или отсутствуют ({{reason}}). Ничего не изменено; выберите другую копию.',
  // Слои кодировщиков
  notYourLayer:
    'Это из слоя кодировщика «{{coder}}»: менять аннотации и связи слоя может только его автор. Ничего не изменено; свои аннотации и связи вы можете менять.',
};
