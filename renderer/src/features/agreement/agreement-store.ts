import { create } from 'zustand';
import type { AgreementQuery, AgreementReport } from '../../../../shared/agreement/agreement-types.ts';
import { requireApi } from '../../store/api.ts';
import { messageOf } from '../../store/notice-slice.ts';
import type { AgreementForm } from './agreement-form.ts';

/**
 * The Agreement view's own state: the form and the last report. Kept in a
 * store of the feature (not in the component) so that a visit to the
 * Library, to set its filter or tick documents, comes back to the same
 * choices and the same report.
 */
interface AgreementState {
  /** Null until the view first opens on a project (its defaults depend on the project's coders). */
  form: AgreementForm | null;
  /** The project the form was made for: another project starts afresh. */
  projectId: string | null;
  /** The query of the report shown (its CSVs are made from the same query). */
  query: AgreementQuery | null;
  report: AgreementReport | null;
  computing: boolean;
  /** Why the last computation failed, worded; null when it did not. */
  error: string | null;
  /**
   * Where the project's history stood when the report was asked for: once it
   * has moved (an edit, an undo, a tag mapping), the figures may be others.
   */
  historyKey: string | null;
  setForm: (form: AgreementForm, projectId: string) => void;
  compute: (query: AgreementQuery, historyKey: string) => Promise<void>;
}

/** Counts computations, so that an answer that comes after a newer request is dropped. */
let latest = 0;

export const useAgreementStore = create<AgreementState>()((set, get) => ({
  form: null,
  projectId: null,
  query: null,
  report: null,
  computing: false,
  error: null,
  historyKey: null,
  setForm: (form, projectId) =>
    set(
      projectId === get().projectId
        ? { form }
        : { form, projectId, query: null, report: null, historyKey: null, error: null, computing: false },
    ),
  compute: async (query, historyKey) => {
    const ticket = ++latest;
    set({ computing: true, error: null });
    try {
      const report = await requireApi().computeAgreement(query);
      if (ticket === latest) set({ report, query, historyKey, computing: false });
    } catch (error) {
      if (ticket === latest) set({ error: messageOf(error), computing: false });
    }
  },
}));
