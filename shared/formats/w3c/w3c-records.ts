import { z } from 'zod';
import { ActorSchema } from '../../model/actor.ts';
import { TagSchema } from '../../model/codebook.ts';
import { CoderSchema } from '../../model/coder.ts';
import { ConceptSchema } from '../../model/concept.ts';
import { DocumentInfoSchema } from '../../model/document.ts';
import { IdSchema, TimestampSchema } from '../../model/ids.ts';
import { LinkTypeSchema } from '../../model/link.ts';
import { TagMappingSchema } from '../../model/tag-mapping.ts';
import { utf16String } from '../../model/utf16-string.ts';
import { limits } from '../../model/limits.ts';

/**
 * What the W3C model has no place for, carried whole so that our own export
 * comes back exactly: the codebook (colours, hierarchy, kinds), the actor
 * registry, concepts, link types, coders, tag mappings, and the documents
 * with their texts (a W3C annotation names its source by IRI and never holds
 * its text; without the text here, a file could not be imported anywhere
 * else). Stored under one property of our own, as a JSON literal
 * (`@type: @json`): JSON-LD keeps it intact and nothing is dropped by
 * expansion; tools that do not know it ignore it.
 */
export const W3C_RECORDS_PROPERTY = 'urn:glossator:vocab:records';
export const W3C_RECORDS_FORMAT = 'glossator-w3c';
export const W3C_RECORDS_VERSION = 1;

/** Our role of a body (speaker, addressee, …), as `schema:roleName`: the W3C model has no roles. */
export const ROLE_PROPERTY = 'schema:roleName';
export const roles = ['speaker', 'addressee', 'actor', 'concept', 'stance', 'statement-date'] as const;
export type BodyRole = (typeof roles)[number];

export const W3cDocumentSchema = z.strictObject({
  info: DocumentInfoSchema,
  text: utf16String(limits.textLength),
  /** Left out when it is the text (most documents). */
  originalText: utf16String(limits.textLength).optional(),
});
export type W3cDocument = z.infer<typeof W3cDocumentSchema>;

export const W3cRecordsSchema = z.strictObject({
  format: z.literal(W3C_RECORDS_FORMAT),
  version: z.number().int().positive(),
  appVersion: z.string().max(200),
  created: TimestampSchema,
  project: z.strictObject({ id: IdSchema, name: z.string().min(1).max(limits.nameLength) }),
  exportedBy: CoderSchema,
  coders: z.array(CoderSchema).max(limits.coders),
  tags: z.array(TagSchema).max(limits.tags),
  actors: z.array(ActorSchema).max(limits.actors),
  linkTypes: z.array(LinkTypeSchema).max(limits.linkTypes),
  concepts: z.array(ConceptSchema).max(limits.concepts),
  tagMappings: z.array(TagMappingSchema).max(limits.tagMappings),
  documents: z.array(W3cDocumentSchema),
});
export type W3cRecords = z.infer<typeof W3cRecordsSchema>;
