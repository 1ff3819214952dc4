import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useConfirmStore } from './confirm-store.ts';

/** Shows the question askToConfirm asked, in the look of the app's dialogs; Enter confirms, Escape cancels. */
export function ConfirmHost() {
  const { t } = useT();
  const request = useConfirmStore((s) => s.request);
  const titleId = useId();
  const action = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!request) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    action.current?.focus();
    return () => before?.focus();
  }, [request]);

  if (!request) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="modal small-modal confirm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') request.answer(false);
        }}
      >
        <p id={titleId} className="confirm-message">
          {request.message}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={() => request.answer(false)}>
            {t('common:cancel')}
          </button>
          <button
            ref={action}
            type="button"
            className={request.danger ? 'primary danger' : 'primary'}
            onClick={() => request.answer(true)}
          >
            {request.confirmLabel ?? t('common:ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
