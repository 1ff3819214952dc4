import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/**
 * The quoted text with its context (W3C TextQuoteSelector). Prefix and suffix
 * hold up to 32 characters: enough to tell repeated phrases apart, short
 * enough to survive nearby edits (the length Hypothesis uses).
 */
export const TextQuoteSchema = z.strictObject({
  exact: z.string().min(1).max(limits.textLength),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/**
 * A standoff annotation: a span of a document's text, tagged. `start` and
 * `end` count UTF-16 code units, start inclusive, end exclusive.
 */
export const AnnotationSchema = z
  .strictObject({
    id: IdSchema,
    documentId: IdSchema,
    coderId: IdSchema,
    tagId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: TextQuoteSchema,
    note: z.string().max(limits.noteLength),
    created: TimestampSchema,
    modified: TimestampSchema,
  })
  .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] });
export type Annotation = z.infer<typeof AnnotationSchema>;
