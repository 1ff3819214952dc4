import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { curationStatusOf } from '../../../../shared/library/curation-status.ts';
import { t } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

/**
 * Marks curation done on the ticked documents that are not done yet. The
 * core sets one document's status per call, so each is its own undo step
 * (undo takes back the last document first). Stops at the first refusal
 * and says how far it got.
 */
export async function markCurationDone(documents: readonly DocumentSummary[]): Promise<void> {
  const pending = documents.filter((d) => curationStatusOf(d) !== 'done');
  const state = useAppStore.getState();
  let marked = 0;
  try {
    for (const d of pending) {
      // A status changes nothing but the document's row: the rows are read once, after the last step, not per step.
      const { history } = await requireApi().setCurationStatus({ documentId: d.id, status: 'done' });
      useAppStore.setState({ historyLabels: history });
      marked++;
    }
  } catch (error) {
    state.notify('error', t('curationView:couldNotMark', { reason: messageOf(error) }));
  }
  // The Library's rows carry the status: read them again once every step is saved.
  if (marked > 0) {
    await useAppStore.getState().loadDocuments();
    state.notify('info', t('curationView:markedDone', { count: marked }));
  }
}
