import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { limits } from './limits.ts';

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

/** A single printable key (a letter or digit) that applies the tag to the selection. */
export const ShortcutSchema = z.string().regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit');

/**
 * What an annotation with this tag records besides its span: a `statement`
 * (claim, proposal) carries speaker, addressee, stance and date; an
 * `actor-mention` names an actor of the registry; a `plain` tag is just a
 * code. Sub-tags take their kind from their parent when created.
 */
export const TagKindSchema = z.enum(['plain', 'statement', 'actor-mention']);
export type TagKind = z.infer<typeof TagKindSchema>;

/** One tag of the codebook. Tags form a tree through `parent`, to any depth. */
export const TagSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  parent: IdSchema.nullable(),
  color: ColorSchema,
  description: z.string().max(limits.descriptionLength),
  shortcut: ShortcutSchema.nullable(),
  kind: TagKindSchema,
});
export type Tag = z.infer<typeof TagSchema>;

export const CodebookSchema = z.strictObject({
  tags: z.array(TagSchema).max(limits.tags),
});
export type Codebook = z.infer<typeof CodebookSchema>;

/** The codebook a new project starts with. Ids are fixed so sample data can refer to them. */
export function defaultCodebook(): Codebook {
  return {
    tags: [
      {
        id: 'claim',
        name: 'Claim',
        parent: null,
        color: '#e8a33d',
        description: 'A statement about the world: a threat assessment, a cause, a number, a judgement.',
        shortcut: '1',
        kind: 'statement',
      },
      {
        id: 'claim-threat-assessment',
        name: 'Threat assessment',
        parent: 'claim',
        color: '#c27f1c',
        description:
          'How serious, near or likely a threat is said to be («угроза сохраняется», «ситуация остаётся напряжённой»).',
        shortcut: '4',
        kind: 'statement',
      },
      {
        id: 'claim-causal',
        name: 'Causal',
        parent: 'claim',
        color: '#f0b961',
        description: 'What is said to cause, drive or fuel a threat («на фоне», «в результате», «из-за»).',
        shortcut: '5',
        kind: 'statement',
      },
      {
        id: 'claim-normative',
        name: 'Normative',
        parent: 'claim',
        color: '#a86a12',
        description: 'A judgement of what is right, legitimate or unacceptable, without calling for a specific action.',
        shortcut: null,
        kind: 'statement',
      },
      {
        id: 'claim-factual',
        name: 'Factual / statistics',
        parent: 'claim',
        color: '#f5cf8f',
        description: 'A number, statistic or checkable fact («задержано 12 человек», «выявлено 300 материалов»).',
        shortcut: null,
        kind: 'statement',
      },
      {
        id: 'claim-attribution',
        name: 'Attribution of blame',
        parent: 'claim',
        color: '#8c5a10',
        description: 'Blame or responsibility for a threat or an attack laid on a named actor («за этим стоят…»).',
        shortcut: null,
        kind: 'statement',
      },
      {
        id: 'proposal',
        name: 'Proposal',
        parent: null,
        color: '#3d8be8',
        description: 'A call for action: adopt, expand, create, prohibit, cooperate.',
        shortcut: '2',
        kind: 'statement',
      },
      {
        id: 'proposal-cooperation',
        name: 'Cooperation',
        parent: 'proposal',
        color: '#2468c2',
        description:
          'A call for joint action between states or agencies: exercises, information exchange, joint operations.',
        shortcut: '6',
        kind: 'statement',
      },
      {
        id: 'proposal-legal-measure',
        name: 'Legal measure',
        parent: 'proposal',
        color: '#6aa6ee',
        description: 'A call to adopt, amend or enforce a law, ban, list of prohibited organisations or penalty.',
        shortcut: null,
        kind: 'statement',
      },
      {
        id: 'proposal-security-measure',
        name: 'Security measure',
        parent: 'proposal',
        color: '#1a4f94',
        description:
          'A call for operational steps by security forces: patrols, border control, checks, counter-terrorist operations.',
        shortcut: '7',
        kind: 'statement',
      },
      {
        id: 'proposal-prevention',
        name: 'Prevention',
        parent: 'proposal',
        color: '#99c2f4',
        description:
          'A call for prevention and deradicalisation: education, youth work, religious work, rehabilitation of returnees.',
        shortcut: '8',
        kind: 'statement',
      },
      {
        id: 'proposal-information',
        name: 'Information / online',
        parent: 'proposal',
        color: '#123a6e',
        description:
          'A call to control information or online content: blocking, removal of materials, counter-propaganda.',
        shortcut: null,
        kind: 'statement',
      },
      {
        id: 'actor-mention',
        name: 'Actor mention',
        parent: null,
        color: '#4caf6e',
        description: 'A person, agency, state or alliance named in the text.',
        shortcut: '3',
        kind: 'actor-mention',
      },
      {
        id: 'threat-type',
        name: 'Threat type',
        parent: null,
        color: '#8e5bd6',
        description: 'The kind of threat a passage is about; apply the most specific sub-tag that fits.',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-terrorism',
        name: 'Terrorism',
        parent: 'threat-type',
        color: '#3d1f70',
        description:
          'Violence or its threat against people to intimidate or coerce, including attacks, plots and terrorist organisations.',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-extremism',
        name: 'Extremism',
        parent: 'threat-type',
        color: '#512b91',
        description:
          'Ideologies, groups or activity labelled extremist, whether violent or not («экстремистская деятельность»).',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-separatism',
        name: 'Separatism',
        parent: 'threat-type',
        color: '#6532b3',
        description:
          'Movements or calls to break a territory away from a state or to undermine its territorial integrity.',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-online-radicalisation',
        name: 'Online radicalisation',
        parent: 'threat-type',
        color: '#a47ee2',
        description: 'Recruitment or spread of radical content through the internet, messengers and social networks.',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-hybrid',
        name: 'Hybrid threat',
        parent: 'threat-type',
        color: '#bb9de9',
        description:
          'Combined non-military pressure such as disinformation, cyber attacks, interference or "colour revolutions".',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'threat-drug-trafficking',
        name: 'Drug trafficking',
        parent: 'threat-type',
        color: '#d2bff0',
        description: 'Production, smuggling or sale of drugs, including as a source of financing for terrorism.',
        shortcut: null,
        kind: 'plain',
      },
      {
        id: 'source-attribution',
        name: 'Source / attribution',
        parent: null,
        color: '#8d8a84',
        description:
          'The phrase naming where the text or a statement comes from («передаёт Aqnews.kz», «сообщает пресс-служба»).',
        shortcut: null,
        kind: 'plain',
      },
    ],
  };
}
