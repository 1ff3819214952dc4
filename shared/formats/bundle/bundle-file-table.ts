import type { z } from 'zod';
import { bundleFileBytes } from './bundle-limits.ts';
import type { BundlePath, TableName } from './bundle-paths.ts';
import {
  BundleActorsSchema,
  BundleAnnotationsSchema,
  BundleCodebookSchema,
  BundleCodersSchema,
  BundleConceptsSchema,
  BundleDocumentSchema,
  BundleLinksSchema,
  BundleLinkTypesSchema,
  BundleTagMappingsSchema,
} from './bundle-records.ts';
import { BundleCurationSchema } from './bundle-curation.ts';

/** How a kind of bundle file is read: JSON through its schema, or a UTF-8 text; and its size cap. */
export type BundleFileSpec =
  | { pattern: string; form: 'json'; schema: z.ZodType; maxBytes: number }
  | { pattern: string; form: 'text'; maxBytes: number };

const json = (pattern: string, schema: z.ZodType, maxBytes: number = bundleFileBytes.json): BundleFileSpec => ({
  pattern,
  form: 'json',
  schema,
  maxBytes,
});

/** The project-wide files. */
export const tableFiles: Record<TableName, BundleFileSpec> = {
  codebook: json('codebook.json', BundleCodebookSchema),
  coders: json('coders.json', BundleCodersSchema),
  actors: json('actors.json', BundleActorsSchema),
  linkTypes: json('link-types.json', BundleLinkTypesSchema),
  concepts: json('concepts.json', BundleConceptsSchema),
  tagMappings: json('tag-mappings.json', BundleTagMappingsSchema),
  curation: json('curation.json', BundleCurationSchema),
};

/**
 * The one table of a bundle's files (the manifest apart): each path pattern
 * with its schema and cap. Writing and reading both go through it.
 */
export const bundleFileTable = {
  ...tableFiles,
  document: json('documents/<id>/document.json', BundleDocumentSchema, bundleFileBytes.document),
  text: { pattern: 'documents/<id>/text.txt', form: 'text', maxBytes: bundleFileBytes.text },
  original: { pattern: 'documents/<id>/original.txt', form: 'text', maxBytes: bundleFileBytes.text },
  annotations: json('documents/<id>/annotations.<coderId>.json', BundleAnnotationsSchema),
  links: json('links.<coderId>.json', BundleLinksSchema),
} satisfies Record<TableName | Exclude<BundlePath['kind'], 'table'>, BundleFileSpec>;

/** The spec of the file a parsed path names. */
export function specOf(path: BundlePath): BundleFileSpec {
  return path.kind === 'table' ? tableFiles[path.table] : bundleFileTable[path.kind];
}
