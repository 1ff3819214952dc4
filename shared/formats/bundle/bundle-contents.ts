import type { Actor } from '../../model/actor.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Coder } from '../../model/coder.ts';
import type { Concept } from '../../model/concept.ts';
import type { DocumentInfo } from '../../model/document.ts';
import type { Link, LinkType } from '../../model/link.ts';
import type { TagMapping } from '../../model/tag-mapping.ts';
import type { BundleCuration } from './bundle-curation.ts';

/** The bundle format's name, in every manifest. */
export const BUNDLE_FORMAT = 'glossator-bundle';
/** The version of the bundle layout this Glossator writes and the newest it reads. */
export const BUNDLE_FORMAT_VERSION = 1;
/** A bundle file's extension. */
export const BUNDLE_EXTENSION = '.glossator';

/** Where a bundle came from, from its manifest. */
export interface BundleOrigin {
  formatVersion: number;
  appVersion: string;
  created: string;
  /** The coder who exported it. */
  exportedBy: Coder;
  project: { id: string; name: string };
}

/** One document of a bundle: its record, its text and its original as imported. */
export interface BundleDocument {
  info: DocumentInfo;
  text: string;
  originalText: string;
}

/**
 * A bundle as read and checked: every record has passed its schema, every
 * reference points to a record of the right kind inside the bundle (or is
 * listed as pointing outside it), every annotation lies inside its text.
 * Ids are the exporting project's own.
 *
 * Documents are read one at a time (`documents`), so that a bundle of
 * 10,000 texts never has to be held in memory whole.
 */
export interface BundleContents {
  origin: BundleOrigin;
  /** The coders whose layers the bundle holds, and every coder its records name. */
  coders: Coder[];
  /** The ids of the coders whose layers the bundle holds. */
  layers: string[];
  tags: Tag[];
  actors: Actor[];
  linkTypes: LinkType[];
  concepts: Concept[];
  /** The layers' coders' tag mappings, in their ids (empty for a bundle written before they existed). */
  tagMappings: TagMapping[];
  /**
   * The curation of the bundle's documents (curation.json), carried with the
   * curated layer; null when the file carries none: a bundle without the
   * curated layer or written before curation, another tool's file.
   */
  curation: BundleCuration | null;
  /** The documents' records, in the bundle's order, without their texts. */
  documentInfos: DocumentInfo[];
  /** A document with its text, read from the bundle when asked for. */
  document(id: string): Promise<BundleDocument>;
  /**
   * The SHA-256 (hex) of a document's text as UTF-8, as the manifest lists
   * it: whether our text is theirs is told without reading theirs again.
   * Absent for bundles built in memory (tests).
   */
  textSha256?(documentId: string): string;
  /** Every annotation of the included layers of one document. */
  annotations(documentId: string): Promise<Annotation[]>;
  /** Every link of the included layers. */
  links: Link[];
  /** Frees what the reading holds (the open archive). */
  close(): Promise<void>;
}
