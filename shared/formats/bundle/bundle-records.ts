import { z } from 'zod';
import { ActorSchema } from '../../model/actor.ts';
import { AnnotationSchema } from '../../model/annotation.ts';
import { TagSchema } from '../../model/codebook.ts';
import { CoderSchema } from '../../model/coder.ts';
import { ConceptSchema } from '../../model/concept.ts';
import { DocumentInfoSchema } from '../../model/document.ts';
import { limits } from '../../model/limits.ts';
import { LinkSchema, LinkTypeSchema } from '../../model/link.ts';
import { TagMappingSchema } from '../../model/tag-mapping.ts';

/*
 * The JSON files of a bundle, each its records under one name, checked with
 * the project's own schemas: what a bundle holds is what a project may hold.
 */

/** codebook.json */
export const BundleCodebookSchema = z.strictObject({ tags: z.array(TagSchema).max(limits.tags) });

/** coders.json: the coders whose layers the bundle holds. */
export const BundleCodersSchema = z.strictObject({ coders: z.array(CoderSchema).max(limits.coders) });

/** actors.json: the actor registry (without the rejected suggestions: those are one project's housekeeping). */
export const BundleActorsSchema = z.strictObject({ actors: z.array(ActorSchema).max(limits.actors) });

/** link-types.json */
export const BundleLinkTypesSchema = z.strictObject({ linkTypes: z.array(LinkTypeSchema).max(limits.linkTypes) });

/** concepts.json */
export const BundleConceptsSchema = z.strictObject({ concepts: z.array(ConceptSchema).max(limits.concepts) });

/** tag-mappings.json: how the exported layers' coders read their tags when compared (their ids). */
export const BundleTagMappingsSchema = z.strictObject({ mappings: z.array(TagMappingSchema).max(limits.tagMappings) });

/** Where a document's original text is: its own file, or the same bytes as text.txt (written once). */
export const OriginalFileSchema = z.enum(['original.txt', 'text.txt']);

/** documents/<id>/document.json: the document's record and where its original text is. */
export const BundleDocumentSchema = z.strictObject({
  document: DocumentInfoSchema,
  originalText: OriginalFileSchema,
});
export type BundleDocumentFile = z.infer<typeof BundleDocumentSchema>;

/** documents/<id>/annotations.<coderId>.json: one coder's annotations of one document. */
export const BundleAnnotationsSchema = z.strictObject({
  annotations: z.array(AnnotationSchema).max(limits.annotationsPerLayer),
});

/** links.<coderId>.json: the links one coder made between annotations of the bundle. */
export const BundleLinksSchema = z.strictObject({ links: z.array(LinkSchema).max(limits.linksPerCoder) });
