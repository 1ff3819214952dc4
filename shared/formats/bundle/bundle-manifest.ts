import { z } from 'zod';
import { CoderSchema } from '../../model/coder.ts';
import { IdSchema, TimestampSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import { BUNDLE_FORMAT } from './bundle-contents.ts';
import { BUNDLE_TEXT_RULE } from './bundle-text-rule.ts';

/** How many files one manifest may list: four per document of 50,000 documents. */
export const MAX_BUNDLE_FILES = 200_000;

/** One file of the bundle as the manifest lists it: every byte is accounted for. */
export const ManifestFileSchema = z.strictObject({
  path: z.string().min(1).max(300),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hex'),
  bytes: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

const count = z.number().int().nonnegative();

/**
 * manifest.json: what the bundle is, who made it, how its texts are to be
 * read, and every other file with its size and SHA-256. `formatVersion` is
 * checked before this schema (see readManifestHead), so a newer bundle is
 * told apart from a broken one.
 */
export const BundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(100),
  created: TimestampSchema,
  exportedBy: CoderSchema,
  project: z.strictObject({ id: IdSchema, name: z.string().trim().min(1).max(limits.nameLength) }),
  text: z.strictObject({
    normalisation: z.string().max(200),
    offsetUnit: z.string().max(50),
  }),
  /** The coders whose layers the bundle holds. */
  layers: z.array(IdSchema).max(limits.coders),
  counts: z.strictObject({ documents: count, annotations: count, links: count }),
  files: z.array(ManifestFileSchema).max(MAX_BUNDLE_FILES),
});
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

/** The manifest's text rule as this Glossator writes it. */
export const bundleTextRule: BundleManifest['text'] = { ...BUNDLE_TEXT_RULE };
