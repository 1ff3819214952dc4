/**
 * Where things are in a brat export. One folder per coder, named by the
 * coder's id (an id is a safe file name, and brings the coder back as the
 * same coder on import); in it every exported document as
 * `<document id>.txt` + `<document id>.ann`, so each folder is a complete
 * brat collection (brat's comparison of two annotators works folder
 * against folder). annotation.conf and visual.conf sit at the top, where
 * brat finds them for every folder below.
 */
export const bratPaths = {
  annotationConf: 'annotation.conf',
  visualConf: 'visual.conf',
  readme: 'README.txt',
  text: (coderId: string, documentId: string) => `${coderId}/${documentId}.txt`,
  ann: (coderId: string, documentId: string) => `${coderId}/${documentId}.ann`,
} as const;

/** A .txt or .ann file of a collection, split into the coder it belongs to and the document it is. */
export interface CollectionFile {
  /** The first folder of the path (a coder, in our layout), or null for a file at the top. */
  folder: string | null;
  /** The rest of the path without the extension: the document's key within the folder. */
  document: string;
  kind: 'txt' | 'ann';
}

/** How an import reads a path; null for a file that is neither .txt nor .ann (conf files, README, others). */
export function collectionFile(path: string): CollectionFile | null {
  const match = /^(.*)\.(txt|ann)$/.exec(path);
  if (!match || path.endsWith('/')) return null;
  const [, stem, kind] = match as unknown as [string, string, 'txt' | 'ann'];
  const segments = stem.split('/');
  const base = segments.at(-1)!;
  // Hidden files (macOS's ._ twins, .DS_Store) and our README are no documents.
  if (!base || base.startsWith('.') || (segments.length === 1 && /^readme$/i.test(base))) return null;
  if (segments.length === 1) return { folder: null, document: stem, kind };
  return { folder: segments[0]!, document: segments.slice(1).join('/'), kind };
}
