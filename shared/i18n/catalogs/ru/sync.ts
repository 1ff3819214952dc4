import type { sync as en } from '../en/sync.ts';
import type { Translation } from '../translation.ts';

/** Русский: синхронизация через git (задача 19), пока хранение учётных данных git (sync). */
export const sync: Translation<typeof en> = {
  'credentials-url-has-credentials':
    'В адресе удалённого репозитория на {{host}} есть имя пользователя или токен. Укажите адрес без них: Glossator сам спросит токен и сохранит его зашифрованным, никогда в проекте.',
  'credentials-bad-url':
    'С этим адресом Glossator синхронизироваться не может: укажите адрес репозитория https:// без части после «?» или «#».',
  'credentials-cipher-unavailable':
    'На этом компьютере нет надёжного места для токена ({{reason}}), поэтому он не сохранён: его спросят при каждой синхронизации.',
  'credentials-vault-damaged':
    'Сохранённые токены git не удалось прочитать, они отложены как {{setAside}}: их спросят снова.',
  'credentials-vault-unreadable': 'Сохранённые токены git не читаются ({{reason}}): токен спросят.',
  'credentials-vault-write-failed': 'Не удалось сохранить токен git ({{reason}}): его спросят снова.',

  'reason-no-keyring': 'не запущено хранилище ключей, например GNOME Keyring или KWallet',
  'reason-no-encryption': 'шифрование системы недоступно',
  'reason-encrypt-failed': 'система отказалась его зашифровать',
  'reason-unavailable': 'шифрование недоступно',

  'credentials-env-hint':
    'Чтобы синхронизироваться без вопросов, задайте в окружении GLOSSATOR_GIT_USER и GLOSSATOR_GIT_TOKEN (персональный токен доступа).',

  'error-auth-required': 'Общий репозиторий просит имя пользователя и токен доступа.',
  'error-auth-refused':
    'Общий репозиторий не принял имя пользователя и токен. Проверьте их (токену нужен доступ к репозиторию на чтение и запись) и попробуйте снова.',
  'error-not-a-repository':
    'По этому адресу не отвечает репозиторий git. Проверьте адрес: в GitLab и Gitea это адрес «Клонировать по HTTPS».',
  'error-offline':
    'Общий репозиторий недоступен ({{reason}}): похоже, нет сети или сервер не работает. Изменения сохранены здесь; синхронизируйтесь, когда появится сеть.',
  'error-bad-url':
    'С этим адресом Glossator синхронизироваться не может: укажите адрес репозитория https://. Общая папка — не удалённый репозиторий git: обменивайтесь через неё пакетами.',
  'error-unsafe-tree':
    'В общем проекте есть «{{path}}», а такое Glossator в папку проекта не кладёт ($t(sync:unsafe-{{reason}})). Здесь ничего не изменено.',
  'unsafe-symlink': 'это символическая ссылка',
  'unsafe-submodule': 'это подмодуль',
  'unsafe-bad-name': 'имя ведёт за пределы папки',
  'unsafe-outside-layout': 'это не файл проекта Glossator',
  'error-remote-error':
    'Общий репозиторий ответил ошибкой (HTTP {{status}}). Здесь ничего не изменено; попробуйте позже.',
  'error-no-remote':
    'Проект ещё не подключён к общему репозиторию: сначала подключите его («Синхронизация», затем «Подключить»; в командной строке — sync --remote URL).',
  'error-not-a-project':
    'В этом репозитории нет проекта Glossator или в нём другой проект. Здесь ничего не изменено.',
  'error-huge-file':
    'В общем проекте есть «{{path}}» размером {{bytes}} байт — больше, чем может быть файл проекта. Здесь ничего не изменено.',
  'error-unreadable-file':
    'Файл общего проекта «{{path}}» Glossator прочитать не может ($t(sync:merge-{{reason}})). Здесь ничего не изменено.',
  'merge-not-project-file': 'это не файл проекта Glossator',
  'merge-not-json': 'это не JSON',
  'merge-not-store-format': 'он устроен не как файл проекта',
  'merge-duplicate-id': 'у двух записей в нём один идентификатор',
  'merge-newer-format': 'его записала более новая версия Glossator: обновите эту',
  'merge-invalid-result': 'после слияния с нашим он нарушил бы ограничение проекта',
  'error-remote-busy':
    'Пока шла синхронизация, коллеги продолжали синхронизироваться (попыток: {{rounds}}). Ваши изменения зафиксированы здесь; повторите синхронизацию чуть позже.',
  'error-no-conflict': 'Этот конфликт уже решён.',
  'error-failed': 'Синхронизация прервалась ({{reason}}). Все сохранённые изменения на месте; следующая синхронизация их подхватит.',

  'history-resolveConflicts_one': 'Взять версию коллеги для {{count}} записи',
  'history-resolveConflicts_few': 'Взять версию коллеги для {{count}} записей',
  'history-resolveConflicts_many': 'Взять версию коллеги для {{count}} записей',
  'history-resolveConflicts_other': 'Взять версию коллеги для {{count}} записи',

  'button-notConnected': 'Не общий',
  'button-upToDate': 'Всё синхронизировано',
  'button-local_one': '{{count}} изменение здесь',
  'button-local_few': '{{count}} изменения здесь',
  'button-local_many': '{{count}} изменений здесь',
  'button-local_other': '{{count}} изменения здесь',
  'button-localUnknown': 'Есть изменения здесь',
  'button-behind': 'Есть новое у коллег',
  'button-offline': 'Нет сети',
  'button-syncing': 'Синхронизация…',
  'button-failed': 'Синхронизация не удалась',
  'button-conflicts_one': '{{count}} конфликт',
  'button-conflicts_few': '{{count}} конфликта',
  'button-conflicts_many': '{{count}} конфликтов',
  'button-conflicts_other': '{{count}} конфликта',
  'button-title': 'Синхронизация с командой: {{state}}',
  'panel-title': 'Синхронизация с командой',
  'panel-notConnected':
    'Этот проект есть только на этом компьютере. Подключите его к общему репозиторию git вашей команды (GitLab, Gitea, GitHub): Glossator опубликует его там, а коллеги его клонируют.',
  'panel-urlLabel': 'Адрес общего репозитория',
  'panel-urlPlaceholder': 'https://gitlab.example.org/team/project.git',
  'panel-connect': 'Подключить и опубликовать',
  'panel-remote': 'Общий репозиторий: {{remote}}',
  'panel-syncNow': 'Синхронизировать',
  'panel-timer': 'Синхронизировать автоматически каждые {{minutes}} минут',
  'panel-lastOk': 'Последняя синхронизация: {{when}}',
  'panel-lastFailed': 'Синхронизация в {{when}} не удалась',
  'panel-openConflicts': 'Решить конфликты…',
  'panel-history': 'История…',
  'panel-close': 'Закрыть',
  'report-nothing': 'Синхронизировано: нового нет ни здесь, ни у коллег.',
  'report-pushed': 'Синхронизировано: ваши изменения доступны коллегам.',
  'report-brought_one': 'Синхронизировано: от коллег получен {{count}} файл.',
  'report-brought_few': 'Синхронизировано: от коллег получено {{count}} файла.',
  'report-brought_many': 'Синхронизировано: от коллег получено {{count}} файлов.',
  'report-brought_other': 'Синхронизировано: от коллег получено {{count}} файла.',
  'report-documents_one': '{{count}} новый документ.',
  'report-documents_few': '{{count}} новых документа.',
  'report-documents_many': '{{count}} новых документов.',
  'report-documents_other': '{{count}} нового документа.',
  'report-conflicts_one': 'Нужно решить {{count}} конфликт.',
  'report-conflicts_few': 'Нужно решить {{count}} конфликта.',
  'report-conflicts_many': 'Нужно решить {{count}} конфликтов.',
  'report-conflicts_other': 'Нужно решить {{count}} конфликта.',
  'report-forgotten_one': '{{count}} шаг отмены перезаписал бы изменение коллеги и убран.',
  'report-forgotten_few': '{{count}} шага отмены перезаписали бы изменения коллег и убраны.',
  'report-forgotten_many': '{{count}} шагов отмены перезаписали бы изменения коллег и убраны.',
  'report-forgotten_other': '{{count}} шага отмены перезаписали бы изменения коллег и убраны.',

  'credentials-title': 'Вход в общий репозиторий',
  'credentials-user': 'Имя пользователя',
  'credentials-token': 'Токен доступа',
  'credentials-hint':
    'В GitLab и Gitea: настройки пользователя, «Токены доступа», с правом чтения и записи репозитория. Glossator хранит его зашифрованным средствами системы и никогда — в папке проекта.',
  'credentials-submit': 'Войти и синхронизировать',
  'credentials-cancel': 'Отмена',

  'conflicts-title': 'Конфликты синхронизации',
  'conflicts-intro':
    'Коллега изменил эти записи не так, как вы. Пока вы не выберете, в проекте остаётся ваша версия; выбор — один шаг отмены, коллеги получат его при следующей синхронизации.',
  'conflicts-none': 'Нерешённых конфликтов нет.',
  'conflicts-ours': 'Ваша версия',
  'conflicts-theirs': 'Версия коллеги',
  'conflicts-absent': '(удалено)',
  'conflicts-keepOurs': 'Оставить мою',
  'conflicts-takeTheirs': 'Взять версию коллеги',
  'conflicts-apply': 'Применить',
  'conflicts-cancel': 'Закрыть',
  'conflicts-in': 'в {{path}}',
  'kind-actors': 'Актор',
  'kind-tags': 'Тег',
  'kind-concepts': 'Концепт',
  'kind-linkTypes': 'Тип связи',
  'kind-field': 'Поле',
  'kind-file': 'Файл',
  'kind-other': 'Запись',

  'history-title': 'История',
  'history-notConnected': 'История начнётся, когда проект станет общим: подключите его в «Синхронизации с командой».',
  'history-empty': 'Синхронизаций ещё не было.',
  'history-when': 'Когда',
  'history-who': 'Кто',
  'history-what': 'Что изменилось',
  'history-kind-merge': 'слияние с изменениями коллег',
  'history-kind-publish': 'проект опубликован',
  'history-kind-other': 'коммит, сделанный не в Glossator',
  'history-documentsAdded_one': 'добавлен {{count}} документ',
  'history-documentsAdded_few': 'добавлено {{count}} документа',
  'history-documentsAdded_many': 'добавлено {{count}} документов',
  'history-documentsAdded_other': 'добавлено {{count}} документа',
  'history-documentsRemoved_one': 'удалён {{count}} документ',
  'history-documentsRemoved_few': 'удалено {{count}} документа',
  'history-documentsRemoved_many': 'удалено {{count}} документов',
  'history-documentsRemoved_other': 'удалено {{count}} документа',
  'history-annotations': '{{name}}: аннотаций +{{added}} ~{{changed}} −{{removed}}',
  'history-shared': 'общие записи: {{files}}',
  'history-nothing': 'записи не менялись',

  'annotation-history': 'Изменения по истории',
  'annotation-notSynced': 'Ещё не попала в общую историю.',
  'annotation-added': 'добавил(а) {{name}}, {{when}}',
  'annotation-changed': 'изменил(а) {{name}}, {{when}}',
  'annotation-removed': 'удалил(а) {{name}}, {{when}}',

  'cli-cloned': 'Репозиторий {{url}} клонирован в {{dir}}.',
  'cli-connected': 'Проект подключён к {{remote}}.',
  'cli-synced':
    'Синхронизировано с {{remote}}: получено файлов — {{written}}, новых документов — {{documents}}, конфликтов — {{conflicts}}; {{pushed}}.',
  'cli-pushed': 'ваши изменения доступны коллегам',
  'cli-notPushed': 'нового для коллег нет',
  'cli-conflictsHint': 'Откройте проект в Glossator, чтобы выбрать между версиями («Синхронизация с командой», «Решить конфликты»).',
};
