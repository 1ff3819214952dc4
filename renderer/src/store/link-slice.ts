import type { StateCreator } from 'zustand';
import { type ChangeSet, emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { CallInput } from '../../../shared/ipc/contract.ts';
import type { ConceptSummary, ConceptTimeline, LinkRow } from '../../../shared/ipc/results.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { LinkType } from '../../../shared/model/link.ts';
import { compareNames } from '../../../shared/text/compare-names.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { withoutPreview } from './reader-slice.ts';
import { resultLayerCoderId } from './result-layer.ts';
import { t } from '../i18n/i18n.ts';

export interface LinkSlice {
  linkTypes: LinkType[];
  /** Links with an end in the open document (both ends, as the core lists them). */
  documentLinks: LinkRow[];
  /** The document `documentLinks` belong to. */
  documentLinksOf: string | null;
  /** Every link of the corpus, for the Links view (null until it has loaded them). */
  corpusLinks: LinkRow[] | null;
  /** The concepts, by name, with their statement counts. */
  concepts: ConceptSummary[];
  /** The Concepts view's timeline, for the concept it shows. */
  conceptTimeline: ConceptTimeline | null;
  /** The link the Reader's Edit link dialog changes (with the 'edit-link' prompt). */
  editingLinkId: string | null;
  /** Opens the Reader's Edit link dialog on a link of the open document. */
  editLinkInReader: (linkId: string) => void;
  loadLinkTypes: () => Promise<void>;
  loadDocumentLinks: (documentId: string) => Promise<void>;
  loadCorpusLinks: () => Promise<void>;
  loadConcepts: () => Promise<void>;
  loadConceptTimeline: (conceptId: string) => Promise<void>;
  /** Each change returns an error message for the form that asked, or null when done. */
  createLink: (input: CallInput<'createLink'>) => Promise<string | null>;
  updateLink: (input: CallInput<'updateLink'>) => Promise<string | null>;
  deleteLink: (linkId: string) => Promise<string | null>;
  createLinkType: (input: CallInput<'createLinkType'>) => Promise<string | null>;
  updateLinkType: (input: CallInput<'updateLinkType'>) => Promise<string | null>;
  deleteLinkType: (input: CallInput<'deleteLinkType'>) => Promise<string | null>;
  /** Adds a concept; returns it, or an error message. */
  createConcept: (name: string) => Promise<Concept | string>;
  updateConcept: (input: CallInput<'updateConcept'>) => Promise<string | null>;
  deleteConcept: (conceptId: string) => Promise<string | null>;
  /** Groups a statement of the open document under a concept (null: none); false when the save failed. */
  setAnnotationConcept: (annotationId: string, conceptId: string | null) => Promise<boolean>;
  /** Brings links, types and concepts on screen in line with a change (called by applyChange). */
  applyLinkChange: (change: ChangeSet) => void;
}

/** Concepts in the order the core lists them: by name. */
function sortConcepts(list: ConceptSummary[]): ConceptSummary[] {
  return list.sort((a, b) => compareNames(a.concept.name, b.concept.name));
}

export const createLinkSlice: StateCreator<AppState, [], [], LinkSlice> = (set, get) => {
  /** Runs a change; failures come back as a message. The undo preview is stale from the start. */
  const run = async (change: () => Promise<void>): Promise<string | null> => {
    set({ historyLabels: withoutPreview(get().historyLabels) });
    try {
      await change();
      return null;
    } catch (error) {
      return messageOf(error);
    }
  };
  // A newer load makes older answers void (the user switches documents or concepts quickly).
  let documentTicket = 0;
  let timelineTicket = 0;

  return {
    linkTypes: [],
    documentLinks: [],
    documentLinksOf: null,
    corpusLinks: null,
    concepts: [],
    conceptTimeline: null,
    editingLinkId: null,
    editLinkInReader: (linkId) => set({ editingLinkId: linkId, prompt: 'edit-link' }),

    loadLinkTypes: async () => {
      try {
        set({ linkTypes: await requireApi().listLinkTypes({}) });
      } catch (error) {
        get().notify('error', t('notices:couldNotReadLinkTypes', { reason: messageOf(error) }));
      }
    },
    loadDocumentLinks: async (documentId) => {
      const ticket = ++documentTicket;
      // Another document's links must not be shown against this one's annotations, even for a moment.
      if (get().documentLinksOf !== documentId) set({ documentLinks: [], documentLinksOf: documentId });
      try {
        const rows = await requireApi().listLinks({ documentId });
        if (ticket === documentTicket) set({ documentLinks: rows, documentLinksOf: documentId });
      } catch (error) {
        get().notify('error', t('notices:couldNotReadDocumentLinks', { reason: messageOf(error) }));
      }
    },
    loadCorpusLinks: async () => {
      try {
        set({ corpusLinks: await requireApi().listLinks({}) });
      } catch (error) {
        get().notify('error', t('notices:couldNotReadLinks', { reason: messageOf(error) }));
      }
    },
    loadConcepts: async () => {
      try {
        // Counted in the result layer (the curated one once it exists, unless the user chose every layer).
        set({ concepts: await requireApi().listConcepts({ coderId: resultLayerCoderId(get()) }) });
      } catch (error) {
        get().notify('error', t('notices:couldNotReadConcepts', { reason: messageOf(error) }));
      }
    },
    loadConceptTimeline: async (conceptId) => {
      const ticket = ++timelineTicket;
      try {
        const timeline = await requireApi().getConceptTimeline({ conceptId, coderId: resultLayerCoderId(get()) });
        if (ticket === timelineTicket) set({ conceptTimeline: timeline });
      } catch (error) {
        if (ticket !== timelineTicket) return;
        set({ conceptTimeline: null });
        get().notify('error', t('notices:couldNotShowConcept', { reason: messageOf(error) }));
      }
    },

    createLink: (input) =>
      run(async () => {
        const link = await requireApi().createLink(input);
        get().applyChange({ ...emptyChangeSet(), links: [link] });
      }),
    updateLink: (input) =>
      run(async () => {
        const link = await requireApi().updateLink(input);
        get().applyChange({ ...emptyChangeSet(), links: [link] });
      }),
    deleteLink: (linkId) =>
      run(async () => {
        await requireApi().deleteLink({ linkId });
        get().applyChange({ ...emptyChangeSet(), removedLinks: [linkId] });
      }),
    createLinkType: (input) =>
      run(async () => {
        const type = await requireApi().createLinkType(input);
        get().applyChange({ ...emptyChangeSet(), linkTypes: [...get().linkTypes, type] });
      }),
    updateLinkType: (input) =>
      run(async () => {
        const type = await requireApi().updateLinkType(input);
        get().applyChange({
          ...emptyChangeSet(),
          linkTypes: get().linkTypes.map((t) => (t.id === type.id ? type : t)),
        });
      }),
    deleteLinkType: (input) => run(async () => get().applyChange(await requireApi().deleteLinkType(input))),
    createConcept: async (name) => {
      set({ historyLabels: withoutPreview(get().historyLabels) });
      try {
        const concept = await requireApi().createConcept({ name });
        get().applyChange({ ...emptyChangeSet(), concepts: [concept] });
        return concept;
      } catch (error) {
        return messageOf(error);
      }
    },
    updateConcept: (input) =>
      run(async () => {
        const concept = await requireApi().updateConcept(input);
        get().applyChange({ ...emptyChangeSet(), concepts: [concept] });
      }),
    deleteConcept: (conceptId) => run(async () => get().applyChange(await requireApi().deleteConcept({ conceptId }))),
    setAnnotationConcept: (annotationId, conceptId) => get().updateAnnotation({ annotationId, conceptId }),

    applyLinkChange: (change) => {
      const state = get();
      if (change.linkTypes) set({ linkTypes: change.linkTypes });
      if (change.concepts.length || change.removedConcepts.length) {
        const gone = new Set([...change.removedConcepts, ...change.concepts.map((c) => c.id)]);
        const counts = new Map(state.concepts.map((c) => [c.concept.id, c.statementCount]));
        const kept = state.concepts.filter((c) => !gone.has(c.concept.id));
        const put = change.concepts.map((concept) => ({ concept, statementCount: counts.get(concept.id) ?? 0 }));
        set({ concepts: sortConcepts([...kept, ...put]) });
      }
      const linksChanged = change.links.length > 0 || change.removedLinks.length > 0;
      // Annotations that come or go turn links broken or whole again.
      const ends = new Set([...change.annotations.map((a) => a.id), ...change.removedAnnotations.map((r) => r.id)]);
      const touches = (rows: readonly LinkRow[]) =>
        ends.size > 0 && rows.some((r) => ends.has(r.link.fromId) || ends.has(r.link.toId));
      const openId = state.reader?.document.id;
      if (openId && (linksChanged || touches(state.documentLinks))) void get().loadDocumentLinks(openId);
      const { route } = state;
      if (route.view === 'links' && (linksChanged || touches(state.corpusLinks ?? []))) {
        void get().loadCorpusLinks();
      }
      // Counts and timelines follow the statements: read them again while they are on screen.
      const statementsChanged = change.annotations.length > 0 || change.removedAnnotations.length > 0;
      const conceptsChanged = change.concepts.length > 0 || change.removedConcepts.length > 0;
      if (route.view === 'concepts' && (statementsChanged || conceptsChanged)) {
        void get().loadConcepts();
        const shown = route.conceptId;
        if (shown && !change.removedConcepts.includes(shown)) void get().loadConceptTimeline(shown);
        else if (shown) set({ conceptTimeline: null });
      }
    },
  };
};
