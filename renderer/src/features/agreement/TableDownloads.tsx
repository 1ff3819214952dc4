import type { AgreementQuery } from '../../../../shared/agreement/agreement-types.ts';
import { saveFile } from '../../files/save-file.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

type Table = 'units' | 'summary';

/** The report's two tables as CSV files, written by the core from the report's own query. */
export function TableDownloads({ query }: { query: AgreementQuery }) {
  const { t } = useT();
  const save = async (table: Table) => {
    const name = t(table === 'units' ? 'agreement:fileUnits' : 'agreement:fileSummary');
    try {
      const saved = await saveFile('csv', `${name}.csv`, (to) =>
        requireApi().exportAgreementTable({ query, table, to }),
      );
      // A browser shows its own download; Electron wrote the file quietly where the user chose.
      if (saved && !saved.download) useAppStore.getState().notify('info', t('files:saved', { name: saved.name }));
    } catch (error) {
      useAppStore.getState().notify('error', t('agreement:couldNotSave', { reason: messageOf(error) }));
    }
  };
  return (
    <section className="agreement-section" aria-labelledby="agreement-csv">
      <h2 id="agreement-csv">{t('agreement:tablesTitle')}</h2>
      <p className="agreement-hint">{t('agreement:tablesHint')}</p>
      <div className="agreement-csv-buttons">
        <button type="button" className="quiet" onClick={() => void save('units')}>
          {t('agreement:unitsCsv')}
        </button>
        <button type="button" className="quiet" onClick={() => void save('summary')}>
          {t('agreement:summaryCsv')}
        </button>
      </div>
    </section>
  );
}
