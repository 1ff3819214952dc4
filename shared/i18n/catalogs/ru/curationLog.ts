import type { curationLog as en } from '../en/curationLog.ts';
import type { Translation } from '../translation.ts';

/** Русский: связи, журнал решений, быстрые причины и команда курирования (curationLog). */
export const curationLog: Translation<typeof en> = {
  title: 'Журнал решений',

  'history-takeLink': 'Взять связь «{{from}}» и «{{to}}» ({{type}}) в курированный слой',
  'history-rejectLink': 'Отклонить связь «{{from}}» и «{{to}}» ({{type}})',
  'history-addQuickReason': 'Добавить быструю причину «{{label}}»',
  'history-renameQuickReason': 'Переименовать быструю причину «{{from}}» в «{{label}}»',
  'history-deleteQuickReason': 'Удалить быструю причину «{{label}}»',

  'error-reasonRequired':
    'Укажите причину: напишите её или выберите быструю причину. Каждое решение курирования записывается с причиной.',
  'error-endNotCurated':
    'Конец связи «{{quote}}» ещё не в курированном слое: сначала решите его единицу, затем возьмите связь.',
  'error-endsBecameOne':
    'Оба конца этой связи стали одной и той же курированной аннотацией, а связи нужны две. Отклоните её.',
  'error-alreadyCurated':
    'В курированном слое уже есть эта связь (взятая из копии другого кодировщика). Отклоните эту как дубликат.',
  'error-linkIsCurated': 'Это связь самого курированного слоя: решайте связь кодировщика, из которой она взята.',
  'error-linkEndsGone': 'Оба конца связи {{id}} удалены: курировать нечего. Удалите связь.',
  'error-quickReasonExists': 'Быстрая причина «{{label}}» уже есть.',
  'error-noQuickReason': 'Быстрой причины {{id}} нет (возможно, её только что удалили).',
  'error-tooManyQuickReasons': 'В проекте может быть не больше {{max}} быстрых причин: удалите ненужную.',

  'cli-help': `Использование: npm run cli -- curation merge --project ПАПКА --coders ID,ID[,ID…] [--rule unanimous|majority|none] [--json]
               npm run cli -- curation log --project ПАПКА [--csv ФАЙЛ] [--json]

  merge   копирует в курированный слой каждую единицу, в которой выбранные кодировщики (по id или имени) согласны:
          тот же фрагмент, тот же тег (с учётом сопоставлений тегов), те же поля высказывания. --rule unanimous
          (по умолчанию): все; majority: больше половины; none: ничего не копируется, только подсчёт. Единицы
          образуются по перекрытию (0,5), как в окне сравнения. Уже решённые единицы и курированная работа не
          меняются. В приложении — один шаг отмены. Печатает, что сделано; с --json — один объект:
          {"rule", "documents", "added", "alreadyDecided", "undecided"}
  log     журнал решений, сначала новые: когда, документ, решение, цитата, куратор и причина. --csv ФАЙЛ записывает
          его в CSV (столбцы перечислены в README, UTF-8 с BOM); --json печатает {"total", "rows": [решения]}`,
  'cli-unknownCommand': 'Неизвестная команда курирования «{{text}}»: merge или log (npm run cli -- curation --help).',
  'cli-needsCoders': 'Для curation merge нужен --coders ID,ID: два кодировщика или больше, по id или имени.',
  'cli-badRule': 'Неизвестное правило --rule «{{text}}»: unanimous, majority или none.',
  'cli-curatedNotACoder': 'Курированный слой — результат слияния, а не один из сливаемых кодировщиков.',
  'cli-rule-unanimous': 'единогласно',
  'cli-rule-majority': 'большинством',
  'cli-rule-none': 'без слияния',
  'cli-documentCount_one': '{{count}} документу',
  'cli-documentCount_few': '{{count}} документам',
  'cli-documentCount_many': '{{count}} документам',
  'cli-documentCount_other': '{{count}} документам',
  'cli-mergeHeading': 'Слито то, в чём согласны {{coders}} ({{rule}}), по {{documents}}:',
  'cli-mergeAdded_one': '  {{count}} единица добавлена в курированный слой',
  'cli-mergeAdded_few': '  {{count}} единицы добавлены в курированный слой',
  'cli-mergeAdded_many': '  {{count}} единиц добавлено в курированный слой',
  'cli-mergeAdded_other': '  {{count}} единицы добавлено в курированный слой',
  'cli-mergeAlreadyDecided_one': '  {{count}} согласная единица уже решена и оставлена как есть',
  'cli-mergeAlreadyDecided_few': '  {{count}} согласные единицы уже решены и оставлены как есть',
  'cli-mergeAlreadyDecided_many': '  {{count}} согласных единиц уже решено и оставлено как есть',
  'cli-mergeAlreadyDecided_other': '  {{count}} согласной единицы уже решено и оставлено как есть',
  'cli-mergeUndecided_one': '  {{count}} единица ждёт решения',
  'cli-mergeUndecided_few': '  {{count}} единицы ждут решения',
  'cli-mergeUndecided_many': '  {{count}} единиц ждут решения',
  'cli-mergeUndecided_other': '  {{count}} единицы ждут решения',
  'cli-logHeading_one': 'В журнале {{count}} решение, сначала новые:',
  'cli-logHeading_few': 'В журнале {{count}} решения, сначала новые:',
  'cli-logHeading_many': 'В журнале {{count}} решений, сначала новые:',
  'cli-logHeading_other': 'В журнале {{count}} решения, сначала новые:',
  'cli-logRow': '{{at}}  {{document}} [{{start}}–{{end}}]  {{decision}}  «{{quote}}»  {{curator}}: {{reason}}',
  'cli-logMore_one': '… и ещё {{count}} (см. --csv)',
  'cli-logMore_few': '… и ещё {{count}} (см. --csv)',
  'cli-logMore_many': '… и ещё {{count}} (см. --csv)',
  'cli-logMore_other': '… и ещё {{count}} (см. --csv)',
  'cli-logConflict': '  ↳ расходится с другим действующим решением по этой единице',
  'cli-logGone_one': '  ↳ {{count}} источник больше не существует: {{ids}}',
  'cli-logGone_few': '  ↳ {{count}} источника больше не существуют: {{ids}}',
  'cli-logGone_many': '  ↳ {{count}} источников больше не существуют: {{ids}}',
  'cli-logGone_other': '  ↳ {{count}} источника больше не существуют: {{ids}}',
  'cli-logReplaced': '  ↳ заменено решением {{id}}',
  'cli-logSaved_one': 'Записано {{count}} решение в {{file}}',
  'cli-logSaved_few': 'Записано {{count}} решения в {{file}}',
  'cli-logSaved_many': 'Записано {{count}} решений в {{file}}',
  'cli-logSaved_other': 'Записано {{count}} решения в {{file}}',
  'cli-noReason': '(без причины)',
  'kind-merged': 'слито',
  'kind-take': 'взято',
  'kind-take-edited': 'взято с правкой',
  'kind-new': 'новое',
  'kind-reject-all': 'всё отклонено',
  'kind-link-take': 'связь взята',
  'kind-link-reject': 'связь отклонена',
};
