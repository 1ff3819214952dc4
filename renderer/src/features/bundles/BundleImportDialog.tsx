import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BundleChoice, BundleDecisions, BundlePreview } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
import { BundleCoders } from './BundleCoders.tsx';
import { BundleDocuments } from './BundleDocuments.tsx';
import { BundleCuration } from './BundleCuration.tsx';
import { BundleOriginLine } from './BundleOriginLine.tsx';
import { ForeignFileNotes } from '../exchange/ForeignFileNotes.tsx';
import { BundleRecords } from './BundleRecords.tsx';
import { BundleSummaryView } from './BundleSummaryView.tsx';
import { defaultDecisions, isDefault, layerReplacements } from './bundle-decisions.ts';
import { useCount } from './use-count.ts';
import { LayerReplacements, replaceWords } from './LayerReplacements.tsx';
import './bundles.css';

/**
 * Importing a bundle: what it holds and what importing it would do (coders,
 * documents, records, layers replaced), the user's choices, then one undo
 * step and its summary. Closing before Import lets the preview go.
 */
export function BundleImportDialog() {
  const { t } = useT();
  const state = useAppStore((s) => s.bundleImport);
  const close = useAppStore((s) => s.closeBundleImport);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const busy = state?.phase === 'reading' || state?.phase === 'importing';

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    return () => before?.focus();
  }, []);

  if (!state) return null;
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal bundle-import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) {
            e.stopPropagation();
            close();
          }
        }}
      >
        <header className="bundle-header">
          <h2 id={titleId}>{t('bundleUi:importTitle')}</h2>
          <span className="bundle-file-name">{state.fileName}</span>
        </header>
        {state.phase === 'reading' ? (
          <p className="bundle-reading" role="status">
            {t('bundleUi:reading', { file: state.fileName })}
          </p>
        ) : state.phase === 'failed' ? (
          <>
            <p className="form-error" role="alert">
              {t('bundleUi:cannotRead', { reason: state.error })}
            </p>
            <footer className="bundle-footer">
              <span className="spacer" />
              <button type="button" className="primary" onClick={close}>
                {t('bundleUi:close')}
              </button>
            </footer>
          </>
        ) : state.phase === 'done' ? (
          <>
            <BundleSummaryView preview={state.preview} summary={state.summary} />
            <footer className="bundle-footer">
              <span className="spacer" />
              <button type="button" className="primary" onClick={close}>
                {t('bundleUi:done')}
              </button>
            </footer>
          </>
        ) : (
          <PreviewBody preview={state.preview} importing={state.phase === 'importing'} error={state.error} />
        )}
      </div>
    </div>
  );
}

/** The preview with the user's decisions, and Cancel / Import. */
function PreviewBody({
  preview,
  importing,
  error,
}: {
  preview: BundlePreview;
  importing: boolean;
  error: string | null;
}) {
  const { t } = useT();
  const count = useCount();
  const close = useAppStore((s) => s.closeBundleImport);
  const runImport = useAppStore((s) => s.runBundleImport);
  const [decisions, setDecisions] = useState<BundleDecisions>(() => defaultDecisions(preview));
  const replacements = useMemo(() => layerReplacements(preview, decisions.coders), [preview, decisions.coders]);
  const nothingNew = preview.nothingNew && isDefault(preview, decisions);

  const setCoder = (theirId: string, target: string) =>
    setDecisions((d) => ({ ...d, coders: { ...d.coders, [theirId]: target } }));
  const setChoice = (key: string, choice: BundleChoice) =>
    setDecisions((d) => ({ ...d, choices: { ...d.choices, [key]: choice } }));

  const submit = async () => {
    const { replaced } = preview.counts;
    // The core's own count, where the mapping is its own, also asks (it refuses an unconfirmed replacement).
    const replacing =
      replacements.length > 0 || (isDefault(preview, decisions) && replaced.annotations + replaced.links > 0);
    if (replacing) {
      // D9: replacing part of a layer is asked for, each layer named.
      const yes = await askToConfirm(
        t('bundleUi:replaceQuestion', {
          layers: replacements.map((r) => t('bundleUi:replaceLayerClause', replaceWords(count, r))).join('; '),
        }),
        { confirmLabel: t('bundleUi:replaceAndImport'), danger: true },
      );
      if (!yes) return;
    }
    await runImport({ ...decisions, replaceLayers: replacing });
  };

  return (
    <>
      <div className="bundle-body">
        <BundleOriginLine preview={preview} />
        <ForeignFileNotes preview={preview} />
        {nothingNew && (
          <p className="bundle-nothing-new" role="status">
            {t('bundleUi:nothingNew')}
          </p>
        )}
        <BundleCoders preview={preview} coders={decisions.coders} onChange={setCoder} disabled={importing} />
        <LayerReplacements
          replacements={replacements}
          exactly={isDefault(preview, decisions) ? preview.counts.replaced : null}
        />
        <BundleDocuments preview={preview} />
        <BundleCuration curation={preview.curation} />
        <BundleRecords preview={preview} choices={decisions.choices} onChange={setChoice} disabled={importing} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {t('bundleUi:importFailed', { reason: error })}
        </p>
      )}
      <footer className="bundle-footer">
        {importing && (
          <span className="bundle-busy" role="status">
            {t('bundleUi:importing')}
          </span>
        )}
        <span className="spacer" />
        <button type="button" disabled={importing} onClick={close}>
          {t('common:cancel')}
        </button>
        <button type="button" className="primary" disabled={importing || nothingNew} onClick={() => void submit()}>
          {t('bundleUi:import')}
        </button>
      </footer>
    </>
  );
}
