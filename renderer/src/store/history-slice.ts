import { documentFacets } from '../../../shared/library/document-facets.ts';
import type { StateCreator } from 'zustand';
import type { ChangeSet, HistoryLabels } from '../../../shared/ipc/change-set.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { sortActors } from './actor-slice.ts';
import { messageOf } from './notice-slice.ts';
import { measureNextFrame, performanceMarks } from './performance-marks.ts';
import { insertSorted } from './reader-slice.ts';
import { hashOf } from './route-slice.ts';
import { t } from '../i18n/i18n.ts';
import { wordText } from './notice-slice.ts';

export interface HistorySlice {
  /** What undo and redo would do next (refreshed after each change). */
  historyLabels: HistoryLabels;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  refreshHistory: () => Promise<void>;
  /** Brings every view in line with a change the core made (after undo, redo, merges…). */
  applyChange: (change: ChangeSet, refreshHistory?: boolean) => void;
  /** Reloads what is on screen from the core (after a failed or mispredicted undo). */
  resync: () => Promise<void>;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  const step = async (direction: 'undo' | 'redo') => {
    performance.mark(performanceMarks.undoStart);
    const frame = direction === 'undo' ? performanceMarks.undoFrame : performanceMarks.redoFrame;
    // Small undo steps are shown at once from the preview the core sent with
    // the history, then confirmed by its answer (same step number) or, if the
    // preview was stale, corrected by reloading what is on screen.
    const labels = get().historyLabels;
    const preview = direction === 'undo' ? labels.undoPreview : null;
    if (preview) {
      set({ historyLabels: { ...labels, undoPreview: null } });
      get().applyChange(preview, false);
      measureNextFrame(frame, performanceMarks.undoStart);
    }
    try {
      const result = await requireApi()[direction]({});
      set({ historyLabels: result.next });
      if (!result.label) {
        if (preview) await get().resync();
        get().notify('info', direction === 'undo' ? t('notices:nothingToUndo') : t('notices:nothingToRedo'));
        return;
      }
      if (!preview) {
        get().applyChange(result.change, false);
        measureNextFrame(frame, performanceMarks.undoStart);
      } else if (result.seq !== labels.undoSeq) await get().resync();
      else {
        // The Library's counts come from the core: read them once the undo is saved.
        if (touchesOtherDocuments(result.change, get().reader?.document.id)) void get().loadDocuments();
        // So do the links and concepts on screen (the preview's reload may have come before the undo).
        get().applyLinkChange(result.change);
      }
      get().notify(
        'info',
        t(direction === 'undo' ? 'notices:undone' : 'notices:redone', { step: wordText(result.label) }),
      );
    } catch (error) {
      if (preview) await get().resync();
      get().notify(
        'error',
        t(direction === 'undo' ? 'notices:couldNotUndo' : 'notices:couldNotRedo', { reason: messageOf(error) }),
      );
    }
  };

  return {
    historyLabels: { undo: null, redo: null, undoSeq: null, undoPreview: null },
    undo: () => step('undo'),
    redo: () => step('redo'),
    refreshHistory: async () => {
      try {
        set({ historyLabels: await requireApi().getHistory({}) });
      } catch {
        // Only the tooltips depend on it.
      }
    },
    resync: async () => {
      try {
        const api = requireApi();
        const [codebook, project] = await Promise.all([
          api.getCodebook({}),
          api.getProjectInfo({}),
          get().loadActors(),
          get().loadDocuments(),
          get().loadLinkTypes(),
          get().loadConcepts(),
        ]);
        set({ codebook, project });
        const shown = get().reader?.document.id;
        // The open document may be gone (a backup from before it was added was restored).
        if (shown && !get().documents.some((d) => d.id === shown)) get().navigate({ view: 'library' });
        else await get().reloadDocument();
        const openId = get().reader?.document.id;
        if (openId) await get().loadDocumentLinks(openId);
        const { route } = get();
        if (route.view === 'links') await get().loadCorpusLinks();
        if (route.view === 'concepts' && route.conceptId) await get().loadConceptTimeline(route.conceptId);
        await get().refreshHistory();
      } catch (error) {
        get().notify('error', t('notices:couldNotReloadProject', { reason: messageOf(error) }));
      }
    },
    applyChange: (change, refreshHistory = true) => {
      // A restored backup: anything may differ, so everything on screen is read again.
      if (change.reload) {
        void get().resync();
        return;
      }
      const state = get();
      const next: Partial<AppState> = {};
      if (change.codebook) next.codebook = change.codebook;
      if (change.actors.length || change.removedActors.length) {
        const gone = new Set([...change.removedActors, ...change.actors.map((a) => a.id)]);
        next.actors = sortActors([...state.actors.filter((a) => !gone.has(a.id)), ...change.actors]);
      }
      const reader = state.reader;
      const openId = reader?.document.id;
      let documents = state.documents;
      const deleted = new Set(change.removedDocuments);
      if (deleted.size) documents = documents.filter((d) => !deleted.has(d.id));
      // Documents brought back whole (an undone deletion): their rows, with counts, come from the core.
      const known = new Set(state.documents.map((d) => d.id));
      const returned = change.documents.some((d) => !known.has(d.id));
      if (change.documents.length) {
        const infos = new Map(change.documents.map((d) => [d.id, d]));
        documents = documents.map((d) => {
          const info = infos.get(d.id);
          return info ? { ...d, ...info } : d;
        });
      }
      if (reader && openId) {
        const info = change.documents.find((d) => d.id === openId);
        const removed = new Set(change.removedAnnotations.filter((r) => r.documentId === openId).map((r) => r.id));
        const put = change.annotations.filter((a) => a.documentId === openId);
        let annotations = reader.annotations;
        if (removed.size || put.length) {
          const replaced = new Set(put.map((a) => a.id));
          annotations = annotations.filter((a) => !removed.has(a.id) && !replaced.has(a.id));
          for (const a of put) annotations = insertSorted(annotations, a);
        }
        if (annotations !== reader.annotations || info) {
          next.reader = { document: info ? { ...reader.document, ...info } : reader.document, annotations };
          const facets = documentFacets(annotations);
          documents = documents.map((d) => (d.id === openId ? { ...d, ...facets } : d));
        }
        if (next.reader && state.selectedAnnotationId && removed.has(state.selectedAnnotationId)) {
          next.selectedAnnotationId = null;
        }
      }
      if (documents !== state.documents) next.documents = documents;
      set(next);
      if (deleted.size || returned) leaveDeletedDocuments(get(), deleted);
      // Counts of documents other than the open one, texts and the actor view are refreshed from the core.
      if (returned || touchesOtherDocuments(change, openId)) void get().loadDocuments();
      if (openId && change.texts.includes(openId)) void get().reloadDocument();
      const shownActor = state.actorMentions?.actor.id;
      // (An actor merged away or deleted is not reloaded: the view moves on from it.)
      if (shownActor && state.route.view === 'actors' && !change.removedActors.includes(shownActor)) {
        void get().loadActorMentions(shownActor);
      }
      if (change.codebook || change.annotations.length || change.removedAnnotations.length) {
        if (state.route.view === 'codebook') void get().loadTagUsage();
      }
      get().applyLinkChange(change);
      if (refreshHistory) void get().refreshHistory();
    },
  };
};

/**
 * After documents were deleted or brought back: a Reader on a deleted one
 * goes back to the Library (in place of it in the browser's history, so
 * Back does not lead to it), and results on screen are asked for again.
 */
function leaveDeletedDocuments(state: AppState, deleted: ReadonlySet<string>): void {
  const { route } = state;
  if (route.view === 'reader' && deleted.has(route.documentId)) {
    history.replaceState(null, '', hashOf({ view: 'library' }));
    state.followLocation();
  }
  if (state.textResult || state.annotationResult) void state.runSearch();
}

/** Whether the Library's rows (counts, facets, curation status) must be read again from the core. */
function touchesOtherDocuments(change: ChangeSet, openId: string | undefined): boolean {
  return (
    // A document's curation status lives in its row; a decision taken out by undo is known by the flag only.
    change.curationChanged ||
    change.annotations.some((a) => a.documentId !== openId) ||
    change.removedAnnotations.some((r) => r.documentId !== openId)
  );
}
