import { z } from 'zod';
import { ActorSchema } from './actor.ts';
import { AnnotationSchema } from './annotation.ts';
import { CodebookSchema } from './codebook.ts';
import { CoderSchema } from './coder.ts';
import { ConceptSchema } from './concept.ts';
import { LinkSchema, LinkTypeSchema } from './link.ts';
import { DocumentInfoSchema, DocumentTextSchema } from './document.ts';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/**
 * Version of the on-disk layout. Every stored file carries it; a file with a
 * higher number was written by a newer Glossator and is never touched.
 */
export const SCHEMA_VERSION = 3;

const version = z.literal(SCHEMA_VERSION);

/** project.json: what is shared by the whole project. */
export const ProjectFileSchema = z.strictObject({
  schemaVersion: version,
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  created: TimestampSchema,
  codebook: CodebookSchema,
  coders: z.array(CoderSchema).max(1_000),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

/** documents/<id>/document.json */
export const DocumentFileSchema = z.strictObject({
  schemaVersion: version,
  document: DocumentInfoSchema,
});
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

/** documents/<id>/text.json */
export const TextFileSchema = DocumentTextSchema.extend({ schemaVersion: version });
export type TextFile = z.infer<typeof TextFileSchema>;

/** documents/<id>/annotations.json */
export const AnnotationsFileSchema = z.strictObject({
  schemaVersion: version,
  documentId: IdSchema,
  annotations: z.array(AnnotationSchema),
});
export type AnnotationsFile = z.infer<typeof AnnotationsFileSchema>;

/** A suggested actor mention the user rejected: not proposed again (same actor, document and words). */
export const RejectedMentionSchema = z.strictObject({
  id: IdSchema,
  actorId: IdSchema,
  documentId: IdSchema,
  start: z.number().int().nonnegative(),
  exact: z.string().max(limits.nameLength * 4),
});
export type RejectedMention = z.infer<typeof RejectedMentionSchema>;

/** actors.json: the actor registry, one actor per line, and the suggested mentions the user rejected. */
export const ActorsFileSchema = z.strictObject({
  schemaVersion: version,
  actors: z.array(ActorSchema).max(100_000),
  /** Suggested mentions the user rejected (format 3; absent before). */
  rejectedMentions: z.array(RejectedMentionSchema).max(1_000_000).default([]),
});
export type ActorsFile = z.infer<typeof ActorsFileSchema>;

/** links.json: the project's link types and every link between annotations, one per line. */
export const LinksFileSchema = z.strictObject({
  schemaVersion: version,
  linkTypes: z.array(LinkTypeSchema).max(1_000),
  links: z.array(LinkSchema).max(1_000_000),
});
export type LinksFile = z.infer<typeof LinksFileSchema>;

/** concepts.json: the concepts statements are grouped under. */
export const ConceptsFileSchema = z.strictObject({
  schemaVersion: version,
  concepts: z.array(ConceptSchema).max(100_000),
});
export type ConceptsFile = z.infer<typeof ConceptsFileSchema>;
