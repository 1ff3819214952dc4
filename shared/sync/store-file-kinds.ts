import type { z } from 'zod';
import {
  ActorsFileSchema,
  AnnotationLayerFileSchema,
  ConceptsFileSchema,
  CurationFileSchema,
  DocumentFileSchema,
  LegacyAnnotationsFileSchema,
  LinkLayerFileSchema,
  LinksFileSchema,
  ProjectFileSchema,
  QuickReasonsFileSchema,
  SCHEMA_VERSION,
  TagMappingsFileSchema,
  TextFileSchema,
} from '../model/project.ts';
import type { StoreFormat } from './store-json.ts';

/** The kinds of record merged by id (the store's list kinds, plus codebook tags and annotations). */
export type RecordKind =
  | 'actors'
  | 'rejectedMentions'
  | 'coders'
  | 'tags'
  | 'linkTypes'
  | 'links'
  | 'concepts'
  | 'tagMappings'
  | 'coderCodebooks'
  | 'quickReasons'
  | 'curationDecisions'
  | 'curationStatuses'
  | 'annotations';

/**
 * How a JSON object of a store file merges. Keys under `lists` hold arrays
 * of records merged by `id`; keys under `records` hold one whole record (or
 * null); keys under `objects` are merged field by field with their own
 * shape; every other key is a value merged whole (a name, a title, a text).
 */
export interface Shape {
  lists?: Readonly<Record<string, { kind: RecordKind; unique?: (record: Record<string, unknown>) => string }>>;
  records?: Readonly<Record<string, RecordKind>>;
  objects?: Readonly<Record<string, Shape>>;
}

export interface FileKind {
  name: string;
  format: StoreFormat;
  shape: Shape;
  /** The schema the store reads the file with (after migrateFile). */
  schema: z.ZodType<unknown>;
  /**
   * For files the store removes when they hold nothing (a layer without
   * annotations, a curation file without status or decision): the file an
   * absent one stands for, built from the path. Absent: a missing file is a
   * deleted one (a document removed, say).
   */
  empty?: (match: RegExpExecArray) => Record<string, unknown>;
  /**
   * What the store checks at open between a file's path and its content (a
   * layer names its coder and document, and so does every record in it): a
   * file that fails is set aside as damaged, so the merge refuses it.
   */
  belongs?: (data: Obj, match: RegExpExecArray) => boolean;
}

type Obj = Record<string, unknown>;
const records = (data: Obj, key: string): Obj[] => (Array.isArray(data[key]) ? (data[key] as Obj[]) : []);
const all = (data: Obj, key: string, fields: Obj) =>
  records(data, key).every((r) => Object.entries(fields).every(([k, value]) => r[k] === value));

const ID = '([A-Za-z0-9][A-Za-z0-9_-]{0,63})';
const v = SCHEMA_VERSION;

/**
 * Every data file of the project layout (electron/core/store/project-layout.ts),
 * one row each: its path, how it is written and what in it is a list of
 * records. The one place sync knows the store's formats.
 */
const table: ReadonlyArray<{ path: RegExp } & FileKind> = [
  {
    path: /^project\.json$/,
    name: 'project',
    format: 'pretty',
    shape: { lists: { coders: { kind: 'coders' } }, objects: { codebook: { lists: { tags: { kind: 'tags' } } } } },
    schema: ProjectFileSchema,
  },
  {
    path: /^actors\.json$/,
    name: 'actors',
    format: 'records',
    shape: { lists: { actors: { kind: 'actors' }, rejectedMentions: { kind: 'rejectedMentions' } } },
    schema: ActorsFileSchema,
  },
  {
    // Format 3 kept every link here too (`links`): still merged by id until the store moves them out.
    path: /^links\.json$/,
    name: 'linkTypes',
    format: 'pretty',
    shape: { lists: { linkTypes: { kind: 'linkTypes' }, links: { kind: 'links' } } },
    schema: LinksFileSchema,
  },
  {
    path: new RegExp(`^links\\.${ID}\\.json$`),
    name: 'linkLayer',
    format: 'records',
    shape: { lists: { links: { kind: 'links' } } },
    schema: LinkLayerFileSchema,
    empty: (m) => ({ schemaVersion: v, coderId: m[1], links: [] }),
    belongs: (d, m) => d.coderId === m[1] && all(d, 'links', { coderId: m[1] }),
  },
  {
    path: /^concepts\.json$/,
    name: 'concepts',
    format: 'records',
    shape: { lists: { concepts: { kind: 'concepts' } } },
    schema: ConceptsFileSchema,
  },
  {
    path: /^tag-mappings\.json$/,
    name: 'tagMappings',
    format: 'records',
    shape: {
      lists: {
        // A coder's tag is read as one tag only: two mappings of it under different ids are a conflict.
        mappings: { kind: 'tagMappings', unique: (m) => JSON.stringify([m.coderId, m.fromTagId]) },
        coderCodebooks: { kind: 'coderCodebooks' },
      },
    },
    schema: TagMappingsFileSchema,
    empty: () => ({ schemaVersion: v, mappings: [], coderCodebooks: [] }),
  },
  {
    path: /^curation\.json$/,
    name: 'quickReasons',
    format: 'records',
    shape: { lists: { quickReasons: { kind: 'quickReasons' } } },
    schema: QuickReasonsFileSchema,
    empty: () => ({ schemaVersion: v, quickReasons: [] }),
  },
  {
    path: new RegExp(`^curation/${ID}\\.json$`),
    name: 'curation',
    format: 'records',
    shape: { lists: { decisions: { kind: 'curationDecisions' } }, records: { status: 'curationStatuses' } },
    schema: CurationFileSchema,
    empty: (m) => ({ schemaVersion: v, documentId: m[1], status: null, decisions: [] }),
    belongs: (d, m) => d.documentId === m[1],
  },
  {
    path: new RegExp(`^documents/${ID}/document\\.json$`),
    name: 'document',
    format: 'pretty',
    shape: { objects: { document: { objects: { metadata: {} } } } },
    schema: DocumentFileSchema,
    belongs: (d, m) => (d.document as Obj | undefined)?.id === m[1],
  },
  {
    path: new RegExp(`^documents/${ID}/text\\.json$`),
    name: 'text',
    format: 'pretty',
    shape: {},
    schema: TextFileSchema,
  },
  {
    path: new RegExp(`^documents/${ID}/annotations\\.${ID}\\.json$`),
    name: 'annotationLayer',
    format: 'records',
    shape: { lists: { annotations: { kind: 'annotations' } } },
    schema: AnnotationLayerFileSchema,
    empty: (m) => ({ schemaVersion: v, documentId: m[1], coderId: m[2], annotations: [] }),
    belongs: (d, m) =>
      d.documentId === m[1] && d.coderId === m[2] && all(d, 'annotations', { documentId: m[1], coderId: m[2] }),
  },
  {
    // Formats 1–3: every coder's annotations of a document; the store removes it at the next change.
    path: new RegExp(`^documents/${ID}/annotations\\.json$`),
    name: 'legacyAnnotations',
    format: 'records',
    shape: { lists: { annotations: { kind: 'annotations' } } },
    schema: LegacyAnnotationsFileSchema,
    belongs: (d, m) => d.documentId === m[1] && all(d, 'annotations', { documentId: m[1] }),
  },
];

/**
 * The kind of a project-relative path (forward slashes), with what its path
 * says: the file an absent one stands for (or null) and whether content
 * belongs at this path. Null: not a data file.
 */
export function fileKindOf(
  path: string,
): { kind: FileKind; empty: Record<string, unknown> | null; belongs: (data: Obj) => boolean } | null {
  for (const row of table) {
    const match = row.path.exec(path);
    if (!match) continue;
    const belongs = (data: Obj) => row.belongs?.(data, match) ?? true;
    return { kind: row, empty: row.empty ? row.empty(match) : null, belongs };
  }
  return null;
}
