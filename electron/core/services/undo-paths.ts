import { fileKeys } from '../store/project-state.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { listKindNames, listKinds } from '../store/record-kinds.ts';
import { isRestore, type Undoable } from './history.ts';

/**
 * Whether undoing a step would write any of `paths` (project-relative files a sync just wrote): such a step
 * would put back, over a colleague's synced change, what the file held before the user's own change, so it is
 * no longer offered (undo covers the user's own changes, never a colleague's). Errs on the safe side: a record
 * whose file cannot be told (one removed by undo, where the file depends on the record) counts as touching its
 * whole family of files, and a restore's step (a whole backup) as touching everything.
 */
export function undoTouches(undo: Undoable, paths: ReadonlySet<string>): boolean {
  if (isRestore(undo)) return paths.size > 0;
  const matchers = undoMatchers(undo);
  for (const path of paths) if (matchers.some((m) => m(path))) return true;
  return false;
}

type Matcher = (path: string) => boolean;
const exactly =
  (file: string): Matcher =>
  (path) =>
    path === file;
const under =
  (prefix: string): Matcher =>
  (path) =>
    path.startsWith(prefix);

function undoMatchers(edit: RecordEdit): Matcher[] {
  const out: Matcher[] = [];
  for (const a of edit.annotations ?? []) {
    out.push(
      a.after ? exactly(keyPath(fileKeys.layer(a.documentId, a.after.coderId))) : under(`documents/${a.documentId}/`),
    );
  }
  if (edit.codebook) out.push(exactly('project.json'));
  for (const d of edit.documents ?? []) out.push(exactly(keyPath(fileKeys.document(d.id))));
  for (const t of edit.texts ?? []) out.push(exactly(keyPath(fileKeys.text(t.documentId))));
  if (edit.linkTypes) out.push(exactly(keyPath(fileKeys.linkTypes)));
  for (const w of edit.wholeDocuments ?? []) out.push(under(`documents/${w.id}/`), exactly(`curation/${w.id}.json`));
  for (const name of listKindNames) {
    const kind = listKinds[name] as { files: (record: never) => string[] };
    for (const entry of (edit[name] ?? []) as Array<{ after: unknown }>) {
      if (entry.after) for (const key of kind.files(entry.after as never)) out.push(exactly(keyPath(key)));
      else out.push(...familyOf(name));
    }
  }
  return out;
}

/** The files a kind's record may be in, when the record itself is not at hand. */
function familyOf(name: (typeof listKindNames)[number]): Matcher[] {
  if (name === 'links') return [(path) => /^links\.[^/]+\.json$/.test(path)];
  if (name === 'curationDecisions' || name === 'curationStatuses') return [under('curation/')];
  // Every other kind lives in one file whatever the record (the record-kind table's `files` ignores it).
  const kind = listKinds[name] as { files: (record: never) => string[] };
  return kind.files({} as never).map((key) => exactly(keyPath(key)));
}

/** A store file key (project-state.ts) as the project-relative path git knows it by. */
export function keyPath(key: string): string {
  const [kind, id, coderId] = key.split(':');
  switch (kind) {
    case fileKeys.project:
      return 'project.json';
    case fileKeys.actors:
      return 'actors.json';
    case fileKeys.linkTypes:
      return 'links.json';
    case fileKeys.concepts:
      return 'concepts.json';
    case fileKeys.tagMappings:
      return 'tag-mappings.json';
    case fileKeys.quickReasons:
      return 'curation.json';
    case 'curation':
      return `curation/${id}.json`;
    case 'links':
      return `links.${id}.json`;
    case 'document':
      return `documents/${id}/document.json`;
    case 'text':
      return `documents/${id}/text.json`;
    case 'layer':
      return `documents/${id}/annotations.${coderId}.json`;
    default:
      throw new Error(`unknown store file key: ${key}`);
  }
}
