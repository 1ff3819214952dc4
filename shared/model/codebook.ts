import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { limits } from './limits.ts';
import { model as enModel } from '../i18n/catalogs/en/model.ts';
import { model as ruModel } from '../i18n/catalogs/ru/model.ts';
import { fallbackLanguage, type Language } from '../i18n/languages.ts';

/** The model's words in each language (the catalogs themselves: no translator needed for plain names). */
const modelWords: Record<Language, Record<string, string>> = { en: enModel, ru: ruModel };

/** A word of the model namespace in `language`, English where that language lacks it. */
export function modelWord(language: Language, key: string): string {
  return modelWords[language][key] ?? modelWords.en[key] ?? key;
}

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

/**
 * The codebook a new project starts with, worded in `language` (the names and descriptions are in the catalogs,
 * shared/i18n/catalogs/<language>/model.ts: `model:tag-<id>`, `model:tagDescription-<id>`). Ids, colours, shortcuts
 * and kinds are the same in every language: sample data and tests refer to the ids. An existing project keeps the
 * names it has.
 */
export function defaultCodebook(language: Language = fallbackLanguage): Codebook {
  const rows: Array<[string, string | null, string, string | null, TagKind]> = [
    ['claim', null, '#e8a33d', '1', 'statement'],
    ['claim-threat-assessment', 'claim', '#c27f1c', '4', 'statement'],
    ['claim-causal', 'claim', '#f0b961', '5', 'statement'],
    ['claim-normative', 'claim', '#a86a12', null, 'statement'],
    ['claim-factual', 'claim', '#f5cf8f', null, 'statement'],
    ['claim-attribution', 'claim', '#8c5a10', null, 'statement'],
    ['proposal', null, '#3d8be8', '2', 'statement'],
    ['proposal-cooperation', 'proposal', '#2468c2', '6', 'statement'],
    ['proposal-legal-measure', 'proposal', '#6aa6ee', null, 'statement'],
    ['proposal-security-measure', 'proposal', '#1a4f94', '7', 'statement'],
    ['proposal-prevention', 'proposal', '#99c2f4', '8', 'statement'],
    ['proposal-information', 'proposal', '#123a6e', null, 'statement'],
    ['actor-mention', null, '#4caf6e', '3', 'actor-mention'],
    ['threat-type', null, '#8e5bd6', null, 'plain'],
    ['threat-terrorism', 'threat-type', '#3d1f70', null, 'plain'],
    ['threat-extremism', 'threat-type', '#512b91', null, 'plain'],
    ['threat-separatism', 'threat-type', '#6532b3', null, 'plain'],
    ['threat-online-radicalisation', 'threat-type', '#a47ee2', null, 'plain'],
    ['threat-hybrid', 'threat-type', '#bb9de9', null, 'plain'],
    ['threat-drug-trafficking', 'threat-type', '#d2bff0', null, 'plain'],
    ['source-attribution', null, '#8d8a84', null, 'plain'],
  ];
  return {
    tags: rows.map(([id, parent, color, shortcut, kind]) => ({
      id,
      name: modelWord(language, `tag-${id}`),
      parent,
      color,
      description: modelWord(language, `tagDescription-${id}`),
      shortcut,
      kind,
    })),
  };
}
