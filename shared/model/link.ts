import { z } from 'zod';
import { ColorSchema } from './codebook.ts';
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

/** The link types a new project starts with: how policy ideas travel between texts. */
export function defaultLinkTypes(): LinkType[] {
  const type = (id: string, name: string, color: string, description: string): LinkType => ({
    id,
    name,
    color,
    description,
  });
  return [
    type('same-proposal', 'Same proposal', '#1a4f94', 'The same proposal, repeated or restated in another text.'),
    type('responds-to', 'Responds to', '#6b3fa0', 'A statement answering another one.'),
    type('supports', 'Supports', '#1f7a3a', 'A statement endorsing another one.'),
    type('contradicts', 'Contradicts', '#b3261e', 'A statement contradicting or contesting another one.'),
    type('elaborates', 'Elaborates', '#8a5a00', 'Adds detail to another statement: how, when, by whom.'),
    type('cites', 'Cites', '#4a5568', 'Quotes or refers to another statement as its source.'),
  ];
}
