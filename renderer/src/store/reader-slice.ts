import type { StateCreator } from 'zustand';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Document } from '../../../shared/model/document.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { performanceMarks } from './performance-marks.ts';

export interface OpenDocument {
  document: Document;
  /** In text order: by start, then end. */
  annotations: Annotation[];
}

export interface ReaderSlice {
  reader: OpenDocument | null;
  /** The id of the document being fetched, while it is. */
  readerLoading: string | null;
  /** Annotations shown but not yet confirmed saved. */
  unsaved: ReadonlySet<string>;
  /** A request to scroll to an annotation and flash it; `seq` makes repeats distinct. */
  focus: { annotationId: string; seq: number } | null;
  openDocument: (documentId: string) => Promise<void>;
  closeDocument: () => void;
  /**
   * Tags text[start, end) of the open document. The annotation appears at
   * once and is saved in the background; if the save fails it is taken
   * away again and the user is told why.
   */
  annotate: (tagId: string, start: number, end: number) => Promise<void>;
  deleteAnnotation: (annotationId: string) => Promise<void>;
  focusAnnotation: (annotationId: string) => void;
}

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set, get) => ({
  reader: null,
  readerLoading: null,
  unsaved: new Set(),
  focus: null,

  openDocument: async (documentId) => {
    if (get().reader?.document.id === documentId || get().readerLoading === documentId) return;
    performance.mark(performanceMarks.openStart);
    set({ readerLoading: documentId, reader: null, focus: null });
    try {
      const api = requireApi();
      const [document, annotations] = await Promise.all([
        api.getDocument({ documentId }),
        api.listAnnotations({ documentId }),
      ]);
      if (get().readerLoading !== documentId) return;
      set({ reader: { document, annotations }, readerLoading: null });
    } catch (error) {
      set({ readerLoading: null });
      get().notify('error', `Could not open the document: ${messageOf(error)}`);
      get().navigate({ view: 'library' });
    }
  },

  closeDocument: () => set({ reader: null, readerLoading: null, focus: null }),

  annotate: async (tagId, start, end) => {
    const reader = get().reader;
    const coder = get().project?.coder;
    if (!reader || !coder) return;
    const documentId = reader.document.id;
    const provisional = annotateSpan(reader.document.text, {
      id: crypto.randomUUID(),
      documentId,
      coderId: coder.id,
      tagId,
      start,
      end,
    });
    // One state change, so the new annotation reaches the screen in one render.
    updateAnnotations(set, get, documentId, (list) => insertSorted(list, provisional), {
      unsaved: withId(get().unsaved, provisional.id, true),
    });
    try {
      const saved = await requireApi().createAnnotation({ id: provisional.id, documentId, tagId, start, end });
      updateAnnotations(set, get, documentId, (list) => list.map((a) => (a.id === saved.id ? saved : a)), {
        unsaved: withId(get().unsaved, provisional.id, false),
      });
    } catch (error) {
      updateAnnotations(set, get, documentId, (list) => list.filter((a) => a.id !== provisional.id));
      get().notify('error', `The annotation was not saved: ${messageOf(error)}`);
    } finally {
      set((s) => ({ unsaved: withId(s.unsaved, provisional.id, false) }));
    }
  },

  deleteAnnotation: async (annotationId) => {
    const reader = get().reader;
    const target = reader?.annotations.find((a) => a.id === annotationId);
    if (!reader || !target) return;
    const documentId = reader.document.id;
    updateAnnotations(set, get, documentId, (list) => list.filter((a) => a.id !== annotationId));
    try {
      await requireApi().deleteAnnotation({ annotationId });
    } catch (error) {
      updateAnnotations(set, get, documentId, (list) => insertSorted(list, target));
      get().notify('error', `The annotation was not deleted: ${messageOf(error)}`);
    }
  },

  focusAnnotation: (annotationId) => set((s) => ({ focus: { annotationId, seq: (s.focus?.seq ?? 0) + 1 } })),
});

type Set = Parameters<StateCreator<AppState>>[0];
type Get = () => AppState;

/**
 * Applies a change to the open document's annotations (if it is still open)
 * and its Library count, with any `also` state, in a single update.
 */
function updateAnnotations(
  set: Set,
  get: Get,
  documentId: string,
  change: (list: Annotation[]) => Annotation[],
  also: Partial<AppState> = {},
) {
  const { reader, documents } = get();
  if (reader?.document.id !== documentId) return set(also);
  const annotations = change(reader.annotations);
  set({
    ...also,
    reader: { ...reader, annotations },
    documents: documents.map((d) => (d.id === documentId ? { ...d, annotationCount: annotations.length } : d)),
  });
}

/** Inserts keeping text order, by binary search (a document may hold thousands). */
export function insertSorted(list: readonly Annotation[], item: Annotation): Annotation[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid] as Annotation;
    if (m.start < item.start || (m.start === item.start && m.end <= item.end)) lo = mid + 1;
    else hi = mid;
  }
  return [...list.slice(0, lo), item, ...list.slice(lo)];
}

function withId(ids: ReadonlySet<string>, id: string, present: boolean): ReadonlySet<string> {
  const next = new Set(ids);
  if (present) next.add(id);
  else next.delete(id);
  return next;
}
