import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/**
 * A concept in the sense of Discourse Network Analysis: the policy idea
 * statements are about, e.g. «SCO programme against terrorism, separatism
 * and extremism 2025–2027». Statements (claims, proposals) name it by
 * `conceptId`; its timeline and the networks are built from them.
 */
export const ConceptSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.titleLength),
  description: z.string().max(limits.descriptionLength),
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type Concept = z.infer<typeof ConceptSchema>;
