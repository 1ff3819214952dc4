import { z } from 'zod';
import { fallbackLanguage, type Language } from '../i18n/languages.ts';
import { ColorSchema, modelWord } from './codebook.ts';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/** A kind of link between annotations ("same proposal", "responds to"…), editable per project. */
export const LinkTypeSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  description: z.string().max(limits.descriptionLength),
  color: ColorSchema,
});
export type LinkType = z.infer<typeof LinkTypeSchema>;

/**
 * A typed, directed link from one annotation to another, in any documents:
 * "this proposal (from) elaborates that one (to)". Its coder made it. A link
 * whose end was deleted is kept and shown as broken until deleted.
 */
export const LinkSchema = z
  .strictObject({
    id: IdSchema,
    fromId: IdSchema,
    toId: IdSchema,
    typeId: IdSchema,
    coderId: IdSchema,
    note: z.string().max(limits.noteLength),
    created: TimestampSchema,
    modified: TimestampSchema,
  })
  .refine((l) => l.fromId !== l.toId, { message: 'a link needs two different annotations', path: ['toId'] });
export type Link = z.infer<typeof LinkSchema>;

/**
 * The link types a new project starts with, worded in `language` (`model:linkType-<id>`,
 * `model:linkTypeDescription-<id>` in the catalogs): how policy ideas travel between texts. Ids and colours are the
 * same in every language.
 */
export function defaultLinkTypes(language: Language = fallbackLanguage): LinkType[] {
  const type = (id: string, color: string): LinkType => ({
    id,
    name: modelWord(language, `linkType-${id}`),
    color,
    description: modelWord(language, `linkTypeDescription-${id}`),
  });
  return [
    type('same-proposal', '#1a4f94'),
    type('responds-to', '#6b3fa0'),
    type('supports', '#1f7a3a'),
    type('contradicts', '#b3261e'),
    type('elaborates', '#8a5a00'),
    type('cites', '#4a5568'),
  ];
}
