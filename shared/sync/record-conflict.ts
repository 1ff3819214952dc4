import type { RecordKind } from './store-file-kinds.ts';

/**
 * A true conflict: one record (or field, or whole file) changed differently
 * on both sides, or deleted on one and changed on the other. The merged file
 * holds `ours` until the user chooses (applyConflictChoice).
 * - kind: the record kind; `field` for a value outside lists (a project's
 *   name, a document's title); `file` for a file deleted on one side and
 *   changed on the other;
 * - id: the record's id; for a field its dotted path (`document.title`); for a file its path;
 * - at: where in the file's JSON the list or field is (`['codebook', 'tags']`, `['document', 'title']`; [] for a file);
 * - base, ours, theirs: the versions (null: absent on that side);
 * - replaced: set on the copy of the coder whose version lost a colleague's conflict (the colleague's merge kept
 *   theirs and said so in its commit): `ours` is what the file now holds, `theirs` the version that was this
 *   coder's. Nothing is overwritten without its owner being shown both.
 */
export interface RecordConflict {
  path: string;
  kind: RecordKind | 'field' | 'file';
  id: string;
  at: string[];
  base: unknown;
  ours: unknown;
  theirs: unknown;
  replaced?: true;
}
