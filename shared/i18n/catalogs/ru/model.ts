import type { model as en } from '../en/model.ts';
import type { Translation } from '../translation.ts';

/** Русский: слова модели — позиции, типы акторов, кодбук и типы связей по умолчанию. */
export const model: Translation<typeof en> = {
  'stance-supports': 'Поддерживает',
  'stance-opposes': 'Против',
  'stance-neutral': 'Нейтрально',
  'stance-unclear': 'Неясно',
  'actorType-person': 'Персона',
  'actorType-agency': 'Государственный орган или ведомство',
  'actorType-state': 'Государство',
  'actorType-organization': 'Международная организация',
  'actorType-media': 'СМИ',
  'actorType-other': 'Другое',

  // ── Кодбук, типы связей и пример проекта у нового проекта (см. en/model.ts).
  'tag-claim': 'Утверждение',
  'tagDescription-claim': 'Высказывание о положении дел: оценка угрозы, причина, число, суждение.',
  'tag-claim-threat-assessment': 'Оценка угрозы',
  'tagDescription-claim-threat-assessment':
    'Насколько серьёзной, близкой или вероятной называют угрозу («угроза сохраняется», «ситуация остаётся напряжённой»).',
  'tag-claim-causal': 'Причины',
  'tagDescription-claim-causal':
    'Что, по словам говорящего, вызывает или подпитывает угрозу («на фоне», «в результате», «из-за»).',
  'tag-claim-normative': 'Нормативное',
  'tagDescription-claim-normative':
    'Суждение о том, что правильно, законно или недопустимо, без призыва к конкретному действию.',
  'tag-claim-factual': 'Факты / статистика',
  'tagDescription-claim-factual':
    'Число, статистика или проверяемый факт («задержано 12 человек», «выявлено 300 материалов»).',
  'tag-claim-attribution': 'Возложение ответственности',
  'tagDescription-claim-attribution':
    'Вина или ответственность за угрозу или нападение, возложенная на названного актора («за этим стоят…»).',
  'tag-proposal': 'Предложение',
  'tagDescription-proposal': 'Призыв к действию: принять, расширить, создать, запретить, сотрудничать.',
  'tag-proposal-cooperation': 'Сотрудничество',
  'tagDescription-proposal-cooperation':
    'Призыв к совместным действиям государств или ведомств: учения, обмен информацией, совместные операции.',
  'tag-proposal-legal-measure': 'Правовая мера',
  'tagDescription-proposal-legal-measure':
    'Призыв принять, изменить или применять закон, запрет, перечень запрещённых организаций или наказание.',
  'tag-proposal-security-measure': 'Силовая мера',
  'tagDescription-proposal-security-measure':
    'Призыв к оперативным действиям силовых структур: патрулирование, пограничный контроль, проверки, контртеррористические операции.',
  'tag-proposal-prevention': 'Профилактика',
  'tagDescription-proposal-prevention':
    'Призыв к профилактике и дерадикализации: просвещение, работа с молодёжью, религиозная работа, реабилитация вернувшихся.',
  'tag-proposal-information': 'Информация / интернет',
  'tagDescription-proposal-information':
    'Призыв контролировать информацию или контент в интернете: блокировка, удаление материалов, контрпропаганда.',
  'tag-actor-mention': 'Упоминание актора',
  'tagDescription-actor-mention': 'Человек, ведомство, государство или союз, названные в тексте.',
  'tag-threat-type': 'Тип угрозы',
  'tagDescription-threat-type': 'О какой угрозе говорится во фрагменте; выбирайте самый узкий подходящий подтег.',
  'tag-threat-terrorism': 'Терроризм',
  'tagDescription-threat-terrorism':
    'Насилие или угроза насилием против людей ради запугивания или принуждения, включая теракты, их подготовку и террористические организации.',
  'tag-threat-extremism': 'Экстремизм',
  'tagDescription-threat-extremism':
    'Идеологии, группы или деятельность, названные экстремистскими, — насильственные или нет («экстремистская деятельность»).',
  'tag-threat-separatism': 'Сепаратизм',
  'tagDescription-threat-separatism':
    'Движения или призывы отделить территорию от государства или подорвать его территориальную целостность.',
  'tag-threat-online-radicalisation': 'Радикализация в интернете',
  'tagDescription-threat-online-radicalisation':
    'Вербовка или распространение радикальных материалов через интернет, мессенджеры и социальные сети.',
  'tag-threat-hybrid': 'Гибридная угроза',
  'tagDescription-threat-hybrid':
    'Невоенное давление в сочетании: дезинформация, кибератаки, вмешательство, «цветные революции».',
  'tag-threat-drug-trafficking': 'Наркотрафик',
  'tagDescription-threat-drug-trafficking':
    'Производство, контрабанда или сбыт наркотиков, в том числе как источник финансирования терроризма.',
  'tag-source-attribution': 'Источник',
  'tagDescription-source-attribution':
    'Слова, указывающие, откуда взят текст или высказывание («передаёт Aqnews.kz», «сообщает пресс-служба»).',
  'linkType-same-proposal': 'То же предложение',
  'linkTypeDescription-same-proposal': 'То же предложение, повторённое или пересказанное в другом тексте.',
  'linkType-responds-to': 'Отвечает на',
  'linkTypeDescription-responds-to': 'Высказывание, отвечающее на другое.',
  'linkType-supports': 'Поддерживает',
  'linkTypeDescription-supports': 'Высказывание, поддерживающее другое.',
  'linkType-contradicts': 'Противоречит',
  'linkTypeDescription-contradicts': 'Высказывание, противоречащее другому или оспаривающее его.',
  'linkType-elaborates': 'Уточняет',
  'linkTypeDescription-elaborates': 'Дополняет другое высказывание подробностями: как, когда, кем.',
  'linkType-cites': 'Ссылается на',
  'linkTypeDescription-cites': 'Цитирует другое высказывание или ссылается на него как на источник.',
  'sample-name': 'Пример проекта: сотрудничество в сфере безопасности',
  'sample-actorNotes-sample-actor-sadykov': 'Вымышленный персонаж примера.',
  'sample-conceptName-sample-concept-information-sharing': 'Обмен данными о террористических угрозах',
  'sample-conceptDescription-sample-concept-information-sharing':
    'Предложения объединить сведения государств региона: общие базы данных, реестры, обмен в реальном времени.',
  'sample-conceptName-sample-concept-border-monitoring': 'Совместный мониторинг границы',
  'sample-conceptDescription-sample-concept-border-monitoring':
    'Совместное наблюдение за южными рубежами, чтобы пресекать передвижение боевиков.',
  'sample-linkNote-register-database': 'Реестр внесённых в списки лиц как часть общей базы данных.',
  'sample-linkNote-blocking-database': 'Авторы доклада сомневаются, что меры против сайтов многое меняют.',
};
