import { migrateFile } from '../model/migrate-file.ts';
import type { FileKind, Shape } from './store-file-kinds.ts';
import { SyncMergeError } from './sync-merge-error.ts';

/**
 * The merged text, if the store would read it back — its own schema after
 * migrateFile, and what it checks between path and content; else a refusal.
 */
export function readableByStore(
  path: string,
  kind: FileKind,
  text: string,
  belongs: (data: Record<string, unknown>) => boolean,
): string {
  const data = migrateFile(JSON.parse(text));
  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncMergeError('invalid-result', { path, detail: `${issue?.message ?? ''} at ${issue?.path.join('.')}` });
  }
  if (!belongs(data as Record<string, unknown>)) throw new SyncMergeError('invalid-result', { path, detail: 'path' });
  return text;
}

/** Nothing in any list and no record: the store writes no file for it (a layer without annotations). */
export function holdsNothing(shape: Shape, data: Record<string, unknown>): boolean {
  const lists = Object.keys(shape.lists ?? {}).every((k) => !Array.isArray(data[k]) || data[k].length === 0);
  return lists && Object.keys(shape.records ?? {}).every((k) => data[k] === null || data[k] === undefined);
}
