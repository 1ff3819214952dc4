import type { DocumentText } from '../../../shared/model/document.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { fileKeys, type ProjectState, type StoredDocument } from './project-state.ts';
import { listKindNames, listKinds } from './record-kinds.ts';
import type { RecordEdit } from './record-edit.ts';
import { removeDocuments, restoreDocuments } from './whole-documents.ts';
import { message } from '../../../shared/i18n/message.ts';

export interface AppliedEdit {
  /** The edit that takes this one back. */
  inverse: RecordEdit;
  /** The files (fileKeys) that now differ from the disk. */
  touched: Set<string>;
}

/**
 * Puts every record of the edit into the state, in memory only, and says
 * which files that touches. `texts` holds the current text of every
 * document whose text the edit changes or which it removes whole. Pure
 * apart from the state it is given: no disk, so it is tested on plain data.
 */
export function applyEdit(state: ProjectState, texts: Map<string, DocumentText>, edit: RecordEdit): AppliedEdit {
  const inverse: RecordEdit = {};
  const touched = new Set<string>();
  const restored = edit.wholeDocuments ? restoreDocuments(state, texts, edit.wholeDocuments, touched) : [];
  if (edit.texts) {
    inverse.texts = edit.texts.map(({ documentId, text }) => {
      const current = texts.get(documentId);
      if (!current) throw new ApiError('internal', message('errors:textNotLoadedForChange', { id: documentId }));
      texts.set(documentId, { text, originalText: current.originalText });
      touched.add(fileKeys.text(documentId));
      return { documentId, text: current.text };
    });
  }
  if (edit.documents) {
    inverse.documents = edit.documents.map((info) => {
      const stored = storedDocument(state, info.id);
      const previous = stored.info;
      stored.info = info;
      touched.add(fileKeys.document(info.id));
      return previous;
    });
  }
  if (edit.annotations) inverse.annotations = applyAnnotations(state, edit.annotations, touched);
  for (const name of listKindNames) {
    const entries = edit[name];
    if (!entries) continue;
    const kind = listKinds[name] as (typeof listKinds)['actors'];
    const back = applyById(kind.list(state), entries as NonNullable<RecordEdit['actors']>);
    for (const { after } of [...entries, ...back] as NonNullable<RecordEdit['actors']>) {
      if (after) for (const key of kind.files(after)) touched.add(key);
    }
    (inverse as Record<string, unknown>)[name] = back;
  }
  if (edit.linkTypes) {
    inverse.linkTypes = state.linkTypes;
    state.linkTypes = edit.linkTypes;
    touched.add(fileKeys.linkTypes);
  }
  if (edit.codebook) {
    inverse.codebook = state.project.codebook;
    state.project.codebook = edit.codebook;
    touched.add(fileKeys.project);
  }
  if (edit.wholeDocuments) {
    inverse.wholeDocuments = [...removeDocuments(state, texts, edit.wholeDocuments, touched), ...restored];
  }
  return { inverse, touched };
}

export function storedDocument(state: ProjectState, id: string): StoredDocument {
  const doc = state.documents.get(id);
  if (!doc) throw new ApiError('not-found', message('errors:noDocument', { id }));
  return doc;
}

function applyAnnotations(
  state: ProjectState,
  entries: NonNullable<RecordEdit['annotations']>,
  touched: Set<string>,
): NonNullable<RecordEdit['annotations']> {
  // One id → index map per document touched, so an edit of thousands of
  // annotations (a merged tag) stays linear.
  const positions = new Map<string, Map<string, number>>();
  const indexOf = (documentId: string, id: string): number => {
    let map = positions.get(documentId);
    if (!map) {
      map = new Map(storedDocument(state, documentId).annotations.map((a, i) => [a.id, i]));
      positions.set(documentId, map);
    }
    return map.get(id) ?? -1;
  };
  const removals = new Map<string, Set<string>>();
  const inverse = entries.map(({ id, documentId, after }) => {
    const list = storedDocument(state, documentId).annotations;
    const index = indexOf(documentId, id);
    const before = index >= 0 ? (list[index] ?? null) : null;
    if (before) touched.add(fileKeys.layer(documentId, before.coderId));
    if (after) touched.add(fileKeys.layer(documentId, after.coderId));
    if (after && index >= 0) list[index] = after;
    else if (after) {
      positions.get(documentId)?.set(id, list.length);
      list.push(after);
    } else if (index >= 0) {
      if (!removals.has(documentId)) removals.set(documentId, new Set());
      removals.get(documentId)?.add(id);
    }
    return { id, documentId, after: before };
  });
  for (const [documentId, ids] of removals) {
    const doc = storedDocument(state, documentId);
    doc.annotations = doc.annotations.filter((a) => !ids.has(a.id));
  }
  return inverse;
}

/** Puts each record (after: null removes it) into a list kept by id; returns the entries that undo it. */
function applyById<T extends { id: string }>(
  list: T[],
  entries: ReadonlyArray<{ id: string; after: T | null }>,
): Array<{ id: string; after: T | null }> {
  const index = new Map(list.map((r, i) => [r.id, i]));
  const removed = new Set<string>();
  const inverse = entries.map(({ id, after }) => {
    const at = index.get(id);
    const present = at !== undefined && !removed.has(id);
    const before = present ? (list[at] ?? null) : null;
    if (after && at !== undefined) {
      list[at] = after;
      removed.delete(id);
    } else if (after) {
      index.set(id, list.length);
      list.push(after);
    } else if (present) removed.add(id);
    return { id, after: before };
  });
  if (removed.size) {
    let kept = 0;
    for (const r of list) if (!removed.has(r.id)) list[kept++] = r;
    list.length = kept;
  }
  return inverse;
}
