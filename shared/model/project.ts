import { z } from 'zod';
import { ActorSchema } from './actor.ts';
import { AnnotationSchema } from './annotation.ts';
import { CodebookSchema } from './codebook.ts';
import { CoderSchema } from './coder.ts';
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

/** actors.json: the actor registry, one actor per line. */
export const ActorsFileSchema = z.strictObject({
  schemaVersion: version,
  actors: z.array(ActorSchema).max(100_000),
});
export type ActorsFile = z.infer<typeof ActorsFileSchema>;
