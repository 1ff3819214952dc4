import { z } from 'zod';
import { PartialDateSchema } from './actor.ts';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';
import { utf16String } from './utf16-string.ts';

/**
 * The quoted text with its context (W3C TextQuoteSelector). Prefix and suffix
 * hold up to 32 characters: enough to tell repeated phrases apart, short
 * enough to survive nearby edits (the length Hypothesis uses).
 */
export const TextQuoteSchema = z.strictObject({
  exact: utf16String(limits.textLength).pipe(z.string().min(1)),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** A speaker's position towards what a statement is about. */
export const StanceSchema = z.enum(['supports', 'opposes', 'neutral', 'unclear']);
export type Stance = z.infer<typeof StanceSchema>;
export const stances = StanceSchema.options;

/** How each stance is called on screen. */
export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports',
  opposes: 'Opposes',
  neutral: 'Neutral',
  unclear: 'Unclear',
};

/**
 * A standoff annotation: a span of a document's text, tagged. `start` and
 * `end` count UTF-16 code units, start inclusive, end exclusive.
 *
 * Optional fields are left out when unset, which keeps files of tens of
 * thousands of annotations small:
 * - `actorId`: for an actor mention, the registry entry it names;
 * - `speakerId`, `addresseeId`, `stance`, `statementDate`: for a statement
 *   (a claim or a proposal); the date defaults to the document's date;
 * - `orphaned`: the quoted text was deleted by a text correction. The
 *   annotation is kept with its quote (start = end = where the text was)
 *   until the user re-attaches or deletes it.
 */
export const AnnotationSchema = z
  .strictObject({
    id: IdSchema,
    documentId: IdSchema,
    coderId: IdSchema,
    tagId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: TextQuoteSchema,
    note: z.string().max(limits.noteLength),
    actorId: IdSchema.optional(),
    speakerId: IdSchema.optional(),
    addresseeId: IdSchema.optional(),
    stance: StanceSchema.optional(),
    statementDate: PartialDateSchema.optional(),
    /** For a statement: the concept (policy idea) it is about. */
    conceptId: IdSchema.optional(),
    orphaned: z.literal(true).optional(),
    created: TimestampSchema,
    modified: TimestampSchema,
  })
  .refine((a) => (a.orphaned ? a.end === a.start : a.end > a.start), {
    message: 'end must be after start (or equal to it for an orphaned annotation)',
    path: ['end'],
  });
export type Annotation = z.infer<typeof AnnotationSchema>;

/** The statement fields of an annotation, as the side panel edits them (null clears one). */
export interface StatementFields {
  speakerId?: string | null;
  addresseeId?: string | null;
  stance?: Stance | null;
  statementDate?: string | null;
}
