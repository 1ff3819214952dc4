import type { exchange as en } from '../en/exchange.ts';
import type { Translation } from '../translation.ts';

/** Русский: форматы обмена (REFI-QDA, W3C, brat, CSV). */
export const exchange: Translation<typeof en> = {
  title: 'Форматы обмена',
  // --- Импорт REFI-QDA, .qdpx и .qdc (refi-in) ---
  'refi-notZip':
    '«{{file}}» — не zip-архив, а значит, не проект REFI-QDA (.qdpx). Ничего не импортировано. Экспортируйте проект заново из MAXQDA, ATLAS.ti, NVivo или QualCoder.',
  'refi-badZip': '«{{file}}» не читается как проект REFI-QDA: $t({{reason}}) Ничего не импортировано.',
  'refi-noProjectQde':
    '«{{file}}» — zip-архив, но в нём нет project.qde, так что это не проект REFI-QDA. Ничего не импортировано.',
  'refi-entryTooLarge':
    '«{{name}}» в «{{file}}» занимает {{size, number}} МБ без сжатия — больше {{max, number}} МБ, которые читает Glossator. Ничего не импортировано.',
  'refi-fileTooLarge':
    '«{{file}}» занимает {{size, number}} МБ — больше {{max, number}} МБ, которые Glossator читает для кодовой книги. Ничего не импортировано.',
  'refi-notUtf8': '«{{file}}» — не текст UTF-8, а стандарт REFI-QDA требует XML в UTF-8. Ничего не импортировано.',
  'refi-doctype':
    '«{{file}}» объявляет DOCTYPE. Файлам REFI-QDA он не нужен, а с ним читатель может загружать файлы или бесконечно раскрывать сущности, поэтому Glossator его отклоняет. Ничего не импортировано.',
  'refi-entity':
    '«{{file}}» использует сущность, которую не определяет ни один файл REFI-QDA (известны только &amp;, &lt;, &gt;, &quot; и &apos;). Glossator никогда не раскрывает сущности. Ничего не импортировано.',
  'refi-badXml': '«{{file}}» — некорректный XML ({{reason}}). Ничего не импортировано.',
  'refi-noRoot': 'В «{{file}}» нет ни одного элемента XML. Ничего не импортировано.',
  'refi-xmlTooLarge': 'В «{{file}}» больше {{max, number}} элементов XML. Ничего не импортировано.',
  'refi-xmlTooDeep': 'В «{{file}}» элементы XML вложены глубже {{max, number}} уровней. Ничего не импортировано.',
  'refi-xmlTooManyAttributes':
    'В «{{file}}» есть элемент XML с более чем {{max, number}} атрибутами. Ничего не импортировано.',
  'refi-notProject':
    '«{{file}}» — XML, но не проект REFI-QDA: его корневой элемент «{{root}}», а не «Project». Ничего не импортировано.',
  'refi-notCodebook':
    '«{{file}}» — XML, но не кодовая книга REFI-QDA: его корневой элемент «{{root}}», а не «CodeBook». Ничего не импортировано.',
  'refi-qdcIsZip':
    '«{{file}}» — zip-архив, а не кодовая книга REFI-QDA (.qdc), которая является файлом XML. Импортируйте его как проект (.qdpx). Ничего не импортировано.',
  'refi-missingAttribute':
    'В «{{file}}» у элемента {{element}} нет атрибута «{{attribute}}», обязательного по стандарту REFI-QDA. Ничего не импортировано.',
  'refi-guidTwice':
    '«{{file}}» использует GUID {{guid}} для двух записей ({{first}} и {{second}}), и непонятно, какая имеется в виду. Ничего не импортировано.',
  'refi-badRecord': '«{{file}}»: запись {{id}} не может быть принята ({{field}}: {{reason}}). Ничего не импортировано.',
  'refi-tooMany':
    'В «{{file}}» {{count, number}} записей {{what}}; в проекте их может быть не больше {{max, number}}. Ничего не импортировано.',
  'refi-textTooLong':
    'Источник «{{name}}» в «{{file}}» длиннее {{max, number}} символов, допустимых для документа. Ничего не импортировано.',
  'refi-missingSource':
    'Источник «{{name}}» ссылается на текст «{{path}}», которого нет в «{{file}}». Ничего не импортировано. Экспортируйте проект заново вместе с источниками.',
  'refi-absoluteSource':
    'Источник «{{name}}» хранит текст по абсолютному пути «{{path}}», вне файла проекта. Glossator читает только тексты внутри .qdpx или рядом с ним. Ничего не импортировано.',
  'refi-hiddenSource':
    'Источник в «{{file}}» ссылается на текст «{{path}}» — скрытый файл или папку; Glossator такие не читает. Ничего не импортировано.',
  'refi-linkedSource':
    'Источник в «{{file}}» ссылается на текст «{{path}}» — символическую ссылку; Glossator не переходит по ссылкам. Ничего не импортировано.',
  'refi-sourceNotFile':
    'Источник в «{{file}}» ссылается на текст «{{path}}», но это не обычный файл. Ничего не импортировано.',
  'refi-textsTooLarge':
    'Тексты источников в «{{file}}» занимают больше {{max, number}} МБ — столько Glossator читает за один импорт. Ничего не импортировано.',
  'refi-sourceNotText': 'Текст источника «{{name}}» («{{path}}») не читается: $t({{reason}}). Ничего не импортировано.',
  'refi-rejectNoCode': 'К фрагменту не привязан ни один код.',
  'refi-rejectUnknownCode': 'Кодирование ссылается на код {{code}}, которого нет в кодовой книге.',
  'refi-rejectPositions': 'Позиции фрагмента {{start}}–{{end}} не задают отрезок (не целые, отрицательные или пустые).',
  'refi-rejectOutside': 'Фрагмент {{start}}–{{end}} выходит за пределы текста.',
  'refi-crlfAsOneByOrigin_one':
    'В {{count}} источнике переводы строк Windows (CRLF). {{origin}} считает каждый одним символом, и позиции прочитаны так же.',
  'refi-crlfAsOneByOrigin_few':
    'В {{count}} источниках переводы строк Windows (CRLF). {{origin}} считает каждый одним символом, и позиции прочитаны так же.',
  'refi-crlfAsOneByOrigin_many':
    'В {{count}} источниках переводы строк Windows (CRLF). {{origin}} считает каждый одним символом, и позиции прочитаны так же.',
  'refi-crlfAsOneByOrigin_other':
    'В {{count}} источника переводы строк Windows (CRLF). {{origin}} считает каждый одним символом, и позиции прочитаны так же.',
  'refi-crlfAsOneByFit_one':
    'В {{count}} источнике переводы строк Windows (CRLF). Если считать каждый одним символом, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsOneByFit_few':
    'В {{count}} источниках переводы строк Windows (CRLF). Если считать каждый одним символом, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsOneByFit_many':
    'В {{count}} источниках переводы строк Windows (CRLF). Если считать каждый одним символом, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsOneByFit_other':
    'В {{count}} источника переводы строк Windows (CRLF). Если считать каждый одним символом, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsTwoByOrigin_one':
    'В {{count}} источнике переводы строк Windows (CRLF). Они посчитаны как два символа (CR и LF), как их считает стандарт REFI-QDA.',
  'refi-crlfAsTwoByOrigin_few':
    'В {{count}} источниках переводы строк Windows (CRLF). Они посчитаны как два символа (CR и LF), как их считает стандарт REFI-QDA.',
  'refi-crlfAsTwoByOrigin_many':
    'В {{count}} источниках переводы строк Windows (CRLF). Они посчитаны как два символа (CR и LF), как их считает стандарт REFI-QDA.',
  'refi-crlfAsTwoByOrigin_other':
    'В {{count}} источника переводы строк Windows (CRLF). Они посчитаны как два символа (CR и LF), как их считает стандарт REFI-QDA.',
  'refi-crlfAsTwoByFit_one':
    'В {{count}} источнике переводы строк Windows (CRLF). Если считать каждый двумя символами, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsTwoByFit_few':
    'В {{count}} источниках переводы строк Windows (CRLF). Если считать каждый двумя символами, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsTwoByFit_many':
    'В {{count}} источниках переводы строк Windows (CRLF). Если считать каждый двумя символами, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-crlfAsTwoByFit_other':
    'В {{count}} источника переводы строк Windows (CRLF). Если считать каждый двумя символами, фрагменты совпадают с текстом, поэтому позиции прочитаны так.',
  'refi-normalised_one':
    '{{count}} текст нормализован (переводы строк, форма Юникода); исходный текст сохранён как оригинал документа.',
  'refi-normalised_few':
    '{{count}} текста нормализованы (переводы строк, форма Юникода); исходные тексты сохранены как оригиналы документов.',
  'refi-normalised_many':
    '{{count}} текстов нормализованы (переводы строк, форма Юникода); исходные тексты сохранены как оригиналы документов.',
  'refi-normalised_other':
    '{{count}} текста нормализованы (переводы строк, форма Юникода); исходные тексты сохранены как оригиналы документов.',
  'refi-noPlainText_one':
    '{{count}} текстовый источник без простого текста (только файл с форматированием) не импортирован.',
  'refi-noPlainText_few':
    '{{count}} текстовых источника без простого текста (только файл с форматированием) не импортированы.',
  'refi-noPlainText_many':
    '{{count}} текстовых источников без простого текста (только файл с форматированием) не импортированы.',
  'refi-noPlainText_other':
    '{{count}} текстового источника без простого текста (только файл с форматированием) не импортированы.',
  'refi-linksSkipped_one':
    '{{count}} связь соединяет не два импортированных фрагмента (а коды, источники или заметки) и не импортирована.',
  'refi-linksSkipped_few':
    '{{count}} связи соединяют не два импортированных фрагмента (а коды, источники или заметки) и не импортированы.',
  'refi-linksSkipped_many':
    '{{count}} связей соединяют не два импортированных фрагмента (а коды, источники или заметки) и не импортированы.',
  'refi-linksSkipped_other':
    '{{count}} связи соединяют не два импортированных фрагмента (а коды, источники или заметки) и не импортированы.',
  'refi-notesUnattached_one':
    '{{count}} заметка не привязана ни к коду, ни к источнику, ни к фрагменту и не импортирована.',
  'refi-notesUnattached_few':
    '{{count}} заметки не привязаны ни к коду, ни к источнику, ни к фрагменту и не импортированы.',
  'refi-notesUnattached_many':
    '{{count}} заметок не привязаны ни к коду, ни к источнику, ни к фрагменту и не импортированы.',
  'refi-notesUnattached_other':
    '{{count}} заметки не привязаны ни к коду, ни к источнику, ни к фрагменту и не импортированы.',
  'refi-skipped_one': '{{count}} запись {{what}}: ей нет места в Glossator, она не импортирована.',
  'refi-skipped_few': '{{count}} записи {{what}}: им нет места в Glossator, они не импортированы.',
  'refi-skipped_many': '{{count}} записей {{what}}: им нет места в Glossator, они не импортированы.',
  'refi-skipped_other': '{{count}} записи {{what}}: им нет места в Glossator, они не импортированы.',
  'refi-sourceEncoding_one': 'Текст {{count}} источника не в UTF-8; его кодировка распознана, и он прочитан в ней.',
  'refi-sourceEncoding_few': 'Тексты {{count}} источников не в UTF-8; их кодировка распознана, и они прочитаны в ней.',
  'refi-sourceEncoding_many': 'Тексты {{count}} источников не в UTF-8; их кодировка распознана, и они прочитаны в ней.',
  'refi-sourceEncoding_other': 'Тексты {{count}} источника не в UTF-8; их кодировка распознана, и они прочитаны в ней.',
  'refi-bomb':
    '«{{name}}» в «{{file}}» сжат в {{ratio, number}} раз (допустимо не больше {{max, number}}). Так «zip-бомба» переполняет память, поэтому ничего не прочитано и не импортировано.',
  'refi-archiveTooLarge':
    'Файлы «{{file}}» занимают без сжатия {{size, number}} МБ — больше {{max, number}} МБ, которые читает Glossator. Ничего не импортировано.',
  'refi-variablesSkipped_one': 'Переменная документа без поля в Glossator не импортирована ({{count}}): {{names}}.',
  'refi-variablesSkipped_few': 'Переменные документа без поля в Glossator не импортированы ({{count}}): {{names}}.',
  'refi-variablesSkipped_many': 'Переменные документа без поля в Glossator не импортированы ({{count}}): {{names}}.',
  'refi-variablesSkipped_other': 'Переменные документа без поля в Glossator не импортированы ({{count}}): {{names}}.',
  // --- конец импорта REFI-QDA ---
  // --- Таблицы CSV для R и Python (csv) ---
  'csv-unknownTable': 'Таблицы CSV «{{table}}» нет. Таблицы: {{tables}}. Ничего не записано.',
  'csv-folderNotWritten':
    'Не удалось записать таблицы в папку «{{folder}}» ({{code}}). Ни одна таблица не осталась записанной наполовину.',
  'csv-linkEndNotExported_one': '{{count}} связь с концом вне экспорта не вошла в него.',
  'csv-linkEndNotExported_few': '{{count}} связи с концом вне экспорта не вошли в него.',
  'csv-linkEndNotExported_many': '{{count}} связей с концом вне экспорта не вошли в него.',
  'csv-linkEndNotExported_other': '{{count}} связи с концом вне экспорта не вошли в него.',
  // --- Обвязка, диалоги «Экспорт…» и «Импорт…», CLI (ui) ---
  'ui-formatNotWritten': 'Этот Glossator пока не умеет записывать формат {{format}}. Ничего не записано.',
  'ui-formatNotRead': 'Этот Glossator пока не умеет читать файлы {{format}}. Ничего не импортировано.',
  'ui-notReadable':
    '«{{file}}» — не тот файл, который читает Glossator. Он читает пакеты Glossator, проекты (.qdpx) и кодбуки (.qdc) REFI-QDA, W3C Web Annotation (JSON-LD) и разметку brat (.txt с .ann, в папке или zip-архиве).',
  'ui-format-bundle': 'Пакет Glossator',
  'ui-format-csv': 'Таблицы CSV',
  'ui-format-qdpx': 'Проект REFI-QDA',
  'ui-format-qdc': 'Кодбук REFI-QDA',
  'ui-format-w3c': 'W3C Web Annotation',
  'ui-format-brat': 'Разметка brat',
  'ui-format-graphml': 'Сеть GraphML',
  'ui-formatHint-bundle': 'Всё — для Glossator коллеги (.glossator).',
  'ui-formatHint-csv':
    'Для R, Python и электронных таблиц: zip-архив таблиц (аннотации, высказывания, связи, акторы, документы).',
  'ui-formatHint-qdpx': 'Для MAXQDA, ATLAS.ti, NVivo, QualCoder: тексты, коды и кодировки (.qdpx).',
  'ui-formatHint-qdc': 'Только кодбук — для другой программы качественного анализа (.qdc).',
  'ui-formatHint-w3c': 'Аннотации JSON-LD с селекторами цитаты и позиции (.jsonld).',
  'ui-formatHint-brat': 'Zip-архив файлов .txt и .ann для brat и инструментов NLP.',
  'ui-formatHint-graphml': 'Сеть «актор — концепт» для Gephi, visone, igraph и networkx (.graphml).',
  'ui-formatLegend': 'Формат',
  'ui-bom': 'Начать с метки порядка байтов (для Excel)',
  'ui-csvTable': 'Таблицы:',
  'ui-csvAllTables': 'все, в zip-архиве',
  'ui-csvTableFile': 'только {{table}}.csv',
  'ui-graphmlScope':
    'В GraphML попадает сеть «актор — концепт» выбранных ниже документов и слоёв; другие сети и фильтры выгружает вид «Сети».',
  'ui-exported': 'Записан файл {{file}}: {{documents}}, {{annotations}}, {{links}}.',
  'ui-exportedGraphml': 'Записан файл {{file}}.',
  'ui-exportFailed': 'Экспорт не удался: {{reason}}',
  'ui-fileFormat': 'Формат: {{format}}',
  'ui-rejectedTitle_one': '{{count}} аннотация не соответствует своему тексту и не будет импортирована',
  'ui-rejectedTitle_few': '{{count}} аннотации не соответствуют своему тексту и не будут импортированы',
  'ui-rejectedTitle_many': '{{count}} аннотаций не соответствуют своему тексту и не будут импортированы',
  'ui-rejectedTitle_other': '{{count}} аннотации не соответствуют своему тексту и не будут импортированы',
  'ui-rejectedItem': '{{document}} · {{annotation}}: {{reason}}',
  'ui-unknown': '—',
  'ui-notesTitle': 'Об этом файле',
  'ui-cliExported': 'Записан {{file}} ({{format}}, смещения в {{unit}}): {{documents}}, {{annotations}}, {{links}}',
  'ui-cliLeftOut': '  не выгружено: {{reason}}',
  'ui-cliRejected': '  не импортировано: {{document}} · {{annotation}}: {{reason}}',
  'ui-cliNote': '  примечание: {{note}}',
  'ui-cliFileHeading': '{{file}}:',
  'ui-cliExportedGraphml':
    'Записан {{file}}: сеть «актор — концепт» ({{documents}}; узлов: {{nodes}}, рёбер: {{edges}})',
  'ui-unit-utf-16': 'кодовых единицах UTF-16',
  'ui-unit-code-points': 'кодовых точках',
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
  // --- brat (brat) ---
  'brat-leftOutCrossDocument_one':
    '{{count}} связь соединяет два документа: отношения brat не выходят за пределы документа, поэтому она перечислена в README.txt экспорта.',
  'brat-leftOutCrossDocument_few':
    '{{count}} связи соединяют два документа: отношения brat не выходят за пределы документа, поэтому они перечислены в README.txt экспорта.',
  'brat-leftOutCrossDocument_many':
    '{{count}} связей соединяют два документа: отношения brat не выходят за пределы документа, поэтому они перечислены в README.txt экспорта.',
  'brat-leftOutCrossDocument_other':
    '{{count}} связи соединяют два документа: отношения brat не выходят за пределы документа, поэтому они перечислены в README.txt экспорта.',
  'brat-leftOutCrossLayer_one':
    '{{count}} связь соединяет слои двух кодировщиков: каждый слой — отдельная коллекция brat, поэтому она перечислена в README.txt.',
  'brat-leftOutCrossLayer_few':
    '{{count}} связи соединяют слои двух кодировщиков: каждый слой — отдельная коллекция brat, поэтому они перечислены в README.txt.',
  'brat-leftOutCrossLayer_many':
    '{{count}} связей соединяют слои двух кодировщиков: каждый слой — отдельная коллекция brat, поэтому они перечислены в README.txt.',
  'brat-leftOutCrossLayer_other':
    '{{count}} связи соединяют слои двух кодировщиков: каждый слой — отдельная коллекция brat, поэтому они перечислены в README.txt.',
  'brat-leftOutLinkEnd_one': '{{count}} связь с концом вне экспорта пропущена.',
  'brat-leftOutLinkEnd_few': '{{count}} связи с концом вне экспорта пропущены.',
  'brat-leftOutLinkEnd_many': '{{count}} связей с концом вне экспорта пропущены.',
  'brat-leftOutLinkEnd_other': '{{count}} связи с концом вне экспорта пропущены.',
  'brat-leftOutAnnotation_one':
    '{{count}} аннотацию нечем отметить в brat (её текст удалён или она состоит из одних переводов строк), она пропущена.',
  'brat-leftOutAnnotation_few':
    '{{count}} аннотации нечем отметить в brat (их текст удалён или они состоят из одних переводов строк), они пропущены.',
  'brat-leftOutAnnotation_many':
    '{{count}} аннотаций нечем отметить в brat (их текст удалён или они состоят из одних переводов строк), они пропущены.',
  'brat-leftOutAnnotation_other':
    '{{count}} аннотации нечем отметить в brat (их текст удалён или они состоят из одних переводов строк), они пропущены.',
  'brat-leftOutDocumentMemo_one':
    '{{count}} заметке к документу нет места в brat (там заметки бывают только у аннотаций), она пропущена.',
  'brat-leftOutDocumentMemo_few':
    '{{count}} заметкам к документам нет места в brat (там заметки бывают только у аннотаций), они пропущены.',
  'brat-leftOutDocumentMemo_many':
    '{{count}} заметкам к документам нет места в brat (там заметки бывают только у аннотаций), они пропущены.',
  'brat-leftOutDocumentMemo_other':
    '{{count}} заметки к документам не помещаются в brat (там заметки бывают только у аннотаций), они пропущены.',
  'brat-notCollection': 'Это не zip-архив и не папка с файлами brat (.txt и .ann).',
  'brat-empty': 'Документов brat не найдено: в папке или архиве нет файлов .txt и .ann.',
  'brat-tooManyFiles': 'В коллекции brat больше {{max}} файлов; она не прочитана.',
  'brat-fileTooLarge': 'Файл {{file}} больше {{max}} МБ; коллекция не прочитана.',
  'brat-textsTooLarge': 'Файлы коллекции brat занимают больше {{max}} МБ в сумме; она не прочитана.',
  'brat-unreadable': 'Коллекцию brat не удалось прочитать ({{code}}).',
  'brat-notUtf8': '{{file}} — не текст в UTF-8; он не импортирован.',
  'brat-textTooLong': 'Текст {{file}} длиннее, чем вмещает Glossator; он не импортирован.',
  'brat-noText': 'Рядом с {{file}} нет файла .txt, аннотациям не к чему относиться; они не импортированы.',
  'brat-malformedLine': 'Строка {{line}} файла {{file}} — не строка аннотации brat; она не импортирована.',
  'brat-badSpan': 'У {{id}} в {{file}} (строка {{line}}) смещения не задают отрезок; аннотация не импортирована.',
  'brat-offsetPastText':
    '{{id}} в {{file}} кончается на {{end}}, за концом текста ({{length}} символов); аннотация не импортирована.',
  'brat-coveredTextDiffers':
    '{{id}} в {{file}}: текст в строке не совпадает с текстом по её смещениям; аннотация не импортирована.',
  'brat-splitsCharacter':
    '{{id}} в {{file}} начинается или кончается внутри символа (буквы с диакритикой); аннотация не импортирована.',
  'brat-duplicateId': '{{id}} встречается в {{file}} дважды; вторая строка не импортирована.',
  'brat-unknownTarget':
    'Строка {{line}} файла {{file}} ссылается на {{target}}, а такой импортированной аннотации в файле нет; строка не импортирована.',
  'brat-unsupportedLine':
    'Строка {{line}} файла {{file}} — аннотация brat вида, которого нет в Glossator ({{kind}}: события, эквивалентности); она не импортирована.',
  'brat-noteDiscontinuous_one':
    '{{count}} прерывистая аннотация brat разделена на аннотации по фрагментам, фрагменты связаны («часть одной аннотации brat»).',
  'brat-noteDiscontinuous_few':
    '{{count}} прерывистые аннотации brat разделены на аннотации по фрагментам, фрагменты связаны («часть одной аннотации brat»).',
  'brat-noteDiscontinuous_many':
    '{{count}} прерывистых аннотаций brat разделены на аннотации по фрагментам, фрагменты связаны («часть одной аннотации brat»).',
  'brat-noteDiscontinuous_other':
    '{{count}} прерывистой аннотации brat разделены на аннотации по фрагментам, фрагменты связаны («часть одной аннотации brat»).',
  'brat-noteJoinedLines_one':
    '{{count}} аннотация brat, разорванная только на концах строк, прочитана как один отрезок.',
  'brat-noteJoinedLines_few':
    '{{count}} аннотации brat, разорванные только на концах строк, прочитаны как один отрезок каждая.',
  'brat-noteJoinedLines_many':
    '{{count}} аннотаций brat, разорванных только на концах строк, прочитаны как один отрезок каждая.',
  'brat-noteJoinedLines_other':
    '{{count}} аннотации brat, разорванной только на концах строк, прочитаны как один отрезок каждая.',
  'brat-noteNormalised_one':
    '{{count}} текст при импорте нормализован (BOM, переводы строк CR или NFC): смещения пересчитаны.',
  'brat-noteNormalised_few':
    '{{count}} текста при импорте нормализованы (BOM, переводы строк CR или NFC): смещения пересчитаны.',
  'brat-noteNormalised_many':
    '{{count}} текстов при импорте нормализованы (BOM, переводы строк CR или NFC): смещения пересчитаны.',
  'brat-noteNormalised_other':
    '{{count}} текста при импорте нормализованы (BOM, переводы строк CR или NFC): смещения пересчитаны.',
  'brat-noteOneCoder': 'Файлы в корне коллекции взяты как слой одного кодировщика с именем «{{name}}».',
  // --- Экспорт и импорт W3C Web Annotation (w3c) ---
  'w3c-leftOutOrphaned_one':
    '{{count}} аннотация, текст которой удалён, не имеет фрагмента для селектора W3C и не выгружена.',
  'w3c-leftOutOrphaned_few':
    '{{count}} аннотации, текст которых удалён, не имеют фрагмента для селектора W3C и не выгружены.',
  'w3c-leftOutOrphaned_many':
    '{{count}} аннотаций, текст которых удалён, не имеют фрагмента для селектора W3C и не выгружены.',
  'w3c-leftOutOrphaned_other':
    '{{count}} аннотации, текст которых удалён, не имеют фрагмента для селектора W3C и не выгружены.',
  'w3c-leftOutLinks_one': '{{count}} связь, один из концов которой не вошёл в экспорт, не выгружена.',
  'w3c-leftOutLinks_few': '{{count}} связи, один из концов которых не вошёл в экспорт, не выгружены.',
  'w3c-leftOutLinks_many': '{{count}} связей, один из концов которых не вошёл в экспорт, не выгружены.',
  'w3c-leftOutLinks_other': '{{count}} связи, один из концов которых не вошёл в экспорт, не выгружены.',
  'w3c-positionOnlyOnChangedText':
    'У этой аннотации есть только позиция, без цитаты, а исходный текст документа отличается от сохранённого (концы строк, BOM или форма Unicode), поэтому позиция может указывать не туда: аннотация не импортирована.',
  'w3c-forbiddenKey':
    'Этот файл содержит ключ «{{key}}», который не нужен файлам W3C Web Annotation: он отклонён как небезопасный.',
  'w3c-notJson': 'Этот файл не в формате JSON, поэтому не может быть файлом W3C Web Annotation ({{detail}}).',
  'w3c-tooLarge': 'Размер файла — {{size}} МБ; файлы W3C Web Annotation читаются размером до {{max}} МБ.',
  'w3c-tooDeep':
    'Вложенность в этом файле глубже {{depth}} уровней, чего не бывает в Web Annotation: файл отклонён как небезопасный.',
  'w3c-remoteContext':
    'В файле указан контекст JSON-LD «{{context}}». Glossator никогда не загружает контексты из сети и принимает только официальный контекст Web Annotation, http://www.w3.org/ns/anno.jsonld.',
  'w3c-noContext': 'В файле нет @context: файл W3C Web Annotation указывает контекст http://www.w3.org/ns/anno.jsonld.',
  'w3c-notAnnotations':
    'В файле нет аннотаций Web Annotation (Annotation, их списка, AnnotationPage или AnnotationCollection).',
  'w3c-pagesMissing':
    'В коллекции {{total}} аннотаций, а в файле — {{found}}: остальные страницы находятся в другом месте, а Glossator ничего не загружает. Выгрузите коллекцию со всеми страницами в один файл.',
  'w3c-badRecords':
    'Этот экспорт W3C из Glossator повреждён (записи не проходят проверку в {{detail}}), поэтому ничего не импортировано. Выгрузите его заново.',
  'w3c-noDocument': 'В файле W3C нет документа {{id}}.',
  'w3c-noId': 'Аннотация без идентификатора.',
  'w3c-duplicateId': 'Вторая аннотация с тем же идентификатором.',
  'w3c-noTarget': 'У неё нет единственной цели с исходным документом.',
  'w3c-textNeeded':
    'Её текста, {{source}}, нет ни в файле, ни в проекте. Сначала импортируйте этот текст (с его адресом в поле URL документа), затем снова импортируйте файл.',
  'w3c-noSelector': 'У неё нет ни TextQuoteSelector, ни TextPositionSelector.',
  'w3c-noQuote': 'В её TextQuoteSelector нет точного текста (exact).',
  'w3c-outsideText': 'Её позиция {{start}}–{{end}} вне текста (в нём {{length}} символов).',
  'w3c-quoteNotFound': 'Цитируемых слов «{{quote}}» нет в тексте.',
  'w3c-badField': 'Значение поля {{field}} «{{value}}» неизвестно Glossator.',
  'w3c-unknownReference': 'Она ссылается на запись ({{kind}}), которой нет в файле ({{iri}}).',
  'w3c-badAnnotation': 'Из неё не получается корректная аннотация ({{detail}}).',
  'w3c-linkEnds': 'Связь, оба конца которой должны быть аннотациями этого файла, а это не так.',
  'w3c-noteTextNeeded_one':
    '{{count}} аннотация не импортирована: её текста нет ни в файле, ни в проекте ({{sources}}; ещё {{more}}).',
  'w3c-noteTextNeeded_few':
    '{{count}} аннотации не импортированы: их текстов нет ни в файле, ни в проекте ({{sources}}; ещё {{more}}).',
  'w3c-noteTextNeeded_many':
    '{{count}} аннотаций не импортированы: их текстов нет ни в файле, ни в проекте ({{sources}}; ещё {{more}}).',
  'w3c-noteTextNeeded_other':
    '{{count}} аннотации не импортированы: их текстов нет ни в файле, ни в проекте ({{sources}}; ещё {{more}}).',
  'w3c-noteSplitTags_one': '{{count}} аннотация с несколькими тегами разделена на аннотации по одному тегу.',
  'w3c-noteSplitTags_few': '{{count}} аннотации с несколькими тегами разделены на аннотации по одному тегу.',
  'w3c-noteSplitTags_many': '{{count}} аннотаций с несколькими тегами разделены на аннотации по одному тегу.',
  'w3c-noteSplitTags_other': '{{count}} аннотации с несколькими тегами разделены на аннотации по одному тегу.',
  'w3c-noteUntagged_one': '{{count}} аннотация без тега получила тег по своей мотивации (например, «commenting»).',
  'w3c-noteUntagged_few': '{{count}} аннотации без тега получили тег по своей мотивации (например, «commenting»).',
  'w3c-noteUntagged_many': '{{count}} аннотаций без тега получили тег по своей мотивации (например, «commenting»).',
  'w3c-noteUntagged_other': '{{count}} аннотации без тега получили тег по своей мотивации (например, «commenting»).',
  'w3c-noteByQuote_one': '{{count}} аннотация размещена по цитате: её позиция не выделяла эти слова в тексте.',
  'w3c-noteByQuote_few': '{{count}} аннотации размещены по цитате: их позиции не выделяли эти слова в тексте.',
  'w3c-noteByQuote_many': '{{count}} аннотаций размещены по цитате: их позиции не выделяли эти слова в тексте.',
  'w3c-noteByQuote_other': '{{count}} аннотации размещены по цитате: их позиции не выделяли эти слова в тексте.',
};
