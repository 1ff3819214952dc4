import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { curationStatusOf } from '../../../../shared/library/curation-status.ts';
import { t } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

/**
 * Marks curation done on the ticked documents that are not done yet, as
 * one undo step: all of them or, when the core refuses, none.
 */
export async function markCurationDone(documents: readonly DocumentSummary[]): Promise<void> {
  const pending = documents.filter((d) => curationStatusOf(d) !== 'done');
  const state = useAppStore.getState();
  if (pending.length === 0) return;
  try {
    const { history } = await requireApi().setCurationStatus({
      documentIds: pending.map((d) => d.id),
      status: 'done',
    });
    useAppStore.setState({ historyLabels: history });
  } catch (error) {
    state.notify('error', t('curationView:couldNotMark', { reason: messageOf(error) }));
    return;
  }
  // The Library's rows carry the status: read them again.
  await useAppStore.getState().loadDocuments();
  state.notify('info', t('curationView:markedDone', { count: pending.length }));
}
