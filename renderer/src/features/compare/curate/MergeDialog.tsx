import { useEffect, useRef, useState } from 'react';
import type { MergeRule, MergeSummary } from '../../../../../shared/curation/curation-types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useFormat } from '../../../i18n/use-format.ts';
import { requireApi } from '../../../store/api.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { messageOf } from '../../../store/notice-slice.ts';
import { coderColor } from '../../../ui/coder-color.ts';
import { coderLabel } from '../../../ui/coder-label.ts';
import { ModalDialog } from '../../../ui/ModalDialog.tsx';
import { useCompareStore } from '../compare-store.ts';
import { applyResult } from './curate-store.ts';
import { mergeWords } from './merge-words.ts';

const rules: readonly MergeRule[] = ['unanimous', 'majority', 'none'];

/**
 * "Merge what agrees…": the view's coders, the rule (each said in one line),
 * this document or every document the coders share. One undo step; what it
 * did is said in words, and the dialog stays open to show it.
 */
export function MergeDialog({
  documentId,
  coderIds,
  onClose,
}: {
  documentId: string;
  coderIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useT();
  const { number } = useFormat();
  const project = useAppStore((s) => s.project);
  const [rule, setRule] = useState<MergeRule>('unanimous');
  const [scope, setScope] = useState<'this' | 'all'>('this');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<MergeSummary | null>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  // Once it has run its fields are disabled and lose the focus: it goes to Close,
  // so Enter and Escape still reach the dialog.
  useEffect(() => {
    if (summary) submitButton.current?.focus();
  }, [summary]);

  const run = async () => {
    if (summary) return onClose();
    setBusy(true);
    setError(null);
    try {
      const result = await requireApi().mergeAgreeing({
        coderIds: [...coderIds],
        documents: scope === 'all' ? { all: true } : { ids: [documentId] },
        rule,
        unit: useCompareStore.getState().prefs.rule,
      });
      applyResult(result);
      setSummary(result.summary);
    } catch (e) {
      setError(t('compareCurate:mergeFailed', { reason: messageOf(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog
      title={t('compareCurate:mergeTitle')}
      onClose={onClose}
      onSubmit={() => void run()}
      className="cur-merge"
    >
      <p className="cur-merge-intro">{t('compareCurate:mergeIntro')}</p>
      <fieldset className="cur-merge-group">
        <legend>{t('compareCurate:mergeCoders')}</legend>
        <ul className="cur-merge-coders">
          {coderIds.map((id) => (
            <li key={id}>
              <span
                className="coder-swatch"
                style={{ backgroundColor: coderColor(project?.coders ?? [], id) }}
                aria-hidden="true"
              />{' '}
              {coderLabel(id, project, t)}
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="cur-merge-group" disabled={busy || summary !== null}>
        <legend>{t('compareCurate:mergeRule')}</legend>
        {rules.map((r) => (
          <label key={r} className="cur-merge-option">
            <input type="radio" name="cur-merge-rule" value={r} checked={rule === r} onChange={() => setRule(r)} />
            <span>
              <strong>{t(`compareCurate:rule-${r}`)}</strong>
              <span className="cur-merge-hint">{t(`compareCurate:ruleHint-${r}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="cur-merge-group" disabled={busy || summary !== null}>
        <legend>{t('compareCurate:mergeScope')}</legend>
        {(['this', 'all'] as const).map((s) => (
          <label key={s} className="cur-merge-option">
            <input type="radio" name="cur-merge-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
            <span>{t(s === 'this' ? 'compareCurate:scopeThis' : 'compareCurate:scopeAll')}</span>
          </label>
        ))}
      </fieldset>
      {summary && (
        <p className="cur-merge-summary" role="status" data-testid="merge-summary">
          {t('compareCurate:mergeDone')} {mergeWords(summary, t, number)}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        {!summary && (
          <button type="button" onClick={onClose}>
            {t('compareCurate:cancel')}
          </button>
        )}
        <button ref={submitButton} type="submit" className="primary" disabled={busy} data-testid="merge-run">
          {summary ? t('compareCurate:close') : busy ? t('compareCurate:merging') : t('compareCurate:mergeRun')}
        </button>
      </div>
    </ModalDialog>
  );
}
