import type { cli as en } from '../en/cli.ts';
import type { Translation } from '../translation.ts';

/** Русский: cli — что печатает `npm run serve` (electron/server/server.ts), и его --help. */
export const cli: Translation<typeof en> = {
  help: `Использование: npm run serve -- [параметры]

Запускает Glossator на этом компьютере и открывает его в браузере по локальному адресу (только 127.0.0.1).

Параметры:
  --project ПАПКА      папка проекта (новая создаётся; по умолчанию — проект по умолчанию с примерами текстов)
  --port N             порт от 0 до 65535 (запоминается; по умолчанию — запомненный для проекта или свободный)
  --new-token          новый токен доступа (старые закладки и открытые вкладки этого проекта перестанут работать)
  --coder ИМЯ          кто вы в этом проекте (запоминается)
  --sample             заполнить новый пустой проект примерами текстов
  --config ПАПКА       где Glossator хранит настройки (по умолчанию {{config}})
  --static-root ПАПКА  откуда брать страницы приложения (по умолчанию — из сборки)
  --lang en|ru         язык этих сообщений (по умолчанию — выбранный в настройках, иначе системный)
  -h, --help           показать эту справку`,
  serving_one: 'Glossator открыл проект «{{name}}» ({{count}} документ) из {{path}}',
  serving_few: 'Glossator открыл проект «{{name}}» ({{count}} документа) из {{path}}',
  serving_many: 'Glossator открыл проект «{{name}}» ({{count}} документов) из {{path}}',
  serving_other: 'Glossator открыл проект «{{name}}» ({{count}} документа) из {{path}}',
  openedIn: 'Проект открыт за {{ms}} мс',
  problem: 'Проблема: {{problem}}',
  openAddress:
    'Откройте этот адрес в браузере (в нём токен доступа; для этого проекта он не меняется, пока не задан --new-token):\n{{url}}',
  couldNotStart: 'Не удалось запустить Glossator: {{reason}}',
  badLanguage: '--lang принимает en или ru, а не «{{text}}».',
  unknownOption: 'Параметра {{option}} нет. Список параметров: --help.',
  missingValue: 'Для {{option}} нужно значение. Список параметров: --help.',
  unexpectedArgument: 'Здесь ожидаются только параметры, а «{{text}}» — не параметр. Список параметров: --help.',
  addressUnreadable: 'Не удалось прочитать {{path}} ({{reason}}); адреса начаты заново.',
  addressDamaged: 'Файл {{path}} повреждён; адреса для браузера начаты заново.',
  portMoved:
    'Порт {{wanted}}, запомненный для этого проекта, занят: вместо него используется порт {{port}} с тем же токеном, и он запоминается.',
  addressNotRemembered: 'Не удалось запомнить этот адрес для следующего запуска: {{reason}}',
  // npm run cli (electron/cli)
  commandHelp: `Использование: npm run cli -- КОМАНДА [параметры]

Ядро Glossator без окна — для сценариев и архивирования. Блокирует проект так же, как приложение.

Команды:
  info --project ПАПКА [--json]   версия формата проекта и счётчики; с --json — один объект JSON:
                                  {"format", "documents", "annotations": {coderId: n}, "coders": {coderId: имя},
                                   "actors", "links", "concepts", "tags"}
  export --project ПАПКА --format bundle|csv|qdpx|qdc|w3c|brat|graphml --out ПУТЬ [--layer КОДИРОВЩИК]...
         [--document ID]... [--bom] [--table ИМЯ]
                                  записывает проект: пакет (.glossator), таблицы CSV для R и Python (--out —
                                  папка: по файлу на таблицу; путь на .zip — zip-архив таблиц; --table ИМЯ —
                                  только эта таблица, например annotations или statements; --bom — для Excel), проект (.qdpx) или кодбук (.qdc) REFI-QDA, W3C Web Annotation JSON-LD,
                                  разметку brat (zip) или сеть «актор — концепт» в GraphML; все слои или
                                  названные (id или имя кодировщика); все документы или названные
  import --project ПАПКА ФАЙЛ... [--coder-map ИХ=НАШ]... [--dry-run] [--replace-layers] [--json]
                                  читает каждый файл (пакет, .qdpx, .qdc, W3C JSON-LD, brat — zip или папка;
                                  формат определяется по содержимому; все файлы читаются до первого импорта),
                                  перечисляет аннотации, не подходящие к тексту, и импортирует каждый файл
                                  одним шагом отмены; каждое расхождение решается так, как предлагает
                                  приложение. --coder-map сопоставляет кодировщика файла (id или имя)
                                  кодировщику проекта или «new» (новый слой); --dry-run только печатает
                                  предпросмотр; --replace-layers разрешает заменить слой коллеги его более новой
                                  копией (без него — отказ); --json печатает предпросмотр или итог в JSON (для
                                  нескольких файлов — массив, у каждого элемента свой "file")
  agreement --project ПАПКА [--layers КОДИРОВЩИК,...] [--tags ID,...] [--unit exact|overlap] [--threshold X] [--json]
                                  согласие между слоями кодировщиков по всем документам: все слои или названные
                                  (id или имя); все теги как есть или названные (каждый со своими подтегами);
                                  единицы по точному совпадению границ или по перекрытию (пересечение к
                                  объединению ≥ X, по умолчанию overlap 0.5; 0 — любое перекрытие). Печатает, как
                                  сложились единицы, и все коэффициенты
  agreement --table ФАЙЛ.csv [--json]
                                  согласие для данных, размеченных в другой программе: таблица CSV «единицы ×
                                  кодировщики» (строка заголовка — имена кодировщиков; одна строка на единицу;
                                  пустая ячейка — не кодировал)
                                  с --json обе формы печатают один объект: {"coders", "units",
                                  "percent_agreement", "cohen_kappa" (null, если кодировщиков не двое),
                                  "fleiss_kappa", "fleiss_units", "krippendorff_alpha_nominal", "gwet_ac1"};
                                  неопределённый коэффициент — null
  curation merge|log --project ПАПКА ...
                                  merge копирует в курированный слой то, в чём согласны кодировщики из --coders
                                  (--rule unanimous|majority|none); log печатает журнал решений или записывает его
                                  (--csv ФАЙЛ). Подробнее: npm run cli -- curation --help
  clone URL ПАПКА                 клонирует общий проект (репозиторий git по https://: GitLab, Gitea, GitHub или
                                  любой git http-backend) в ПАПКУ — новую или пустую папку
  sync --project ПАПКА [--remote URL] [--json]
                                  фиксирует сохранённые изменения, получает изменения коллег, сливает их по
                                  записям и отправляет свои; с --remote (в первый раз) подключает проект к этому
                                  репозиторию и публикует его. Учётные данные: GLOSSATOR_GIT_USER и GLOSSATOR_GIT_TOKEN

Параметры:
  --coder ИМЯ     кто вы (как для npm run serve)
  --config ПАПКА  где Glossator хранит настройки (по умолчанию ~/.config/Glossator)
  --lang ru|en    язык сообщений (по умолчанию — выбранный в настройках, иначе из LANG)
  --help, -h      эта справка

Код выхода: 0 — готово, 1 — отказ (причина в stderr, ничего не изменено), 2 — ошибка в вызове.`,
  commandUsageError: 'Непонятно: {{arg}}. См. npm run cli -- --help.',
  commandUnknown: 'Команды «{{command}}» нет. См. npm run cli -- --help.',
  commandNeedsProject: 'Команде {{command}} нужен параметр --project ПАПКА.',
  notAProject: 'В папке {{folder}} нет проекта Glossator (нет project.json).',
  info: `Проект «{{name}}» в {{folder}}
Формат {{format}} · {{documents}} · акторов: {{actors}} · связей: {{links}} · концептов: {{concepts}} · тегов: {{tags}}`,
  infoLayer_one: '  {{name}}: {{count}} аннотация',
  infoLayer_few: '  {{name}}: {{count}} аннотации',
  infoLayer_many: '  {{name}}: {{count}} аннотаций',
  infoLayer_other: '  {{name}}: {{count}} аннотации',
  documentCount_one: '{{count}} документ',
  documentCount_few: '{{count}} документа',
  documentCount_many: '{{count}} документов',
  documentCount_other: '{{count}} документа',
  annotationCount_one: '{{count}} аннотация',
  annotationCount_few: '{{count}} аннотации',
  annotationCount_many: '{{count}} аннотаций',
  annotationCount_other: '{{count}} аннотации',
  linkCount_one: '{{count}} связь',
  linkCount_few: '{{count}} связи',
  linkCount_many: '{{count}} связей',
  linkCount_other: '{{count}} связи',
  noSuchCoder: 'В проекте нет кодировщика «{{coder}}» (укажите id или имя; их перечисляет `info`).',
  noSuchBundleCoder: 'В пакете нет слоя кодировщика «{{coder}}» (укажите id или имя; их перечисляет --dry-run).',
  exported: 'Записан {{file}} ({{megabytes}} МБ): {{documents}}, {{links}}',
  linksLeftOut_one: '{{count}} связь не вошла в пакет: один из её концов не в пакете.',
  linksLeftOut_few: '{{count}} связи не вошли в пакет: у каждой один из концов не в пакете.',
  linksLeftOut_many: '{{count}} связей не вошли в пакет: у каждой один из концов не в пакете.',
  linksLeftOut_other: '{{count}} связи не вошли в пакет: у каждой один из концов не в пакете.',
  previewHeader:
    'Пакет проекта «{{project}}», экспорт: {{coder}}, {{created}} (Glossator {{app}}, формат пакета {{format}})',
  previewLayersHeading: 'Слои:',
  previewLayerNew: '  {{name}}: {{annotations}} → новый слой',
  previewLayerOnto: '  {{name}}: {{annotations}} → слой кодировщика {{target}}',
  previewLayerReplacing:
    '  {{name}}: {{annotations}} → слой кодировщика {{target}}, с заменой его работы в этих документах (сейчас {{theirs}})',
  previewLayerMine: '  {{name}}: ваша собственная работа — сравнена и пропущена (расхождений: {{differs}})',
  previewDocuments: 'Документы: новых {{new}}, уже есть {{same}}, с другим текстом {{different}}',
  'recordKind-tag': 'Тег',
  'recordKind-actor': 'Актор',
  'recordKind-linkType': 'Тип связи',
  'recordKind-concept': 'Концепт',
  'choice-ours': 'оставляем наш',
  'choice-theirs': 'берём их',
  'choice-both': 'оставляем оба',
  previewRecordNew: '  {{kind}} «{{name}}»: новый',
  previewRecordSameName: '  {{kind}} «{{name}}»: у нас то же имя под другим id → {{choice}}',
  previewRecordDiffers: '  {{kind}} «{{name}}»: отличается ({{fields}}) → {{choice}}',
  previewLinks: 'Связи: новых {{new}}, нельзя разместить (нет одного из концов) {{unplaced}}',
  previewOrphansHeading_one:
    '{{count}} аннотацию нельзя разместить в тексте этого проекта, она сохранится как потерянная:',
  previewOrphansHeading_few:
    '{{count}} аннотации нельзя разместить в тексте этого проекта, они сохранятся как потерянные:',
  previewOrphansHeading_many:
    '{{count}} аннотаций нельзя разместить в тексте этого проекта, они сохранятся как потерянные:',
  previewOrphansHeading_other:
    '{{count}} аннотации нельзя разместить в тексте этого проекта, они сохранятся как потерянные:',
  previewOrphan: '  «{{quote}}» в «{{document}}»',
  previewNothingNew: 'Ничего нового: в этом проекте уже есть всё, что в пакете.',
  previewWouldAdd: 'Импорт добавит: {{documents}}, {{annotations}}, {{links}}.',
  previewWouldReplace:
    'Он заменит часть слоя коллеги: аннотаций {{annotations}}, связей {{links}} (запустите с --replace-layers).',
  importWouldReplace:
    'Этот импорт заменил бы часть слоя коллеги (аннотаций: {{annotations}}, связей: {{links}}). Посмотрите --dry-run, затем запустите с --replace-layers, чтобы заменить. Ничего не изменено.',
  imported: `Импортировано: {{documents}}, {{annotations}}, {{links}}.
Новых слоёв: {{coders}} · заменено или удалено аннотаций: {{replaced}} · потерянных: {{orphans}} · неразмещённых связей: {{unplaced}} · ваших, пропущено: {{mine}}
Отменить импорт можно в Glossator.`,
  // agreement (electron/cli/commands/agreement-command.ts) и таблицы, которые он читает (shared/agreement/read-table.ts)
  agreementNeedsInput: 'agreement нужен --project ПАПКА или --table ФАЙЛ.csv.',
  agreementTableAndProject:
    'agreement читает либо проект (--project), либо таблицу (--table), но не то и другое сразу.',
  agreementTableOptions: '{{option}} относится к agreement --project, а не к --table.',
  agreementBadUnit: '--unit может быть exact или overlap, а не «{{text}}».',
  agreementBadThreshold: '--threshold — число от 0 до 1 (перекрытие: пересечение к объединению), а не «{{text}}».',
  agreementThresholdNeedsOverlap: '--threshold действует только вместе с --unit overlap.',
  agreementTooFewLayers_one: 'Для согласия нужны слои двух или более кодировщиков; в этом проекте {{count}} слой.',
  agreementTooFewLayers_few:
    'Для согласия нужны слои двух или более кодировщиков; в этом проекте {{count}} слоя (или в --layers названо меньше двух).',
  agreementTooFewLayers_many:
    'Для согласия нужны слои двух или более кодировщиков; в этом проекте {{count}} слоёв (или в --layers названо меньше двух).',
  agreementTooFewLayers_other:
    'Для согласия нужны слои двух или более кодировщиков; в этом проекте {{count}} слоя (или в --layers названо меньше двух).',
  agreementTableHeading_one: 'Согласие кодировщиков {{coders}}: {{count}} единица',
  agreementTableHeading_few: 'Согласие кодировщиков {{coders}}: {{count}} единицы',
  agreementTableHeading_many: 'Согласие кодировщиков {{coders}}: {{count}} единиц',
  agreementTableHeading_other: 'Согласие кодировщиков {{coders}}: {{count}} единицы',
  agreementProjectHeading_one: 'Согласие кодировщиков {{coders}}, {{documents}}: {{count}} единица',
  agreementProjectHeading_few: 'Согласие кодировщиков {{coders}}, {{documents}}: {{count}} единицы',
  agreementProjectHeading_many: 'Согласие кодировщиков {{coders}}, {{documents}}: {{count}} единиц',
  agreementProjectHeading_other: 'Согласие кодировщиков {{coders}}, {{documents}}: {{count}} единицы',
  agreementFormation:
    'Единицы: {{rule}} · найдено {{found}} · полных (отметили все) {{complete}} · неполных {{incomplete}} · не учтено: потерянных {{orphans}}, с другими тегами {{outside}}',
  agreementRuleExact: 'точное совпадение границ',
  agreementRuleOverlap: 'перекрытие ≥ {{threshold}} (пересечение к объединению)',
  agreementRuleAnyOverlap: 'любое перекрытие',
  agreementFigure: '{{name}}  {{value}}   использовано единиц: {{units}} из {{found}}',
  agreementFigureUndefined: '{{name}}  не определяется: {{reason}}   использовано единиц: {{units}} из {{found}}',
  agreementUnitizing: '{{name}}  {{value}}   по непрерывному тексту (посимвольно)',
  agreementFigureAlone: '{{name}}  не определяется: {{reason}}',
  agreementPerTagHeading: 'По тегам (этот тег против всех остальных):',
  agreementPerTag: '  {{tag}}: α {{alpha}} · κ {{kappa}} · единиц {{units}}',
  agreementNoCommonUnits:
    'Нет общих единиц: эти кодировщики не отметили ни одного общего фрагмента, так что коэффициенту не из чего взяться.',
  'coefficient-percent': 'Процент согласия',
  'coefficient-cohen': 'Каппа Коэна',
  'coefficient-fleiss': 'Каппа Флейса',
  'coefficient-alpha': 'Альфа Криппендорфа (номинальная)',
  'coefficient-ac1': 'AC1 Гвета',
  'coefficient-unitizing': 'Альфа Криппендорфа для разметки (αu)',
  'reason-no-units': 'нет ни одной пригодной единицы',
  'reason-no-variation': 'все значения в одной категории',
  'reason-too-few-coders': 'только для двух кодировщиков',
  'reason-other': 'здесь не вычисляется',
  undefinedValue: '—',
  csvNotUtf8:
    'Файл не в кодировке UTF-8: байт {{byte}} (строка {{line}}) недопустим в UTF-8. Сохраните его как «CSV UTF-8» и попробуйте снова.',
  csvUnclosedQuote: 'Поле в кавычках, начатое в строке {{line}}, не закрыто (не хватает ").',
  csvTextAfterQuote:
    'Строка {{line}}, поле {{field}}: после закрывающей кавычки идёт текст. В CSV кавычка внутри поля в кавычках пишется дважды ("").',
  csvStrayQuote:
    'Строка {{line}}, поле {{field}}: кавычка внутри поля без кавычек. Заключите поле в кавычки, а кавычку внутри напишите дважды ("").',
  csvBareCr: 'Строка {{line}} кончается одиночным символом CR; строки CSV кончаются на CRLF или LF.',
  csvTooManyCells:
    'В таблице больше {{limit}} ячеек — больше, чем Glossator читает как таблицу «единицы × кодировщики». Разделите её или посчитайте согласие в самом Glossator.',
  tableEmpty: 'Таблица пуста: её первая строка должна называть кодировщиков, по одному на столбец.',
  tableOneCoder:
    'В таблице назван только один кодировщик («{{coder}}»): для согласия нужны два или более столбца, по одному на кодировщика.',
  tableBlankCoder: 'В столбце {{column}} строки заголовка нет имени кодировщика.',
  tableDuplicateCoder: 'Строка заголовка дважды называет кодировщика «{{coder}}».',
  tableRagged_one:
    'В строке {{line}} {{count}} ячейка, а столбцов кодировщиков в заголовке: {{coders}}. В каждой строке нужна одна ячейка на кодировщика (пустая — не кодировал).',
  tableRagged_few:
    'В строке {{line}} {{count}} ячейки, а столбцов кодировщиков в заголовке: {{coders}}. В каждой строке нужна одна ячейка на кодировщика (пустая — не кодировал).',
  tableRagged_many:
    'В строке {{line}} {{count}} ячеек, а столбцов кодировщиков в заголовке: {{coders}}. В каждой строке нужна одна ячейка на кодировщика (пустая — не кодировал).',
  tableRagged_other:
    'В строке {{line}} {{count}} ячейки, а столбцов кодировщиков в заголовке: {{coders}}. В каждой строке нужна одна ячейка на кодировщика (пустая — не кодировал).',
  tableFormula:
    'Строка {{line}}, столбец {{column}} ({{coder}}): «{{cell}}» похоже на формулу электронной таблицы, а не на категорию. Сохраните значения, а не формулы (или запишите категорию иначе).',
  tableNoPairs_one:
    'Сравнивать нечего: из {{count}} единицы ни одну не отметили два или более кодировщика. Для согласия нужны единицы, которые отметили несколько кодировщиков.',
  tableNoPairs_few:
    'Сравнивать нечего: из {{count}} единиц ни одну не отметили два или более кодировщика. Для согласия нужны единицы, которые отметили несколько кодировщиков.',
  tableNoPairs_many:
    'Сравнивать нечего: из {{count}} единиц ни одну не отметили два или более кодировщика. Для согласия нужны единицы, которые отметили несколько кодировщиков.',
  tableNoPairs_other:
    'Сравнивать нечего: из {{count}} единицы ни одну не отметили два или более кодировщика. Для согласия нужны единицы, которые отметили несколько кодировщиков.',
  tableMissing: 'Файла {{file}} нет.',
  tableUnreadable: 'Не удалось прочитать таблицу {{file}} ({{code}}).',
  tableTooLarge:
    'Файл {{file}} занимает {{megabytes}} МБ — больше, чем может занимать таблица «единицы × кодировщики».',
};
