import type { DecisionFilter } from '../../../../shared/curation/curation-types.ts';
import { saveFile } from '../../files/save-file.ts';
import { t } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

/**
 * Saves the decision log, filtered as on screen, as CSV: the core writes it
 * to the file the ticket grants (Electron's save dialog, or a download slot
 * of the loopback server that the browser then fetches), as the Agreement
 * view's tables are saved.
 */
export async function exportDecisionLog(filter: DecisionFilter): Promise<void> {
  try {
    let rows = 0;
    const saved = await saveFile('csv', `${t('curationView:fileName')}.csv`, async (to) => {
      const written = await requireApi().exportDecisionLog({ filter, to });
      rows = written.rows;
      return written;
    });
    // A browser shows its own download; Electron wrote the file quietly where the user chose.
    if (saved && !saved.download) {
      useAppStore.getState().notify('info', t('curationView:saved', { count: rows, name: saved.name }));
    }
  } catch (error) {
    useAppStore.getState().notify('error', t('curationView:couldNotSave', { reason: messageOf(error) }));
  }
}
