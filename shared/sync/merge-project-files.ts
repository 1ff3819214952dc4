import { sameValue } from '../bundles/same-value.ts';
import { mergeStoreFile } from './merge-store-file.ts';
import type { RecordConflict } from './record-conflict.ts';

/** One file of the project on the three sides (null: absent there), by its project-relative path. */
export interface ChangedFile {
  path: string;
  base: string | null;
  ours: string | null;
  theirs: string | null;
}

/**
 * The merge of every file that differs between ours and theirs (pass each
 * path whose two sides differ, with its base; files equal on both sides need
 * nothing). Files merge one by one (mergeStoreFile), except that a document
 * is one thing: deleted on one side (its document.json gone) and untouched
 * on the other, all its files go; deleted on one side and changed on the
 * other (a colleague annotated it meanwhile), it is a true conflict that
 * keeps ours whole — deleted, or every file as ours has it — with a `file`
 * conflict for each of its files, so that taking theirs for all of them
 * restores or removes the document whole. Throws SyncMergeError as
 * mergeStoreFile does: a refusal stops the whole merge.
 */
export function mergeProjectFiles(files: readonly ChangedFile[]): {
  writes: Array<{ path: string; data: string | null }>;
  conflicts: RecordConflict[];
} {
  const writes: Array<{ path: string; data: string | null }> = [];
  const conflicts: RecordConflict[] = [];
  const byDocument = new Map<string, ChangedFile[]>();
  for (const file of files) {
    const doc = /^documents\/([^/]+)\//.exec(file.path)?.[1];
    if (doc === undefined) {
      const result = mergeStoreFile(file.path, file.base, file.ours, file.theirs);
      writes.push({ path: file.path, data: result.merged });
      conflicts.push(...result.conflicts);
    } else {
      const list = byDocument.get(doc) ?? [];
      list.push(file);
      byDocument.set(doc, list);
    }
  }
  for (const [doc, docFiles] of byDocument) {
    const info = docFiles.find((f) => f.path === `documents/${doc}/document.json`);
    const deletedBy = info?.base == null ? null : info.ours === null ? 'ours' : info.theirs === null ? 'theirs' : null;
    const deletedByBoth = info?.base != null && info.ours === null && info.theirs === null;
    if (!deletedBy || deletedByBoth) {
      for (const f of docFiles) {
        // Deleted on both sides: every file goes, whatever either side did to it first.
        const result = deletedByBoth
          ? { merged: null, conflicts: [] }
          : mergeStoreFile(f.path, f.base, f.ours, f.theirs);
        writes.push({ path: f.path, data: result.merged });
        conflicts.push(...result.conflicts);
      }
      continue;
    }
    // One side deleted the document: did the other change any of its files?
    const keeper = deletedBy === 'ours' ? 'theirs' : 'ours';
    for (const f of docFiles) mergeStoreFile(f.path, f.base, f.ours, f.theirs); // refuses what is not the store's
    const changed = docFiles.some((f) => !sameText(f.base, f[keeper]));
    for (const f of docFiles) {
      writes.push({ path: f.path, data: changed && deletedBy === 'theirs' ? f.ours : null });
      if (changed && (f.ours !== null || f.theirs !== null)) {
        conflicts.push({
          path: f.path,
          kind: 'file',
          id: f.path,
          at: [],
          base: parsed(f.base),
          ours: parsed(f.ours),
          theirs: parsed(f.theirs),
        });
      }
    }
  }
  return { writes, conflicts };
}

/** The same content, whatever the bytes (both sides were read by mergeStoreFile: they parse). */
function sameText(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && sameValue(JSON.parse(a), JSON.parse(b)));
}

function parsed(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}
