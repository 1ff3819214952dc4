import { create } from 'zustand';
import type {
  DocumentComparison,
  DocumentDisagreements,
  UnitFormation,
  UnitRule,
} from '../../../../shared/agreement/agreement-types.ts';
import { coderIdsOf } from '../../../../shared/library/corpus-values.ts';
import type { Document, DocumentSummary } from '../../../../shared/model/document.ts';
import { t } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { performanceMarks } from '../../store/performance-marks.ts';
import {
  type ComparePrefs,
  chosenCoders,
  type CompareLayout,
  defaultPrefs,
  rememberedPrefs,
  rememberPrefs,
} from './compare-prefs.ts';
import { type ComparisonIndex, indexComparison } from './comparison-index.ts';
import { type CurationIndex, indexCuration } from './curate/curation-index.ts';
import { sameComparison } from './curate/same-comparison.ts';
import { stepDisagreement } from './unit-steps.ts';

/** One document compared: what the view draws. */
export interface OpenComparison {
  key: string;
  /** The key the index was built for: the drawn text stays while answers compare the same layers (a decision). */
  textKey: string;
  document: Document;
  comparison: DocumentComparison;
  index: ComparisonIndex;
  formation: UnitFormation;
  classes: DocumentComparison['classes'];
  /** Curation mode: the document's curation (getCuration), indexed; null outside it. */
  curation: CurationIndex | null;
}

interface CompareState {
  /** The project whose choices `prefs` are. */
  projectId: string | null;
  prefs: ComparePrefs;
  /** The corpus list for `listKey`, or null while it loads; `listError` if it failed. */
  listKey: string | null;
  rows: DocumentDisagreements[] | null;
  listError: string | null;
  /** The document compared, once its answer is in; the key asked for last, and its error. */
  open: OpenComparison | null;
  openKey: string | null;
  openError: string | null;
  /** The selected unit (an index into the open comparison's units). */
  selected: number | null;
  /** Bumped when the selected unit is to be brought into view (a step, not a click). */
  reveal: number;
  helpOpen: boolean;
  /** Bumped when the project may have changed (a step, an undo, a visit): the next load asks afresh. */
  revision: number;
  touch: () => void;
  setHelpOpen: (open: boolean) => void;
  /** Reads the choices remembered for the project, once per project. */
  loadPrefs: (projectId: string) => void;
  setCoders: (coderIds: string[]) => void;
  setRule: (rule: UnitRule) => void;
  setLayout: (layout: CompareLayout) => void;
  setCurate: (curate: boolean) => void;
  loadList: () => Promise<void>;
  loadDocument: (documentId: string) => Promise<void>;
  /** Lets the open comparison go (back to the list): the next look at a document asks afresh. */
  closeDocument: () => void;
  select: (unit: number | null, reveal?: boolean) => void;
  /** Goes to the next or previous disagreement; `offset` is where the reader looks when nothing is selected. */
  step: (direction: 1 | -1, offset: number) => void;
  /** Curation mode: the next or previous unit still to decide (undecided or in conflict). */
  stepUndecided: (direction: 1 | -1, offset: number) => void;
}

/** The coders compared now: the remembered choice, or the project's coders with layers (see chosenCoders). */
export function comparedCoders(prefs: ComparePrefs): string[] {
  const { project, documents } = useAppStore.getState();
  return chosenCoders(prefs, project?.coders ?? [], codersWithLayers(documents));
}

let layersCache: { documents: readonly DocumentSummary[]; ids: ReadonlySet<string> } | null = null;

/** Whoever has annotations in some document (the Library's list), computed once per list. */
function codersWithLayers(documents: readonly DocumentSummary[]): ReadonlySet<string> {
  if (layersCache?.documents !== documents) layersCache = { documents, ids: new Set(coderIdsOf(documents)) };
  return layersCache.ids;
}

const keyOf = (what: string, prefs: ComparePrefs, revision: number) =>
  [what, comparedCoders(prefs).join(','), prefs.rule.mode, prefs.rule.threshold, prefs.curate, revision].join('|');

/**
 * The Compare view's state, kept in its feature (nothing else reads it):
 * the per-project choices, the corpus list, the open comparison and the
 * selected unit. Answers that come after a newer question are dropped.
 */
export const useCompareStore = create<CompareState>()((set, get) => {
  const changePrefs = (change: Partial<ComparePrefs>) => {
    const prefs = { ...get().prefs, ...change };
    set({ prefs });
    const projectId = get().projectId;
    if (projectId) rememberPrefs(storage(), projectId, prefs);
  };
  return {
    projectId: null,
    prefs: defaultPrefs,
    listKey: null,
    rows: null,
    listError: null,
    open: null,
    openKey: null,
    openError: null,
    selected: null,
    reveal: 0,
    helpOpen: false,
    revision: 0,
    touch: () => set((s) => ({ revision: s.revision + 1 })),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    loadPrefs: (projectId) => {
      if (get().projectId === projectId) return;
      set({
        projectId,
        prefs: rememberedPrefs(storage(), projectId),
        open: null,
        openKey: null,
        rows: null,
        listKey: null,
      });
    },
    setCoders: (coderIds) => changePrefs({ coderIds }),
    setRule: (rule) => changePrefs({ rule }),
    setLayout: (layout) => changePrefs({ layout }),
    setCurate: (curate) => changePrefs({ curate }),

    loadList: async () => {
      const { prefs } = get();
      const key = keyOf('list', prefs, get().revision);
      if (get().listKey === key) return;
      const coderIds = comparedCoders(prefs);
      set({ listKey: key, rows: null, listError: null });
      if (coderIds.length < 2) return set({ rows: [] });
      try {
        const rows = await requireApi().listDisagreements({ coderIds, unit: prefs.rule });
        if (get().listKey === key) set({ rows });
      } catch (error) {
        if (get().listKey === key) set({ listError: t('compare:listFailed', { reason: messageOf(error) }), rows: [] });
      }
    },

    loadDocument: async (documentId) => {
      const { prefs } = get();
      const key = keyOf(documentId, prefs, get().revision);
      if (get().openKey === key) return;
      const coderIds = comparedCoders(prefs);
      performance.mark(performanceMarks.compareStart);
      set({ openKey: key, openError: null });
      if (coderIds.length < 2) return set({ open: null, selected: null });
      try {
        const api = requireApi();
        const unit = prefs.rule;
        const was = get().open?.document.id === documentId ? get().open : null;
        // Curation mode asks for the curation, which holds the comparison of the same coders under the same rule.
        const [document, comparison, curation] = await Promise.all([
          was ? Promise.resolve(was.document) : api.getDocument({ documentId }),
          prefs.curate ? null : api.compareDocument({ documentId, coderIds, unit }),
          prefs.curate ? api.getCuration({ documentId, coderIds, unit }) : null,
        ]);
        if (get().openKey !== key) return;
        const compared = (curation?.comparison ?? comparison) as DocumentComparison;
        // The same layers as drawn (a decision, its undo): the text, its scroll place and the selected unit stay.
        const same = was !== null && sameComparison(was.comparison, compared);
        const index = same ? was.index : indexComparison(document.text, compared);
        set((s) => ({
          open: {
            key,
            textKey: same ? was.textKey : key,
            document,
            comparison: compared,
            index,
            formation: compared.formation,
            classes: compared.classes,
            curation: curation ? indexCuration(curation, index.blocks) : null,
          },
          selected: same ? s.selected : null,
        }));
      } catch (error) {
        if (get().openKey === key)
          set({ open: null, selected: null, openError: t('compare:loadFailed', { reason: messageOf(error) }) });
      }
    },

    closeDocument: () => set({ open: null, openKey: null, openError: null, selected: null }),

    select: (selected, reveal = false) => set((s) => ({ selected, reveal: reveal ? s.reveal + 1 : s.reveal })),

    step: (direction, offset) => {
      const { open, selected } = get();
      if (!open) return;
      const notify = useAppStore.getState().notify;
      const next = stepDisagreement(open.index.disagreements, open.index.units, selected, offset, direction);
      if (!next) return notify('info', t('compare:noDisagreements'));
      if (next.wrapped) notify('info', t(direction === 1 ? 'compare:pastLast' : 'compare:beforeFirst'));
      get().select(next.unit, true);
    },

    stepUndecided: (direction, offset) => {
      const { open, selected } = get();
      if (!open?.curation) return;
      const notify = useAppStore.getState().notify;
      const next = stepDisagreement(open.curation.undecided, open.index.units, selected, offset, direction);
      if (!next) return notify('info', t('compareCurate:noUndecided'));
      if (next.wrapped) notify('info', t(direction === 1 ? 'compareCurate:pastLast' : 'compareCurate:beforeFirst'));
      get().select(next.unit, true);
    },
  };
});

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
