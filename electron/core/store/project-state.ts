import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { DocumentFacets, DocumentInfo } from '../../../shared/model/document.ts';
import { documentFacets } from '../../../shared/library/document-facets.ts';
import type { Link, LinkType } from '../../../shared/model/link.ts';
import type { ActorsFile, ProjectFile } from '../../../shared/model/project.ts';
import type { CoderCodebook, TagMapping } from '../../../shared/model/tag-mapping.ts';
import type { CurationDecision, CurationStatusRecord, QuickReason } from '../../../shared/curation/curation-types.ts';

/**
 * A document as the store holds it: its info and every coder's annotations.
 * Annotations that came from the open catalogue stay as their JSON bytes
 * until something asks for them, so a large project opens without parsing
 * half a million annotations; their count, ids and facets are known at once.
 */
export class StoredDocument {
  private list: Annotation[] | null;
  private raw: Buffer | null;
  private readonly knownFacets: DocumentFacets | null;

  constructor(
    public info: DocumentInfo,
    annotations: Annotation[] | { raw: Buffer; facets: DocumentFacets },
    /** Its annotations are still in the format-3 annotations.json: the next write replaces it by layers. */
    public legacy: boolean,
  ) {
    if (Array.isArray(annotations)) {
      this.list = annotations;
      this.raw = null;
      this.knownFacets = null;
    } else {
      this.list = null;
      this.raw = annotations.raw;
      this.knownFacets = annotations.facets;
    }
  }

  /** Every coder's annotations, in no particular order; each coder's layer is a file of its own. */
  get annotations(): Annotation[] {
    if (!this.list) {
      // Checked against the schema when they were saved; the catalogue is only ours.
      this.list = JSON.parse((this.raw as Buffer).toString('utf8')) as Annotation[];
      this.raw = null;
    }
    return this.list;
  }

  set annotations(list: Annotation[]) {
    this.list = list;
    this.raw = null;
  }

  /** The annotations' JSON as the catalogue holds it, while they have not been parsed (to write it back as it is). */
  get unparsed(): Buffer | null {
    return this.raw;
  }

  /** What the Library filters on; from the catalogue while the annotations are unparsed. */
  facets(): DocumentFacets {
    return this.list ? documentFacets(this.list) : (this.knownFacets as DocumentFacets);
  }
}

/**
 * Everything of a project the store keeps in memory (texts apart: they are
 * read when needed). Plain data: applying an edit to it needs no disk.
 */
export interface ProjectState {
  project: ProjectFile;
  actors: ActorsFile;
  linkTypes: LinkType[];
  links: Link[];
  /** links.json still holds the links (format 3): the next link change moves them into layers. */
  linksLegacy: boolean;
  concepts: Concept[];
  /** How coders' tags are read when compared (tag-mappings.json). */
  tagMappings: TagMapping[];
  /** The codebook each colleague's bundle brought, one per coder (tag-mappings.json). */
  coderCodebooks: CoderCodebook[];
  /** Every curation decision, of every document (curation/<documentId>.json). */
  curationDecisions: CurationDecision[];
  /** Documents' curation statuses, by document id (curation/<documentId>.json; absent: not started). */
  curationStatuses: CurationStatusRecord[];
  /** The team's quick reasons (curation.json). */
  quickReasons: QuickReason[];
  documents: Map<string, StoredDocument>;
}

/**
 * Names for the files of a project, used to say which files an edit
 * touches and which may not be written (read-only after a read error).
 */
export const fileKeys = {
  project: 'project',
  actors: 'actors',
  linkTypes: 'link-types',
  concepts: 'concepts',
  tagMappings: 'tag-mappings',
  /** A document's curation: its status and decisions (curation/<documentId>.json). */
  curation: (documentId: string) => `curation:${documentId}`,
  /** The team's quick reasons (curation.json). */
  quickReasons: 'quick-reasons',
  /** Every link file (while a format-3 links.json cannot be read). */
  allLinks: 'links:*',
  links: (coderId: string) => `links:${coderId}`,
  document: (id: string) => `document:${id}`,
  text: (id: string) => `text:${id}`,
  /** Every layer of a document (while its format-3 annotations.json cannot be read). */
  allLayers: (id: string) => `layer:${id}:*`,
  layer: (id: string, coderId: string) => `layer:${id}:${coderId}`,
};

/** True when writing file `key` is refused by one of the read-only keys. */
export function isReadOnly(key: string, readOnly: ReadonlySet<string>): boolean {
  if (readOnly.has(key)) return true;
  if (key.startsWith('links:')) return readOnly.has(fileKeys.allLinks);
  if (key.startsWith('layer:')) return readOnly.has(`${key.slice(0, key.lastIndexOf(':'))}:*`);
  return false;
}
