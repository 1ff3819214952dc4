import { useState } from 'react';
import type { CurationStatus } from '../../../../../shared/curation/curation-types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { requireApi } from '../../../store/api.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { messageOf } from '../../../store/notice-slice.ts';
import { applyResult } from './curate-store.ts';
import { MergeDialog } from './MergeDialog.tsx';

/** The "Curate" switch of a document's Compare view (remembered per project, as the layout is). */
export function CurateSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useT();
  return (
    <label className={on ? 'cur-switch on' : 'cur-switch'} title={t('compareCurate:curateHint')}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(e) => onChange(e.target.checked)}
        data-testid="curate-switch"
      />
      <span className="cur-switch-track" aria-hidden="true" />
      {t('compareCurate:curate')}
    </label>
  );
}

/**
 * The document's curation status with the button that changes it (Mark
 * curation done / Reopen curation), and "Merge what agrees…". Each change is
 * one undo step.
 */
export function CurateHeader({
  documentId,
  status,
  coderIds,
}: {
  documentId: string;
  status: CurationStatus;
  coderIds: readonly string[];
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [merging, setMerging] = useState(false);
  const setStatus = async (next: CurationStatus) => {
    setBusy(true);
    try {
      applyResult(await requireApi().setCurationStatus({ documentIds: [documentId], status: next }));
    } catch (error) {
      useAppStore.getState().notify('error', t('compareCurate:statusFailed', { reason: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cur-header">
      <span className={`cur-status cur-status-${status}`} data-testid="curation-status" data-status={status}>
        <span aria-hidden="true">{status === 'done' ? '✓' : status === 'in-progress' ? '◐' : '○'}</span>{' '}
        {t(`compareCurate:status-${status}`)}
      </span>
      {status === 'done' ? (
        <button type="button" className="quiet" disabled={busy} onClick={() => void setStatus('in-progress')}>
          {t('compareCurate:reopen')}
        </button>
      ) : (
        <button
          type="button"
          className="quiet"
          disabled={busy}
          onClick={() => void setStatus('done')}
          data-testid="curation-done"
        >
          {t('compareCurate:markDone')}
        </button>
      )}
      <button type="button" className="quiet" onClick={() => setMerging(true)} data-testid="merge-open">
        {t('compareCurate:mergeButton')}
      </button>
      {merging && <MergeDialog documentId={documentId} coderIds={coderIds} onClose={() => setMerging(false)} />}
    </div>
  );
}
