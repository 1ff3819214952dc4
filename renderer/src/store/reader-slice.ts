import { documentFacets } from '../../../shared/library/document-facets.ts';
import type { StateCreator } from 'zustand';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { TextChange } from '../../../shared/anchoring/text-change.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Document } from '../../../shared/model/document.ts';
import type { CallInput } from '../../../shared/ipc/contract.ts';
import { emptyChangeSet, type HistoryLabels } from '../../../shared/ipc/change-set.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import type { TextRange } from './route-slice.ts';
import { messageOf } from './notice-slice.ts';
import { performanceMarks } from './performance-marks.ts';
import { askToConfirm } from '../ui/confirm-store.ts';
import { t } from '../i18n/i18n.ts';
import { isOwnRecord } from '../../../shared/model/layer-owner.ts';
import { coderLabel } from '../ui/coder-label.ts';
import { type LayerChoice, rememberedLayers, rememberLayers, shownAnnotations } from '../features/reader/layers.ts';

export interface OpenDocument {
  document: Document;
  /** In text order: by start, then end. */
  annotations: Annotation[];
}

/** The Reader's keyboard pickers and dialogs; at most one is open. */
export type ReaderPrompt =
  | 'speaker'
  | 'addressee'
  | 'stance'
  | 'mention'
  | 'tag'
  | 'create-actor'
  | 'help'
  | 'cleanup'
  | 'original'
  | 'link'
  | 'edit-link';

export interface ReaderSlice {
  reader: OpenDocument | null;
  /** The id of the document being fetched, while it is. */
  readerLoading: string | null;
  /** Annotations shown but not yet confirmed saved. */
  unsaved: ReadonlySet<string>;
  /** A request to scroll to an annotation and flash it; `seq` makes repeats distinct. */
  focus: { annotationId?: string; range?: TextRange; seq: number } | null;
  /** The annotation the side panel shows and keys act on. */
  selectedAnnotationId: string | null;
  /** True while the user corrects the text ("Edit text" mode). */
  editingText: boolean;
  prompt: ReaderPrompt | null;
  /**
   * The annotation whose memo should take the keyboard focus (key m), until
   * its panel has done so. A request, not a state: the memo must not take the
   * focus again when a panel appears later (keys typed next would land in it).
   */
  memoFocus: string | null;
  focusMemo: (annotationId: string) => void;
  memoFocused: () => void;
  setPrompt: (prompt: ReaderPrompt | null) => void;
  /** Opens a document; with an annotation, selects it; with a match, selects that text. Either is scrolled to and flashed. */
  openDocument: (documentId: string, annotationId?: string, match?: TextRange) => Promise<void>;
  /** Fetches the open document again (after its text changed). */
  reloadDocument: () => Promise<void>;
  closeDocument: () => void;
  /**
   * Tags text[start, end) of the open document. The annotation appears at
   * once and is saved in the background; if the save fails it is taken
   * away again and the user is told why.
   */
  annotate: (tagId: string, start: number, end: number, extra?: { actorId?: string }) => Promise<void>;
  deleteAnnotation: (annotationId: string) => Promise<void>;
  focusAnnotation: (annotationId: string) => void;
  /** Selects an annotation (null: none); with `scroll`, also brings it into view. */
  selectAnnotation: (annotationId: string | null, scroll?: boolean) => void;
  /** Changes fields of an annotation of the open document; returns false when the save failed. */
  updateAnnotation: (input: CallInput<'updateAnnotation'>) => Promise<boolean>;
  updateDocumentMemo: (memo: string) => Promise<void>;
  setEditingText: (editing: boolean) => void;
  /** Saves text corrections; annotations move with them. Returns an error message or null. */
  saveTextEdit: (changes: TextChange[], expectedLength: number) => Promise<string | null>;
  /** The colleagues' layers shown beside mine, for the project they were chosen in (see shownLayerIds). */
  layerChoice: LayerChoice | null;
  /** Shows these colleagues' layers beside mine, remembered for the open project. */
  showLayers: (coderIds: readonly string[]) => void;
}

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set, get) => ({
  reader: null,
  readerLoading: null,
  unsaved: new Set(),
  focus: null,
  selectedAnnotationId: null,
  editingText: false,
  prompt: null,
  memoFocus: null,
  layerChoice: null,
  showLayers: (coderIds) => {
    const projectId = get().project?.id;
    if (!projectId) return;
    rememberLayers(storage(), projectId, coderIds);
    const shown = new Set(coderIds);
    // A selected annotation whose layer is hidden is no longer on screen: the panel shows the document again.
    const selected = get().reader?.annotations.find((a) => a.id === get().selectedAnnotationId);
    const mine = get().project?.coder.id ?? '';
    const hidden = selected && selected.coderId !== mine && !shown.has(selected.coderId);
    set({ layerChoice: { projectId, coderIds: [...coderIds] }, ...(hidden ? { selectedAnnotationId: null } : {}) });
  },
  focusMemo: (annotationId) => set({ memoFocus: annotationId }),
  memoFocused: () => set({ memoFocus: null }),
  setPrompt: (prompt) => set({ prompt }),

  openDocument: async (documentId, annotationId, match) => {
    const jump = () => {
      if (annotationId) revealLayerOf(get, annotationId);
      if (annotationId) get().selectAnnotation(annotationId, true);
      else if (match)
        set((s) => ({ selectedAnnotationId: null, focus: { range: match, seq: (s.focus?.seq ?? 0) + 1 } }));
    };
    if (get().reader?.document.id === documentId) return jump();
    if (get().readerLoading === documentId) return;
    loadLayerChoice(set, get);
    performance.mark(performanceMarks.openStart);
    // The links of the document left behind must not show on the next one while its own load.
    set({
      readerLoading: documentId,
      reader: null,
      focus: null,
      selectedAnnotationId: null,
      editingText: false,
      documentLinks: [],
    });
    try {
      const api = requireApi();
      const [document, annotations] = await Promise.all([
        api.getDocument({ documentId }),
        api.listAnnotations({ documentId }),
      ]);
      if (get().readerLoading !== documentId) return;
      set({ reader: { document, annotations }, readerLoading: null });
      // After the view has been built from the new state.
      if (annotationId || match) requestAnimationFrame(jump);
    } catch (error) {
      set({ readerLoading: null });
      get().notify('error', t('notices:couldNotOpenDocument', { reason: messageOf(error) }));
      get().navigate({ view: 'library' });
    }
  },

  reloadDocument: async () => {
    const open = get().reader;
    if (!open) return;
    const documentId = open.document.id;
    try {
      const api = requireApi();
      const [document, annotations] = await Promise.all([
        api.getDocument({ documentId }),
        api.listAnnotations({ documentId }),
      ]);
      if (get().reader?.document.id === documentId) set({ reader: { document, annotations }, editingText: false });
    } catch (error) {
      get().notify('error', t('notices:couldNotReloadDocument', { reason: messageOf(error) }));
    }
  },

  closeDocument: () =>
    set({ reader: null, readerLoading: null, focus: null, selectedAnnotationId: null, editingText: false }),

  annotate: async (tagId, start, end, extra = {}) => {
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
      ...extra,
    });
    // One state change, so the new annotation reaches the screen in one render.
    updateAnnotations(set, get, documentId, (list) => insertSorted(list, provisional), {
      unsaved: withId(get().unsaved, provisional.id, true),
      selectedAnnotationId: provisional.id,
      historyLabels: withoutPreview(get().historyLabels),
    });
    try {
      const saved = await requireApi().createAnnotation({
        id: provisional.id,
        documentId,
        tagId,
        start,
        end,
        ...extra,
      });
      updateAnnotations(set, get, documentId, (list) => list.map((a) => (a.id === saved.id ? saved : a)), {
        unsaved: withId(get().unsaved, provisional.id, false),
      });
      void get().refreshHistory();
    } catch (error) {
      updateAnnotations(set, get, documentId, (list) => list.filter((a) => a.id !== provisional.id));
      get().notify('error', t('notices:annotationNotSaved', { reason: messageOf(error) }));
    } finally {
      set((s) => ({ unsaved: withId(s.unsaved, provisional.id, false) }));
    }
  },

  deleteAnnotation: async (annotationId) => {
    const reader = get().reader;
    const target = reader?.annotations.find((a) => a.id === annotationId);
    if (!reader || !target) return;
    if (refuseReadOnly(get, target)) return;
    const documentId = reader.document.id;
    const me = get().project?.coder.id ?? '';
    // An annotation with links: say so first, and delete them with it only if the user agrees.
    // Only my links go with it (a colleague's link to it stays theirs, broken), as the core does.
    const links = get().documentLinks.filter(
      (r) => (r.link.fromId === annotationId || r.link.toId === annotationId) && isOwnRecord(r.link, me),
    );
    if (links.length && !(await askToConfirm(linkedQuestion(links.length), { confirmLabel: 'Delete', danger: true })))
      return;
    const wasSelected = get().selectedAnnotationId === annotationId;
    updateAnnotations(set, get, documentId, (list) => list.filter((a) => a.id !== annotationId), {
      selectedAnnotationId: wasSelected ? null : get().selectedAnnotationId,
      historyLabels: withoutPreview(get().historyLabels),
    });
    // Put back as it was, still selected if it was and nothing else has been since.
    const restore = () =>
      updateAnnotations(set, get, documentId, (list) => insertSorted(list, target), {
        selectedAnnotationId:
          wasSelected && get().selectedAnnotationId === null ? annotationId : get().selectedAnnotationId,
      });
    const remove = async (withLinks: boolean) => {
      const { removedLinks } = await requireApi().deleteAnnotation({ annotationId, withLinks });
      if (removedLinks.length) get().applyChange({ ...emptyChangeSet(), removedLinks });
      void get().refreshHistory();
    };
    try {
      await remove(links.length > 0);
    } catch (error) {
      // Links this view had not loaded yet: the core refuses; ask now.
      const linked = error instanceof ApiError && error.code === 'conflict';
      const question = t('notices:deleteWithLinks', { reason: messageOf(error) });
      if (linked && (await askToConfirm(question, { confirmLabel: t('notices:delete'), danger: true }))) {
        try {
          await remove(true);
          return;
        } catch (again) {
          restore();
          get().notify('error', t('notices:annotationNotDeleted', { reason: messageOf(again) }));
          return;
        }
      }
      restore();
      get().notify(
        linked ? 'info' : 'error',
        linked ? t('notices:annotationKeepsLinks') : t('notices:annotationNotDeleted', { reason: messageOf(error) }),
      );
    }
  },

  focusAnnotation: (annotationId) => set((s) => ({ focus: { annotationId, seq: (s.focus?.seq ?? 0) + 1 } })),

  selectAnnotation: (annotationId, scroll = false) => {
    set({ selectedAnnotationId: annotationId });
    if (annotationId && scroll) get().focusAnnotation(annotationId);
  },

  updateAnnotation: async (input) => {
    const target = get().reader?.annotations.find((a) => a.id === input.annotationId);
    if (target && refuseReadOnly(get, target)) return false;
    set({ historyLabels: withoutPreview(get().historyLabels) });
    try {
      const saved = await requireApi().updateAnnotation(input);
      updateAnnotations(set, get, saved.documentId, (list) =>
        insertSorted(
          list.filter((a) => a.id !== saved.id),
          saved,
        ),
      );
      // Its links show its quote and date: read them again if it is an end of one.
      if (get().documentLinks.some((r) => r.link.fromId === saved.id || r.link.toId === saved.id)) {
        void get().loadDocumentLinks(saved.documentId);
      }
      void get().refreshHistory();
      return true;
    } catch (error) {
      get().notify('error', t('notices:changeNotSaved', { reason: messageOf(error) }));
      return false;
    }
  },

  updateDocumentMemo: async (memo) => {
    const reader = get().reader;
    if (!reader || (reader.document.memo ?? '') === memo) return;
    try {
      const info = await requireApi().updateDocument({ documentId: reader.document.id, memo });
      get().applyChange({ ...emptyChangeSet(), documents: [info] });
    } catch (error) {
      get().notify('error', t('notices:memoNotSaved', { reason: messageOf(error) }));
    }
  },

  setEditingText: (editing) => set({ editingText: editing, selectedAnnotationId: null }),

  saveTextEdit: async (changes, expectedLength) => {
    const reader = get().reader;
    if (!reader) return t('notices:noDocumentOpen');
    try {
      const result = await requireApi().editText({ documentId: reader.document.id, changes, expectedLength });
      await get().reloadDocument();
      // Quotes at the ends of its links may have moved or been orphaned.
      void get().loadDocumentLinks(reader.document.id);
      set({ editingText: false });
      void get().refreshHistory();
      get().notify(
        'info',
        result.orphaned ? t('notices:textCorrectedOrphans', { count: result.orphaned }) : t('notices:textCorrected'),
      );
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
});

type Set = Parameters<StateCreator<AppState>>[0];
type Get = () => AppState;

/** The colleagues whose layers the Reader shows in the open project (none: my layer alone). */
export function shownLayerIds(state: AppState): readonly string[] {
  const choice = state.layerChoice;
  return choice && choice.projectId === state.project?.id ? choice.coderIds : noIds;
}

/** The open document's annotations of the shown layers, in text order (the same array while nothing changes). */
export function selectShownAnnotations(state: AppState): readonly Annotation[] {
  const all = state.reader?.annotations ?? noAnnotations;
  const me = state.project?.coder.id;
  return me ? shownAnnotations(all, me, shownLayerIds(state)) : all;
}

/** True (and says so) when the annotation is a colleague's: their layer is read-only here. */
export function refuseReadOnly(get: Get, annotation: Annotation): boolean {
  const { project } = get();
  if (!project || isOwnRecord(annotation, project.coder.id)) return false;
  get().notify('info', t('reader:readOnlyLayer', { coder: coderLabel(annotation.coderId, project, t) }));
  return true;
}

const noIds: readonly string[] = [];
const noAnnotations: Annotation[] = [];

/**
 * Opening a colleague's annotation (from a link, a search, a timeline) shows
 * their layer, so what was asked for is on screen, not only in the panel.
 */
function revealLayerOf(get: Get, annotationId: string): void {
  const state = get();
  const target = state.reader?.annotations.find((a) => a.id === annotationId);
  const shown = shownLayerIds(state);
  if (!target || target.coderId === state.project?.coder.id || shown.includes(target.coderId)) return;
  state.showLayers([...shown, target.coderId]);
}

/** Reads the layers last shown in the open project, once per project. */
function loadLayerChoice(set: Set, get: Get): void {
  const projectId = get().project?.id;
  if (!projectId || get().layerChoice?.projectId === projectId) return;
  set({ layerChoice: { projectId, coderIds: rememberedLayers(storage(), projectId) } });
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Applies a change to the open document's annotations (if it is still open)
 * and its Library count, with any `also` state, in a single update.
 */
/** The question before deleting an annotation that has links. */
function linkedQuestion(count: number): string {
  return t('notices:linkedQuestion', { count });
}

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
    documents: documents.map((d) => (d.id === documentId ? { ...d, ...documentFacets(annotations) } : d)),
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

/** A change is on its way: the undo preview the screen holds no longer describes the last step. */
export function withoutPreview(labels: HistoryLabels): HistoryLabels {
  return labels.undoPreview ? { ...labels, undoPreview: null } : labels;
}
