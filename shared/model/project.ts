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
import { CoderCodebookSchema, TagMappingSchema } from './tag-mapping.ts';
import {
  CurationDecisionSchema,
  CurationStatusRecordSchema,
  curationLimits,
  QuickReasonSchema,
} from '../curation/curation-types.ts';

/**
 * Version of the on-disk layout. Every stored file carries it; a file with a
 * higher number was written by a newer Glossator and is never touched.
 */
export const SCHEMA_VERSION = 4;

const version = z.literal(SCHEMA_VERSION);

/** project.json: what is shared by the whole project. */
export const ProjectFileSchema = z.strictObject({
  schemaVersion: version,
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  created: TimestampSchema,
  codebook: CodebookSchema,
  coders: z.array(CoderSchema).max(limits.coders),
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

/**
 * documents/<id>/annotations.<coderId>.json: one coder's layer of a
 * document (format 4). Each coder's work is a file of its own, so a
 * colleague's layer can be added, replaced or synced without touching
 * anyone else's.
 */
export const AnnotationLayerFileSchema = z.strictObject({
  schemaVersion: version,
  documentId: IdSchema,
  coderId: IdSchema,
  annotations: z.array(AnnotationSchema).max(limits.annotationsPerLayer),
});
export type AnnotationLayerFile = z.infer<typeof AnnotationLayerFileSchema>;

/**
 * documents/<id>/annotations.json of formats 1–3: every coder's annotations
 * of a document in one file. Read as it is; the next change to the
 * document's annotations writes its layers and removes it.
 */
export const LegacyAnnotationsFileSchema = z.strictObject({
  schemaVersion: version,
  documentId: IdSchema,
  annotations: z.array(AnnotationSchema),
});
export type LegacyAnnotationsFile = z.infer<typeof LegacyAnnotationsFileSchema>;

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
  actors: z.array(ActorSchema).max(limits.actors),
  /** Suggested mentions the user rejected (format 3; absent before). */
  rejectedMentions: z.array(RejectedMentionSchema).max(limits.rejectedMentions).default([]),
});
export type ActorsFile = z.infer<typeof ActorsFileSchema>;

/**
 * links.json: the project's link types. Up to format 3 it also held every
 * link (`links`); the next change to links moves them into each coder's
 * links.<coderId>.json and writes this file without them.
 */
export const LinksFileSchema = z.strictObject({
  schemaVersion: version,
  linkTypes: z.array(LinkTypeSchema).max(limits.linkTypes),
  links: z.array(LinkSchema).max(limits.linksPerCoder).optional(),
});
export type LinksFile = z.infer<typeof LinksFileSchema>;

/** links.<coderId>.json: the links one coder made (format 4). */
export const LinkLayerFileSchema = z.strictObject({
  schemaVersion: version,
  coderId: IdSchema,
  links: z.array(LinkSchema).max(limits.linksPerCoder),
});
export type LinkLayerFile = z.infer<typeof LinkLayerFileSchema>;

/** concepts.json: the concepts statements are grouped under. */
export const ConceptsFileSchema = z.strictObject({
  schemaVersion: version,
  concepts: z.array(ConceptSchema).max(limits.concepts),
});
export type ConceptsFile = z.infer<typeof ConceptsFileSchema>;

/**
 * tag-mappings.json: how coders' tags are read when they are compared, and
 * the codebook each colleague's bundle brought (one snapshot per coder).
 * Absent in projects that never had either: read as two empty lists.
 * A coder's tag is read as one tag only, and never as itself: a file with
 * two mappings of one (coder, tag) — which would win depends on order — or
 * a tag mapped onto itself was not written by Glossator, and is damaged.
 */
export const TagMappingsFileSchema = z
  .strictObject({
    schemaVersion: version,
    mappings: z.array(TagMappingSchema).max(limits.tagMappings),
    coderCodebooks: z.array(CoderCodebookSchema).max(limits.coders),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.mappings.forEach((m, i) => {
      if (m.fromTagId === m.toTagId) {
        ctx.addIssue({ code: 'custom', message: 'a tag mapped onto itself', path: ['mappings', i, 'toTagId'] });
      }
      const key = JSON.stringify([m.coderId, m.fromTagId]);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', message: 'a second mapping of this coder’s tag', path: ['mappings', i] });
      }
      seen.add(key);
    });
  });
export type TagMappingsFile = z.infer<typeof TagMappingsFileSchema>;

/**
 * curation/<documentId>.json: a document's curation — its status (null: not
 * started) and every decision on it, one per line. A file per document, so
 * a decision rewrites one small file and open reads only documents that
 * have been curated. A status or decision naming another document was not
 * written by Glossator: the file is damaged.
 */
export const CurationFileSchema = z
  .strictObject({
    schemaVersion: version,
    documentId: IdSchema,
    status: CurationStatusRecordSchema.nullable(),
    decisions: z.array(CurationDecisionSchema).max(curationLimits.decisionsPerDocument),
  })
  .superRefine((file, ctx) => {
    if (file.status && file.status.id !== file.documentId) {
      ctx.addIssue({ code: 'custom', message: 'a status of another document', path: ['status', 'id'] });
    }
    const stray = file.decisions.findIndex((d) => d.documentId !== file.documentId);
    if (stray >= 0) {
      ctx.addIssue({ code: 'custom', message: 'a decision of another document', path: ['decisions', stray] });
    }
  });
export type CurationFile = z.infer<typeof CurationFileSchema>;

/** curation.json: the team's quick reasons, one per line (absent while there are none). */
export const QuickReasonsFileSchema = z.strictObject({
  schemaVersion: version,
  quickReasons: z.array(QuickReasonSchema).max(curationLimits.quickReasons),
});
export type QuickReasonsFile = z.infer<typeof QuickReasonsFileSchema>;
