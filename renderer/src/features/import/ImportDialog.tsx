import { useEffect, useId, useRef } from 'react';
import { importExtensions } from '../../../../shared/text/import-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { ImportFileDetail } from './ImportFileDetail.tsx';
import { ImportFileList } from './ImportFileList.tsx';
import { ImportSummaryView } from './ImportSummaryView.tsx';
import './import.css';

/**
 * Importing files: choose or drop them, look at what each will become
 * (text, encoding, details, cleanup), then import; a summary says what was
 * imported, skipped as a duplicate, or failed and why.
 */
export function ImportDialog() {
  const { t } = useT();
  const state = useAppStore((s) => s.importState);
  const openImport = useAppStore((s) => s.openImport);
  const closeImport = useAppStore((s) => s.closeImport);
  const runImport = useAppStore((s) => s.runImport);
  const titleId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
  }, []);

  if (!state) return null;
  const { phase, entries, progress } = state;
  const chosen = entries.filter((e) => e.include && e.preview.status === 'ready').length;
  const busy = phase === 'reading' || phase === 'importing' || state.rereading > 0;

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) {
            e.stopPropagation();
            closeImport();
          }
        }}
      >
        <header className="import-header">
          <h2 id={titleId}>{t('importing:title')}</h2>
          {/* literal-ok: names of formats and encodings, the same in every language. */}
          <span className="import-formats">.txt (UTF-8, UTF-16, Windows-1251, KOI8-R) · .md · .html · .docx</span>
        </header>
        {busy && (
          <div className="import-progress">
            <span>
              {t(phase === 'reading' ? 'importing:reading' : 'importing:importing', {
                done: progress.done,
                files: t('importing:fileCount', { count: progress.total }),
              })}
            </span>
            <progress
              max={progress.total || 1}
              value={progress.done}
              aria-label={t(phase === 'reading' ? 'importing:progress-reading' : 'importing:progress-importing')}
            />
          </div>
        )}
        {phase === 'done' && state.summary ? (
          <ImportSummaryView summary={state.summary} />
        ) : entries.length === 0 && phase === 'review' ? (
          <div className="import-empty">
            <p>{t('importing:dropOrChoose')}</p>
          </div>
        ) : (
          <div className="import-body">
            <ImportFileList />
            <ImportFileDetail />
          </div>
        )}
        <footer className="import-footer">
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            accept={importExtensions.join(',')}
            aria-label={t('importing:filesToImport')}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void openImport(files);
            }}
          />
          {phase !== 'done' && (
            <button type="button" disabled={busy} onClick={() => picker.current?.click()}>
              {entries.length ? t('importing:addMoreFiles') : t('importing:chooseFiles')}
            </button>
          )}
          <span className="spacer" />
          {phase === 'done' ? (
            <button type="button" className="primary" onClick={closeImport}>
              {t('importing:done')}
            </button>
          ) : (
            <>
              <button type="button" disabled={phase === 'importing'} onClick={closeImport}>
                {t('common:cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || chosen === 0}
                onClick={() => void runImport()}
              >
                {t('importing:importCount', { count: chosen })}
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}
