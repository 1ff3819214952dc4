import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';
import { utf16String } from './utf16-string.ts';
import type { CurationStatus } from '../curation/curation-types.ts';

const field = z.string().max(limits.metadataFieldLength);

/** Where a text comes from. Every field is optional: researchers fill in what they know. */
export const DocumentMetadataSchema = z.strictObject({
  source: field.optional(),
  author: field.optional(),
  /** Publication date as written by the user, ideally ISO (2023-09-08 or 2023-09-08T12:51). */
  date: field.optional(),
  url: field.optional(),
  /** BCP 47 language tag such as "ru", "kk", "en". */
  language: z.string().max(35).optional(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

/** What is stored about a document apart from its text (documents/<id>/document.json). */
export const DocumentInfoSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(limits.titleLength),
  metadata: DocumentMetadataSchema,
  created: TimestampSchema,
  /** Length of `text` in UTF-16 code units, kept here so lists need not load the text. */
  textLength: z.number().int().nonnegative(),
  /**
   * SHA-256 (hex) of the text as it entered the project, after the
   * normalisation rule and before any cleanup or correction: two documents
   * with the same hash are duplicates. Absent in documents added before
   * format 3 knew it; it is then computed from the original when needed.
   */
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** The file it was imported from, if any (name only, no folder). */
  fileName: z.string().max(1_000).optional(),
  /** The researcher's memo on the whole document (left out when empty). */
  memo: z.string().max(limits.noteLength).optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

/** The text itself (documents/<id>/text.json), loaded only when a document is opened. */
export const DocumentTextSchema = z.strictObject({
  /** The text every annotation offset refers to: normalised once, at import. */
  text: utf16String(limits.textLength),
  /** The text exactly as it was pasted or imported, before normalisation. */
  originalText: utf16String(limits.textLength),
});
export type DocumentText = z.infer<typeof DocumentTextSchema>;

/**
 * A document as the Reader sees it. The original text is included only
 * when asked for: the Reader never needs it, and it doubles what a large
 * document sends.
 */
export type Document = DocumentInfo & { text: string; originalText?: string };

/** What the Library filters on, from a document's annotations. */
export interface DocumentFacets {
  annotationCount: number;
  /** Tags used by its annotations. */
  tagIds: string[];
  /** Actors named by its mentions, or speaking or addressed in its statements. */
  actorIds: string[];
  /** Coders who annotated it. */
  coderIds: string[];
}

/** One row of the Library: the document, its facets, and where its curation stands. */
export type DocumentSummary = DocumentInfo & DocumentFacets & { curationStatus: CurationStatus };
