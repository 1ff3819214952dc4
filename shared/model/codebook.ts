import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { limits } from './limits.ts';

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

/** A single printable key (a letter or digit) that applies the tag to the selection. */
export const ShortcutSchema = z.string().regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit');

/** One tag of the codebook. Tags form a tree through `parent`. */
export const TagSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  parent: IdSchema.nullable(),
  color: ColorSchema,
  description: z.string().max(limits.descriptionLength),
  shortcut: ShortcutSchema.nullable(),
});
export type Tag = z.infer<typeof TagSchema>;

export const CodebookSchema = z.strictObject({
  tags: z.array(TagSchema).max(10_000),
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
      },
      {
        id: 'proposal',
        name: 'Proposal',
        parent: null,
        color: '#3d8be8',
        description: 'A call for action: adopt, expand, create, prohibit, cooperate.',
        shortcut: '2',
      },
      {
        id: 'actor-mention',
        name: 'Actor mention',
        parent: null,
        color: '#4caf6e',
        description: 'A person, agency, state or alliance named in the text.',
        shortcut: '3',
      },
    ],
  };
}
