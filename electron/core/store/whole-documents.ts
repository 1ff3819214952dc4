import type { DocumentText } from '../../../shared/model/document.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { fileKeys, type ProjectState, StoredDocument } from './project-state.ts';
import type { RecordEdit, WholeDocument } from './record-edit.ts';
import { message } from '../../../shared/i18n/message.ts';

type Entries = NonNullable<RecordEdit['wholeDocuments']>;

/**
 * Puts documents back whole: info, text and every coder's annotations, at
 * their place in the Library's order. Returns the entries that remove them
 * again. Pure: the state and the texts map only.
 */
export function restoreDocuments(
  state: ProjectState,
  texts: Map<string, DocumentText>,
  entries: Entries,
  touched: Set<string>,
): Entries {
  const inverse: Entries = [];
  let last: StoredDocument | undefined;
  for (const d of state.documents.values()) last = d;
  let unordered = false;
  for (const { id, after } of entries) {
    if (!after) continue;
    if (state.documents.has(id)) throw new ApiError('conflict', message('errors:documentExists', { id }));
    const doc = new StoredDocument(after.info, [...after.annotations], false);
    state.documents.set(id, doc);
    // Sorted once at the end, not per document: a bundle of older texts would otherwise sort 10,000 times.
    if (last && compareDocuments(last, doc) > 0) unordered = true;
    last = doc;
    texts.set(id, after.text);
    touched.add(fileKeys.document(id));
    touched.add(fileKeys.text(id));
    for (const coderId of new Set(after.annotations.map((a) => a.coderId))) touched.add(fileKeys.layer(id, coderId));
    inverse.push({ id, after: null });
  }
  if (unordered) {
    const sorted = [...state.documents.values()].sort(compareDocuments);
    state.documents = new Map(sorted.map((d) => [d.info.id, d]));
  }
  return inverse;
}

/**
 * Takes documents out whole. `texts` must hold the text of each (the
 * inverse brings it back). Touches every file the store knows of them;
 * the store removes whatever else their folders hold.
 */
export function removeDocuments(
  state: ProjectState,
  texts: ReadonlyMap<string, DocumentText>,
  entries: Entries,
  touched: Set<string>,
): Entries {
  const inverse: Entries = [];
  for (const { id, after } of entries) {
    if (after) continue;
    const doc = state.documents.get(id);
    if (!doc) throw new ApiError('not-found', message('errors:noDocument', { id }));
    const text = texts.get(id);
    if (!text) throw new ApiError('internal', message('errors:textNotLoadedForRemoval', { id }));
    const whole: WholeDocument = { info: doc.info, text, annotations: doc.annotations };
    touched.add(fileKeys.document(id));
    touched.add(fileKeys.text(id));
    for (const coderId of new Set(whole.annotations.map((a) => a.coderId))) touched.add(fileKeys.layer(id, coderId));
    state.documents.delete(id);
    inverse.push({ id, after: whole });
  }
  return inverse;
}

/** The Library's order is the documents' creation time (then title, then id), as load-project sorts them. */
function compareDocuments(a: StoredDocument, b: StoredDocument): number {
  return (
    compareStrings(a.info.created, b.info.created) ||
    compareStrings(a.info.title, b.info.title) ||
    compareStrings(a.info.id, b.info.id)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
