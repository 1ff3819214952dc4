import { join } from 'node:path';

/**
 * Where each part of a project lives (format 4). A save rewrites only the
 * files that hold what changed:
 *
 *   project.json                              name, codebook, coders
 *   actors.json                               the actor registry, one actor per line; rejected suggestions
 *   links.json                                link types
 *   links.<coderId>.json                      one coder's links between annotations, one per line
 *   concepts.json                             the concepts statements are grouped under
 *   tag-mappings.json                         coders' tag mappings; the codebooks colleagues' bundles brought
 *   curation.json                             the team's quick reasons, one per line (absent while there are none)
 *   curation/<documentId>.json                a document's curation: its status and decisions, one per line
 *                                             (only documents curated have one; absent: not started)
 *   documents/<id>/document.json              title, metadata, created (small: read at open)
 *   documents/<id>/text.json                  the text and the original text (read when opened)
 *   documents/<id>/annotations.<coderId>.json one coder's layer: their annotations of that document
 *   glossator.lock                            present while a Glossator has the project open
 *   glossator.journal.json                    present only while a change of several files is made
 *   .tmp/                                     new contents before they are renamed into place
 *
 * Up to format 3 a document's annotations were in documents/<id>/annotations.json
 * and the links in links.json; both are still read.
 */
export const layout = {
  projectFile: (dir: string) => join(dir, 'project.json'),
  actorsFile: (dir: string) => join(dir, 'actors.json'),
  linksFile: (dir: string) => join(dir, 'links.json'),
  linkLayerFile: (dir: string, coderId: string) => join(dir, `links.${coderId}.json`),
  conceptsFile: (dir: string) => join(dir, 'concepts.json'),
  tagMappingsFile: (dir: string) => join(dir, 'tag-mappings.json'),
  quickReasonsFile: (dir: string) => join(dir, 'curation.json'),
  curationDir: (dir: string) => join(dir, 'curation'),
  curationFile: (dir: string, documentId: string) => join(dir, 'curation', `${documentId}.json`),
  documentsDir: (dir: string) => join(dir, 'documents'),
  documentDir: (dir: string, id: string) => join(dir, 'documents', id),
  documentFile: (dir: string, id: string) => join(dir, 'documents', id, 'document.json'),
  textFile: (dir: string, id: string) => join(dir, 'documents', id, 'text.json'),
  layerFile: (dir: string, id: string, coderId: string) => join(dir, 'documents', id, `annotations.${coderId}.json`),
  /** Formats 1–3: every coder's annotations of a document. */
  legacyAnnotationsFile: (dir: string, id: string) => join(dir, 'documents', id, 'annotations.json'),
  /** New documents are written here first, then renamed into place in one step. */
  stagingDir: (dir: string, id: string) => join(dir, 'documents', `.new-${id}`),
  tempDir: (dir: string) => join(dir, '.tmp'),
};

/** The coder of a layer file name (`annotations.<coderId>.json`, `links.<coderId>.json`), or null. */
export function layerCoder(fileName: string, kind: 'annotations' | 'links'): string | null {
  const match = new RegExp(`^${kind}\\.([A-Za-z0-9][A-Za-z0-9_-]{0,63})\\.json$`).exec(fileName);
  return match ? (match[1] as string) : null;
}

/** The document of a curation file name (`<documentId>.json`), or null: any other name in curation/ is not ours. */
export function curationDocument(fileName: string): string | null {
  const match = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/.exec(fileName);
  return match ? (match[1] as string) : null;
}

/** The project's data files (what a backup holds): the records, never locks, journals, temp files, caches or set-aside files. */
export function isDataFile(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts.at(-1) ?? '';
  if (!name.endsWith('.json') || name.includes('.damaged-') || name.startsWith('.')) return false;
  if (parts.length === 1) return name !== 'glossator.journal.json' && name !== 'glossator.lock';
  if (parts.length === 2 && parts[0] === 'curation') return curationDocument(name) !== null;
  return parts.length === 3 && parts[0] === 'documents' && !(parts[1] ?? '').startsWith('.');
}
