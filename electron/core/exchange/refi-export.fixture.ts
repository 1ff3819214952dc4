import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Tag } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { Link } from '../../../shared/model/link.ts';
import type { ExportSnapshot } from '../bundles/export-snapshot.ts';
import type { ExchangeWriteInput } from './exchange-io.ts';

/**
 * A REFI-QDA export's test project, for refi-export.test.ts and the round
 * trip: Russian text with emoji (two UTF-16 units, one code point), a span
 * across a line end, nested and overlapping spans, one span coded by both
 * coders, markup and quotes in every name and memo, a control character
 * XML cannot hold, statement fields, a cross-document link, an orphaned
 * annotation and a link to it.
 */
const when = '2026-11-30T10:00:00.000Z';
const later = '2026-11-30T11:30:15.250Z';

export const anna: Coder = { id: 'coder-anna', name: 'Анна <ред.> & "Ко"' };
export const boris: Coder = { id: 'coder-boris', name: "Boris O'Brien" };

export const refiTags: Tag[] = [
  {
    id: 'claim',
    name: 'Утверждение',
    parent: null,
    color: '#e8a33d',
    description: '',
    shortcut: '1',
    kind: 'statement',
  },
  {
    id: 'claim-causal',
    name: 'Причинное <если> & "то"',
    parent: 'claim',
    color: '#f0b961',
    description: 'Описание с <b>разметкой</b> & «кавычками»',
    shortcut: null,
    kind: 'statement',
  },
  {
    id: 'claim-deep',
    name: 'Глубже',
    parent: 'claim-causal',
    color: '#a86a12',
    description: '',
    shortcut: null,
    kind: 'statement',
  },
  {
    id: 'mention',
    name: 'Актор',
    parent: null,
    color: '#4caf6e',
    description: 'Упоминание',
    shortcut: null,
    kind: 'actor-mention',
  },
];

const actor = (id: string, name: string, aliases: string[], notes = ''): Actor => ({
  id,
  name,
  type: 'agency',
  aliases,
  affiliations: [],
  notes,
  created: when,
  modified: when,
});
export const ministry = actor(
  'actor-ministry',
  'Министерство «Обороны» & <штаб>',
  ['МО', 'the ministry'],
  'Заметка <i>',
);
export const council = actor('actor-council', 'Совет', []);
export const pact: Concept = {
  id: 'concept-pact',
  name: 'Пакт <2025>',
  description: 'О пакте & договоре',
  created: when,
  modified: when,
};

export const refiTexts: Record<string, string> = {
  'doc-ru': 'Министр заявил 🙂: «Мы поддерживаем пакт 🌍 и договор».\nСовет выступил против плана 👎, но «пакт» важен.',
  'doc-two': 'Второй документ: ответ совета.\nТретья строка с «кавычками» & <тегами>.',
};

const info = (id: string, title: string, extra: Partial<DocumentInfo> = {}): DocumentInfo => ({
  id,
  title,
  metadata: {},
  created: when,
  textLength: (refiTexts[id] as string).length,
  ...extra,
});

function span(
  documentId: string,
  coder: Coder,
  id: string,
  exact: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const text = refiTexts[documentId] as string;
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in ${documentId}`);
  const a = annotateSpan(
    text,
    { id, documentId, coderId: coder.id, tagId: 'claim', start, end: start + exact.length },
    when,
  );
  return { ...a, modified: later, ...extra };
}

export const refiAnnotations = {
  a1: span('doc-ru', anna, 'a-1', 'Мы поддерживаем пакт 🌍 и договор', {
    speakerId: ministry.id,
    addresseeId: council.id,
    stance: 'supports',
    conceptId: pact.id,
    statementDate: '2025-03',
    note: 'Памятка <важно> & "цитата"\r\nвторая строка\u0007',
  }),
  // Nested in a-1, across the emoji.
  a2: span('doc-ru', anna, 'a-2', 'пакт 🌍', { tagId: 'claim-deep' }),
  // Overlapping a-1's end and crossing the line end.
  a3: span('doc-ru', anna, 'a-3', 'договор».\nСовет', { tagId: 'claim-causal' }),
  // The same span as a-1, by the other coder, with another tag and stance.
  b1: span('doc-ru', boris, 'b-1', 'Мы поддерживаем пакт 🌍 и договор', {
    tagId: 'claim-causal',
    speakerId: ministry.id,
    stance: 'opposes',
  }),
  // One emoji alone: one code point, two UTF-16 units.
  b2: span('doc-ru', boris, 'b-2', '👎'),
  b3: span('doc-two', boris, 'b-3', 'ответ совета', { tagId: 'mention', actorId: council.id, note: "Boris's <memo>" }),
  // Its text was deleted by a correction: no span to select.
  orphan: {
    ...span('doc-two', anna, 'a-orphan', 'Второй'),
    start: 8,
    end: 8,
    orphaned: true as const,
  },
};

const link = (id: string, fromId: string, toId: string, coderId: string, typeId: string, note = ''): Link => ({
  id,
  fromId,
  toId,
  typeId,
  coderId,
  note,
  created: when,
  modified: later,
});
export const refiLinks = {
  // Across documents, with a note full of markup.
  l1: link('l-1', 'a-1', 'b-3', anna.id, 'supports', '<note> & "q"'),
  l2: link('l-2', 'b-1', 'b-2', boris.id, 'responds-to'),
  // To the orphaned annotation: left out with it.
  l3: link('l-3', 'a-1', 'a-orphan', anna.id, 'supports'),
};

/** The snapshot an export of both coders' layers of both documents takes. */
export function refiSnapshot(): ExportSnapshot {
  const { a1, a2, a3, b1, b2, b3, orphan } = refiAnnotations;
  return {
    project: { id: 'proj-refi', name: 'Проект <A & B> "кавычки"' },
    exportedBy: anna,
    coders: [anna, boris],
    tags: refiTags,
    actors: [ministry, council],
    linkTypes: [
      { id: 'supports', name: 'Поддерживает <+>', description: '', color: '#1f7a3a' },
      { id: 'responds-to', name: 'Отвечает на', description: '', color: '#6b3fa0' },
    ],
    concepts: [pact],
    tagMappings: [],
    curation: null,
    documents: [
      {
        info: info('doc-ru', 'Заявление «министра» <№1> & ответ'),
        layers: new Map([
          [anna.id, [a1, a2, a3].sort((x, y) => x.start - y.start)],
          [boris.id, [b1, b2]],
        ]),
      },
      {
        info: info('doc-two', 'Второй', {
          metadata: { date: '2025-03-14', source: 'ТАСС & Co', url: 'https://example.org/?a=1&b=2', language: 'ru' },
          memo: 'Памятка документа <i>курсив</i>',
        }),
        layers: new Map([
          [anna.id, [orphan]],
          [boris.id, [b3]],
        ]),
      },
    ],
    links: new Map([
      [anna.id, [refiLinks.l1, refiLinks.l3]],
      [boris.id, [refiLinks.l2]],
    ]),
    linksLeftOut: 0,
  };
}

/** The writer's input for `snapshot`, the texts from refiTexts. */
export function refiInput(snapshot: ExportSnapshot = refiSnapshot()): ExchangeWriteInput {
  const text = async (id: string) => refiTexts[id] as string;
  return { snapshot, text, originalText: text, options: {} };
}
