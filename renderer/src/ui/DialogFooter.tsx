import { useT } from '../i18n/i18n.ts';

interface Props {
  /** The message of the last failed attempt, shown above the buttons. */
  error: string | null;
  onCancel: () => void;
  submitLabel: string;
  /** Shown on the submit button while `busy` (e.g. "Saving…"). */
  busyLabel?: string;
  busy?: boolean;
  /** A destructive action: the submit button says so by its colour. */
  danger?: boolean;
  /** The submit button cannot be pressed yet (a field is still empty). */
  disabled?: boolean;
  /** Instead of Cancel, when leaving changes nothing either way (Close). */
  cancelLabel?: string;
  /** No action to offer (nothing to apply): only the way out. */
  noSubmit?: boolean;
}

/** The end of every form dialog: what went wrong, if anything, then Cancel and the action (a submit button). */
export function DialogFooter({
  error,
  onCancel,
  submitLabel,
  busyLabel,
  busy = false,
  danger = false,
  disabled = false,
  cancelLabel,
  noSubmit = false,
}: Props) {
  const { t } = useT();
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? t('common:cancel')}
        </button>
        {!noSubmit && (
          <button type="submit" className={danger ? 'primary danger' : 'primary'} disabled={busy || disabled}>
            {busy && busyLabel ? busyLabel : submitLabel}
          </button>
        )}
      </div>
    </>
  );
}
