import { join } from 'node:path';

/**
 * Where each part of a project lives. A save rewrites only the file that
 * holds what changed:
 *
 *   project.json                       name, codebook, coders
 *   actors.json                        the actor registry, one actor per line; rejected suggestions
 *   links.json                         link types, and links between annotations, one per line
 *   concepts.json                      the concepts statements are grouped under
 *   documents/<id>/document.json       title, metadata, created (small: read at open)
 *   documents/<id>/text.json           the text and the original text (read when opened)
 *   documents/<id>/annotations.json    that document's annotations
 *   glossator.lock                     present while a Glossator has the project open
 */
export const layout = {
  projectFile: (dir: string) => join(dir, 'project.json'),
  actorsFile: (dir: string) => join(dir, 'actors.json'),
  linksFile: (dir: string) => join(dir, 'links.json'),
  conceptsFile: (dir: string) => join(dir, 'concepts.json'),
  documentsDir: (dir: string) => join(dir, 'documents'),
  documentDir: (dir: string, id: string) => join(dir, 'documents', id),
  documentFile: (dir: string, id: string) => join(dir, 'documents', id, 'document.json'),
  textFile: (dir: string, id: string) => join(dir, 'documents', id, 'text.json'),
  annotationsFile: (dir: string, id: string) => join(dir, 'documents', id, 'annotations.json'),
  /** New documents are written here first, then renamed into place in one step. */
  stagingDir: (dir: string, id: string) => join(dir, 'documents', `.new-${id}`),
};
