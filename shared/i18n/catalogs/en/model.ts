/**
 * English: the words of the model — stances, actor types, the default codebook and link types. Keys are the
 * contract between code and catalogs (see catalogs.test.ts). Stance and type keys are the model's own values
 * (`model:stance-supports`), so code words them with t(`model:stance-${stance}`).
 */
export const model = {
  'stance-supports': 'Supports',
  'stance-opposes': 'Opposes',
  'stance-neutral': 'Neutral',
  'stance-unclear': 'Unclear',
  'actorType-person': 'Person',
  'actorType-agency': 'State body or agency',
  'actorType-state': 'State',
  'actorType-organization': 'International organisation',
  'actorType-media': 'Media outlet',
  'actorType-other': 'Other',

  // ── The default codebook, link types and sample project of a new project (words only: ids, colours, shortcuts
  // and kinds are in shared/model/codebook.ts, link.ts and resources/sample-project.json). Keys: `tag-${id}`,
  // `tagDescription-${id}`, `linkType-${id}`, `linkTypeDescription-${id}`, `sample-…` by the sample's ids.
  'tag-claim': 'Claim',
  'tagDescription-claim': 'A statement about the world: a threat assessment, a cause, a number, a judgement.',
  'tag-claim-threat-assessment': 'Threat assessment',
  'tagDescription-claim-threat-assessment':
    'How serious, near or likely a threat is said to be («угроза сохраняется», «ситуация остаётся напряжённой»).',
  'tag-claim-causal': 'Causal',
  'tagDescription-claim-causal': 'What is said to cause, drive or fuel a threat («на фоне», «в результате», «из-за»).',
  'tag-claim-normative': 'Normative',
  'tagDescription-claim-normative':
    'A judgement of what is right, legitimate or unacceptable, without calling for a specific action.',
  'tag-claim-factual': 'Factual / statistics',
  'tagDescription-claim-factual':
    'A number, statistic or checkable fact («задержано 12 человек», «выявлено 300 материалов»).',
  'tag-claim-attribution': 'Attribution of blame',
  'tagDescription-claim-attribution':
    'Blame or responsibility for a threat or an attack laid on a named actor («за этим стоят…»).',
  'tag-proposal': 'Proposal',
  'tagDescription-proposal': 'A call for action: adopt, expand, create, prohibit, cooperate.',
  'tag-proposal-cooperation': 'Cooperation',
  'tagDescription-proposal-cooperation':
    'A call for joint action between states or agencies: exercises, information exchange, joint operations.',
  'tag-proposal-legal-measure': 'Legal measure',
  'tagDescription-proposal-legal-measure':
    'A call to adopt, amend or enforce a law, ban, list of prohibited organisations or penalty.',
  'tag-proposal-security-measure': 'Security measure',
  'tagDescription-proposal-security-measure':
    'A call for operational steps by security forces: patrols, border control, checks, counter-terrorist operations.',
  'tag-proposal-prevention': 'Prevention',
  'tagDescription-proposal-prevention':
    'A call for prevention and deradicalisation: education, youth work, religious work, rehabilitation of returnees.',
  'tag-proposal-information': 'Information / online',
  'tagDescription-proposal-information':
    'A call to control information or online content: blocking, removal of materials, counter-propaganda.',
  'tag-actor-mention': 'Actor mention',
  'tagDescription-actor-mention': 'A person, agency, state or alliance named in the text.',
  'tag-threat-type': 'Threat type',
  'tagDescription-threat-type': 'The kind of threat a passage is about; apply the most specific sub-tag that fits.',
  'tag-threat-terrorism': 'Terrorism',
  'tagDescription-threat-terrorism':
    'Violence or its threat against people to intimidate or coerce, including attacks, plots and terrorist organisations.',
  'tag-threat-extremism': 'Extremism',
  'tagDescription-threat-extremism':
    'Ideologies, groups or activity labelled extremist, whether violent or not («экстремистская деятельность»).',
  'tag-threat-separatism': 'Separatism',
  'tagDescription-threat-separatism':
    'Movements or calls to break a territory away from a state or to undermine its territorial integrity.',
  'tag-threat-online-radicalisation': 'Online radicalisation',
  'tagDescription-threat-online-radicalisation':
    'Recruitment or spread of radical content through the internet, messengers and social networks.',
  'tag-threat-hybrid': 'Hybrid threat',
  'tagDescription-threat-hybrid':
    'Combined non-military pressure such as disinformation, cyber attacks, interference or "colour revolutions".',
  'tag-threat-drug-trafficking': 'Drug trafficking',
  'tagDescription-threat-drug-trafficking':
    'Production, smuggling or sale of drugs, including as a source of financing for terrorism.',
  'tag-source-attribution': 'Source / attribution',
  'tagDescription-source-attribution':
    'The phrase naming where the text or a statement comes from («передаёт Aqnews.kz», «сообщает пресс-служба»).',
  'linkType-same-proposal': 'Same proposal',
  'linkTypeDescription-same-proposal': 'The same proposal, repeated or restated in another text.',
  'linkType-responds-to': 'Responds to',
  'linkTypeDescription-responds-to': 'A statement answering another one.',
  'linkType-supports': 'Supports',
  'linkTypeDescription-supports': 'A statement endorsing another one.',
  'linkType-contradicts': 'Contradicts',
  'linkTypeDescription-contradicts': 'A statement contradicting or contesting another one.',
  'linkType-elaborates': 'Elaborates',
  'linkTypeDescription-elaborates': 'Adds detail to another statement: how, when, by whom.',
  'linkType-cites': 'Cites',
  'linkTypeDescription-cites': 'Quotes or refers to another statement as its source.',
  'sample-name': 'Sample project: security cooperation',
  'sample-actorNotes-sample-actor-sadykov': 'Invented for the sample project.',
  'sample-conceptName-sample-concept-information-sharing':
    'Обмен данными о террористических угрозах / Sharing data on terrorist threats',
  'sample-conceptDescription-sample-concept-information-sharing':
    "Proposals to pool information across the region's states: shared databases, registers, real-time exchange.",
  'sample-conceptName-sample-concept-border-monitoring': 'Совместный мониторинг границы',
  'sample-conceptDescription-sample-concept-border-monitoring':
    'Joint monitoring of the southern borders against the movement of fighters.',
  'sample-linkNote-register-database': 'A register of designated persons as one part of the shared database.',
  'sample-linkNote-blocking-database': 'The report doubts that acting on websites changes much.',
} satisfies Record<string, string>;
