import { annotateSpan } from '../../../anchoring/annotate-span.ts';
import type { Actor } from '../../../model/actor.ts';
import type { Annotation } from '../../../model/annotation.ts';
import type { Tag } from '../../../model/codebook.ts';
import type { DocumentInfo } from '../../../model/document.ts';
import type { Link } from '../../../model/link.ts';
import { addCodePointOffsets } from '../code-point-offsets.ts';
import type { CsvTablesInput } from '../csv-tables-input.ts';

const when = '2026-11-30T10:00:00.000Z';

/** Russian with an emoji (two UTF-16 units), a line break, a leading-@ word. */
export const russianText = 'Президент заявил: «Мы 🙂 поддерживаем программу».\nВторая строка — @угроза и «кавычки».';
export const secondText = 'The council opposes the plan, said the minister.';

export const coderA = { id: 'coder-anna', name: 'Анна <b>Петрова</b>' };
/** A coder's name a spreadsheet would run as a formula. */
export const coderB = { id: 'coder-boris', name: "=cmd|' /C calc'!A0" };

const tag = (id: string, name: string, parent: string | null, kind: Tag['kind']): Tag => ({
  id,
  name,
  parent,
  color: '#336699',
  description: '',
  shortcut: null,
  kind,
});

export const tags: Tag[] = [
  tag('claim', 'Утверждение', null, 'statement'),
  tag('claim-causal', 'Causal, "quoted"\nclaim', 'claim', 'statement'),
  tag('proposal', 'Proposal', null, 'statement'),
  tag('actor-mention', 'Actor <mention>', null, 'actor-mention'),
  tag('threat', '+threat', null, 'plain'),
];

const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name,
  type: 'person',
  aliases: [],
  affiliations: [],
  notes: '',
  created: when,
  modified: when,
  ...extra,
});

export const actors: Actor[] = [
  actor('actor-president', 'Президент 🇷🇺', {
    aliases: ['глава государства', '+Путин'],
    affiliations: [{ organizationId: 'actor-sco', role: 'член, "глава"', from: '2001', to: null }],
    notes: 'memo with\nnewline and <script>',
  }),
  actor('actor-sco', 'ШОС, "SCO"', { type: 'organization' }),
  actor('actor-council', 'Council'),
];

const info = (id: string, title: string, text: string, metadata: DocumentInfo['metadata'], memo?: string) => ({
  id,
  title,
  metadata,
  created: when,
  textLength: text.length,
  ...(memo === undefined ? {} : { memo }),
});

const span = (text: string, documentId: string, coderId: string, tagId: string, exact: string, extra = {}) => {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: ${exact} not in the text`);
  return {
    ...annotateSpan(text, { id: '', documentId, coderId, tagId, start, end: start + exact.length }, when),
    ...extra,
  };
};

const ru = (id: string, coderId: string, tagId: string, exact: string, extra: Partial<Annotation> = {}) => ({
  ...span(russianText, 'doc-ru', coderId, tagId, exact, extra),
  id,
});

/** Nested (a-mention inside a-causal) and overlapping (a-overlap across a-causal's end) spans, two coders. */
export const ruAnnotations = {
  anna: [
    ru('a-causal', coderA.id, 'claim-causal', 'Президент заявил: «Мы 🙂 поддерживаем программу».', {
      speakerId: 'actor-president',
      addresseeId: 'actor-sco',
      stance: 'supports',
      conceptId: 'concept-programme',
      note: 'He said "yes", then\r\n=1+1',
    }),
    ru('a-mention', coderA.id, 'actor-mention', 'Президент', { actorId: 'actor-president' }),
  ],
  boris: [
    ru('a-overlap', coderB.id, 'claim', '🙂 поддерживаем программу».\nВторая', { stance: 'unclear' }),
    ru('a-threat', coderB.id, 'threat', '@угроза', { note: '@mention' }),
  ],
};

export const twoAnnotations = [
  {
    ...span(secondText, 'doc-two', coderB.id, 'proposal', 'opposes the plan', {
      speakerId: 'actor-council',
      stance: 'opposes',
      statementDate: '2022-05',
    }),
    id: 'a-opposes',
  },
];

export const links: Link[] = [
  {
    id: 'link-1',
    fromId: 'a-causal',
    toId: 'a-opposes',
    typeId: 'responds-to',
    coderId: coderA.id,
    note: '"see" =1+1',
    created: when,
    modified: when,
  },
];

/** Two documents, two coders, the registry and a link across documents; code point offsets from the texts. */
export function csvFixture(): CsvTablesInput {
  const codePoints = new Map<string, readonly [number, number]>();
  addCodePointOffsets(russianText, [...ruAnnotations.anna, ...ruAnnotations.boris], codePoints);
  addCodePointOffsets(secondText, twoAnnotations, codePoints);
  return {
    codePoints,
    coders: [coderA, coderB],
    tags,
    actors,
    linkTypes: [{ id: 'responds-to', name: 'Отвечает на', description: '', color: '#6b3fa0' }],
    concepts: [
      { id: 'concept-programme', name: 'Программа 2025–2027', description: '', created: when, modified: when },
    ],
    documents: [
      {
        info: info(
          'doc-ru',
          'Статья "первая", <b>жирная</b>',
          russianText,
          { date: '08.09.2023', language: 'ru' },
          '=SUM(A1)\nстрока',
        ),
        layers: new Map([
          [coderA.id, ruAnnotations.anna],
          [coderB.id, ruAnnotations.boris],
        ]),
      },
      {
        info: info('doc-two', '-minus title', secondText, {
          date: '2024-01',
          source: 'Gazette',
          url: 'https://example.org/a?b=1,2',
        }),
        layers: new Map([[coderB.id, twoAnnotations]]),
      },
    ],
    links: new Map([
      [coderA.id, links],
      [coderB.id, []],
    ]),
  };
}
