import { IdSchema } from '../../model/ids.ts';

/** The bundle's manifest: the one file the manifest does not list. */
export const MANIFEST_PATH = 'manifest.json';

/** The project-wide files, each once per bundle. */
export const tablePaths = {
  codebook: 'codebook.json',
  coders: 'coders.json',
  actors: 'actors.json',
  linkTypes: 'link-types.json',
  concepts: 'concepts.json',
  /** The exported layers' coders' tag mappings; written only when there are some (bundles before issue 16 lack it). */
  tagMappings: 'tag-mappings.json',
  /**
   * The curation decisions and statuses of the bundle's documents, and the team's quick reasons: written only
   * when the curated layer is exported (bundles before issue 17, or without that layer, lack it).
   */
  curation: 'curation.json',
} as const;
export type TableName = keyof typeof tablePaths;

/** Tables a bundle may lack: a bundle written before they existed is still read. */
export const optionalTables: ReadonlySet<TableName> = new Set(['tagMappings', 'curation']);

/** Where each file of a bundle goes. Ids are safe file names (IdSchema): nothing here can climb out of a folder. */
export const bundlePaths = {
  document: (id: string) => `documents/${id}/document.json`,
  text: (id: string) => `documents/${id}/text.txt`,
  original: (id: string) => `documents/${id}/original.txt`,
  annotations: (id: string, coderId: string) => `documents/${id}/annotations.${coderId}.json`,
  links: (coderId: string) => `links.${coderId}.json`,
};

/** What a bundle path names. */
export type BundlePath =
  | { kind: 'table'; table: TableName }
  | { kind: 'document' | 'text' | 'original'; documentId: string }
  | { kind: 'annotations'; documentId: string; coderId: string }
  | { kind: 'links'; coderId: string };

const tableByPath = new Map<string, TableName>(
  Object.entries(tablePaths).map(([table, path]) => [path, table as TableName]),
);
const id = (value: string | undefined): value is string => value !== undefined && IdSchema.safeParse(value).success;

/**
 * What file of a bundle `path` is, or null for any other name: the one table
 * of the layout, read the other way round (see bundlePaths).
 */
export function parseBundlePath(path: string): BundlePath | null {
  const table = tableByPath.get(path);
  if (table) return { kind: 'table', table };
  const links = /^links\.([^/]+)\.json$/.exec(path);
  if (links) return id(links[1]) ? { kind: 'links', coderId: links[1] } : null;
  const inDocument = /^documents\/([^/]+)\/([^/]+)$/.exec(path);
  if (!inDocument || !id(inDocument[1])) return null;
  const documentId = inDocument[1];
  const name = inDocument[2] as string;
  if (name === 'document.json') return { kind: 'document', documentId };
  if (name === 'text.txt') return { kind: 'text', documentId };
  if (name === 'original.txt') return { kind: 'original', documentId };
  const layer = /^annotations\.([^/]+)\.json$/.exec(name);
  if (layer && id(layer[1])) return { kind: 'annotations', documentId, coderId: layer[1] };
  return null;
}
