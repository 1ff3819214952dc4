import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/**
 * A tag mapping: one coder's tag read as another tag of the codebook when
 * coders are compared (their codebooks drifted: a tag renamed in a separate
 * project, a sub-tag the others do not use). Only comparing reads it (the
 * Compare view and agreement); the coder's annotations keep their own tag.
 */
export const TagMappingSchema = z.strictObject({
  id: IdSchema,
  /** The coder whose annotations are read through the mapping. */
  coderId: IdSchema,
  /** Their tag… */
  fromTagId: IdSchema,
  /** …counts as this one. */
  toTagId: IdSchema,
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type TagMapping = z.infer<typeof TagMappingSchema>;

/**
 * A colleague's codebook as their bundle brought it (their ids, names and
 * parents), kept so that comparing codebooks can tell renamed and moved
 * tags apart from new ones after the import mapped theirs onto ours.
 */
export const CoderCodebookSchema = z.strictObject({
  /** The coder's id: one snapshot per coder, the latest import's. */
  id: IdSchema,
  tags: z
    .array(z.strictObject({ id: IdSchema, name: z.string().max(limits.nameLength), parent: IdSchema.nullable() }))
    .max(limits.tags),
  /** Their tag id → the tag of this project their annotations were put under at import. */
  mappedTo: z.record(IdSchema, IdSchema),
  taken: TimestampSchema,
});
export type CoderCodebook = z.infer<typeof CoderCodebookSchema>;

/** What comparing two coders' use of the codebook finds. */
export interface CodebookComparison {
  coderA: string;
  coderB: string;
  /** Tags (after mapping) only one of the two used, with how often. */
  onlyA: Array<{ tagId: string; uses: number }>;
  onlyB: Array<{ tagId: string; uses: number }>;
  /** Both used, with how often each. */
  shared: Array<{ tagId: string; usesA: number; usesB: number }>;
  /** The same name under different ids (separate projects' codebooks). */
  sameNameOtherId: Array<{ name: string; tagIdA: string; tagIdB: string }>;
  /** The same id named differently in the two coders' codebooks. */
  renamed: Array<{ tagId: string; nameA: string; nameB: string }>;
  /** The same id under different parents. */
  moved: Array<{ tagId: string; parentA: string | null; parentB: string | null }>;
  /** The mappings that apply to either coder. */
  mappings: TagMapping[];
}
