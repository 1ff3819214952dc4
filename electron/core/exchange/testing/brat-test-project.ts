import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { DocumentInfo } from '../../../../shared/model/document.ts';
import type { Link, LinkType } from '../../../../shared/model/link.ts';
import type { ExportSnapshot } from '../../bundles/export-snapshot.ts';
import type { ExchangeWriteInput } from '../exchange-io.ts';

/**
 * brat's test project: Russian text with emoji (one code point, two UTF-16
 * units), a span over a line end, nested and overlapping spans, two coders
 * (one span coded by both), markup, quotes and a "|" in names, a memo of
 * two lines, statement fields, an actor mention, links inside a document,
 * across documents and across layers, an orphaned annotation, a document memo.
 */
const when = '2026-11-30T10:00:00.000Z';

export const anna: Coder = { id: 'coder-anna', name: 'Анна <ред.> & "Ко"' };
export const boris: Coder = { id: 'coder-boris', name: "Boris O'Brien" };

const tag = (id: string, name: string, parent: string | null, kind: Tag['kind'] = 'plain'): Tag => ({
  id,
  name,
  parent,
  color: '#e8a33d',
  description: '',
  shortcut: null,
  kind,
});
export const bratTags: Tag[] = [
  tag('claim', 'Утверждение', null, 'statement'),
  tag('claim-causal', '<b>Причинное</b> & "то" | иначе', 'claim', 'statement'),
  tag('claim-deep', 'Глубже', 'claim-causal', 'statement'),
  tag('mention', 'Актор', null, 'actor-mention'),
  // Would make the same brat name as "Актор": told apart by a suffix.
  tag('mention-2', 'актор!', null),
];
export const bratLinkTypes: LinkType[] = [
  { id: 'responds-to', name: 'Отвечает на', description: '', color: '#6b3fa0' },
];

export const bratTexts: Record<string, string> = {
  'doc-ru': 'Министр заявил 🙂: «Мы поддерживаем пакт 🌍 и договор».\nСовет выступил против плана 👎, но «пакт» важен.',
  'doc-two': 'Второй документ: ответ совета.\n\nТретья строка с «кавычками» & <тегами>.',
};

const info = (id: string, title: string, memo?: string): DocumentInfo => ({
  id,
  title,
  metadata: {},
  created: when,
  textLength: bratTexts[id]!.length,
  ...(memo ? { memo } : {}),
});

function span(
  documentId: string,
  coder: Coder,
  id: string,
  exact: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const text = bratTexts[documentId]!;
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in ${documentId}`);
  const a = annotateSpan(
    text,
    { id, documentId, coderId: coder.id, tagId: 'claim', start, end: start + exact.length },
    when,
  );
  return { ...a, ...extra };
}

export const bratAnnotations = {
  a1: span('doc-ru', anna, 'a-1', 'Мы поддерживаем пакт 🌍 и договор', {
    speakerId: 'actor-ministry',
    addresseeId: 'actor-council',
    stance: 'supports',
    conceptId: 'concept-pact',
    statementDate: '2025-03',
    note: 'Памятка <важно> & "цитата"\nвторая строка',
  }),
  a2: span('doc-ru', anna, 'a-2', 'пакт 🌍', { tagId: 'claim-deep' }),
  a3: span('doc-ru', anna, 'a-3', 'договор».\nСовет', { tagId: 'claim-causal' }),
  a4: span('doc-ru', anna, 'a-4', 'Министр', { tagId: 'mention', actorId: 'actor-ministry' }),
  b1: span('doc-ru', boris, 'b-1', 'Мы поддерживаем пакт 🌍 и договор', { tagId: 'claim-causal', stance: 'opposes' }),
  b2: span('doc-ru', boris, 'b-2', '👎', { tagId: 'mention-2' }),
  b3: span('doc-two', boris, 'b-3', 'ответ совета', {
    tagId: 'mention',
    actorId: 'actor-council',
    note: "Boris's <memo>",
  }),
  b4: span('doc-two', boris, 'b-4', 'совета.\n\nТретья', {}),
  orphan: { ...span('doc-ru', anna, 'a-orphan', 'Совет'), start: 8, end: 8, orphaned: true as const },
};

const link = (id: string, from: Annotation, to: Annotation, coder: Coder, note = ''): Link => ({
  id,
  fromId: from.id,
  toId: to.id,
  typeId: 'responds-to',
  coderId: coder.id,
  note,
  created: when,
  modified: when,
});
export const bratLinks = {
  inside: link('l-inside', bratAnnotations.a2, bratAnnotations.a1, anna, 'связь <note>'),
  acrossDocuments: link('l-docs', bratAnnotations.b3, bratAnnotations.b1, boris),
  acrossLayers: link('l-layers', bratAnnotations.b2, bratAnnotations.a3, boris),
  toOrphan: link('l-orphan', bratAnnotations.a1, bratAnnotations.orphan, anna),
  borisInside: link('l-boris', bratAnnotations.b4, bratAnnotations.b3, boris),
};

export function bratSnapshot(): ExportSnapshot {
  const a = bratAnnotations;
  return {
    project: { id: 'p-brat', name: 'Проект <brat>' },
    exportedBy: anna,
    coders: [anna, boris],
    tags: bratTags,
    actors: [
      {
        id: 'actor-ministry',
        name: 'Министерство «Обороны» & <штаб>',
        type: 'agency',
        aliases: [],
        affiliations: [],
        notes: '',
        created: when,
        modified: when,
      },
      {
        id: 'actor-council',
        name: 'Совет',
        type: 'agency',
        aliases: [],
        affiliations: [],
        notes: '',
        created: when,
        modified: when,
      },
    ],
    linkTypes: bratLinkTypes,
    concepts: [{ id: 'concept-pact', name: 'Пакт <2025>', description: '', created: when, modified: when }],
    tagMappings: [],
    curation: null,
    documents: [
      {
        info: info('doc-ru', 'Заявление «министра»'),
        layers: new Map([
          [anna.id, [a.a4, a.orphan, a.a1, a.a2, a.a3]],
          [boris.id, [a.b1, a.b2]],
        ]),
      },
      {
        info: info('doc-two', 'Второй <документ>', 'Памятка документа'),
        layers: new Map([[boris.id, [a.b3, a.b4]]]),
      },
    ],
    links: new Map([
      [anna.id, [bratLinks.inside, bratLinks.toOrphan]],
      [boris.id, [bratLinks.acrossDocuments, bratLinks.acrossLayers, bratLinks.borisInside]],
    ]),
    linksLeftOut: 0,
  };
}

export function bratInput(snapshot: ExportSnapshot = bratSnapshot()): ExchangeWriteInput {
  return {
    snapshot,
    text: async (id) => bratTexts[id]!,
    originalText: async (id) => bratTexts[id]!,
    options: {},
  };
}
