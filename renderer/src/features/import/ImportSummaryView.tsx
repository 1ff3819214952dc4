import type { ImportSummary } from '../../../../shared/ipc/import-results.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { wordImportMessage } from '../../../../shared/ipc/import-words.ts';

/** The end of an import: what was added (each can be opened), what was skipped as a duplicate, what failed and why. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t } = useT();
  const navigate = useAppStore((s) => s.navigate);
  const clauses = [t('importing:summaryImported', { count: summary.imported.length })];
  if (summary.duplicates.length > 0) clauses.push(t('importing:summarySkipped', { count: summary.duplicates.length }));
  if (summary.failed.length > 0) clauses.push(t('importing:summaryFailed', { count: summary.failed.length }));
  const closeImport = useAppStore((s) => s.closeImport);
  return (
    <div className="import-summary" aria-live="polite">
      <p className="import-summary-line">
        {t('importing:summaryLine', { clauses: clauses.join(t('importing:clauseSeparator')) })}
      </p>
      {summary.imported.length > 0 && (
        <section aria-label={t('importing:imported')}>
          <h3>{t('importing:imported')}</h3>
          <ul>
            {summary.imported.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    closeImport();
                    navigate({ view: 'reader', documentId: d.id });
                  }}
                >
                  {d.title}
                </button>
                {d.fileName && <span className="muted"> — {d.fileName}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.duplicates.length > 0 && (
        <section aria-label={t('importing:skippedAsDuplicates')}>
          <h3>{t('importing:skippedAsDuplicates')}</h3>
          <ul>
            {summary.duplicates.map((d) => (
              <li key={d.stagingId}>
                {d.fileName} <span className="muted">{t('importing:sameTextAs', { title: d.duplicateOf })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.failed.length > 0 && (
        <section aria-label={t('importing:failed')}>
          <h3>{t('importing:failed')}</h3>
          <ul>
            {summary.failed.map((f) => (
              <li key={f.stagingId}>
                {t('importing:failedFile', { file: f.fileName || t('importing:unknownFile') })}{' '}
                <span className="import-reason">{wordImportMessage(t, f.reason)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
