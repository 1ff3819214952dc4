import type { ImportSummary } from '../../../../shared/ipc/import-results.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';

/** The end of an import: what was added (each can be opened), what was skipped as a duplicate, what failed and why. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const navigate = useAppStore((s) => s.navigate);
  const closeImport = useAppStore((s) => s.closeImport);
  return (
    <div className="import-summary" aria-live="polite">
      <p className="import-summary-line">
        Imported {countOf(summary.imported.length, 'document')}
        {summary.duplicates.length > 0 && `; skipped ${countOf(summary.duplicates.length, 'duplicate')}`}
        {summary.failed.length > 0 && `; ${summary.failed.length} failed`}.
      </p>
      {summary.imported.length > 0 && (
        <section aria-label="Imported">
          <h3>Imported</h3>
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
        <section aria-label="Skipped as duplicates">
          <h3>Skipped as duplicates</h3>
          <ul>
            {summary.duplicates.map((d) => (
              <li key={d.stagingId}>
                {d.fileName} <span className="muted">— the same text as “{d.duplicateOf}”</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.failed.length > 0 && (
        <section aria-label="Failed">
          <h3>Failed</h3>
          <ul>
            {summary.failed.map((f) => (
              <li key={f.stagingId}>
                {f.fileName}: <span className="import-reason">{f.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
