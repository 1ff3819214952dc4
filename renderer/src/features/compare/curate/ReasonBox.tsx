import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../i18n/i18n.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { coderLabel } from '../../../ui/coder-label.ts';
import { confirmReason, pendingWords } from './curate-actions.ts';
import { useCurateStore } from './curate-store.ts';

/**
 * The reason every decision needs: free text, and the team's quick reasons
 * as chips to tick. Enter sends the waiting decision (Shift+Enter: a new
 * line); what is missing is said here, and the box takes the focus when an
 * action was chosen without a reason.
 */
export function ReasonBox() {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const reason = useCurateStore((s) => s.reason);
  const pending = useCurateStore((s) => s.pending);
  const problem = useCurateStore((s) => s.problem);
  const busy = useCurateStore((s) => s.busy);
  const askReason = useCurateStore((s) => s.askReason);
  const decided = useCurateStore((s) => s.decided);
  const quickReasons = useCurateStore((s) => s.quickReasons);
  const { setText, toggle } = useCurateStore.getState();
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (quickReasons === null) void useCurateStore.getState().loadQuickReasons();
  }, [quickReasons]);
  useEffect(() => {
    if (askReason > 0) box.current?.focus();
  }, [askReason]);
  // Sent: the keys (. , 1–9 E N X) work again at once, without a click on the text first.
  useEffect(() => {
    if (decided > 0 && document.activeElement === box.current) box.current?.blur();
  }, [decided]);

  const name = (coderId: string) => coderLabel(coderId, project, t);
  const linkType = (linkId: string) => {
    const { linkTypes } = useAppStore.getState();
    const link = useCurateStore.getState().linkOf?.(linkId);
    return linkTypes.find((lt) => lt.id === link?.typeId)?.name ?? '';
  };
  return (
    <section className="cur-reason" aria-label={t('compareCurate:reasonLabel')}>
      <label htmlFor={id} className="cur-label">
        {t('compareCurate:reasonLabel')}
      </label>
      <textarea
        id={id}
        ref={box}
        data-testid="curate-reason"
        rows={2}
        value={reason.text}
        placeholder={t('compareCurate:reasonPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            confirmReason();
          }
          // Escape leaves the box for the view's keys; the words stay.
          if (e.key === 'Escape') {
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
      />
      <fieldset className="cur-chips">
        <legend className="cur-label">{t('compareCurate:quickReasonsLabel')}</legend>
        {(quickReasons ?? []).length === 0 && <span className="cmp-missing">{t('compareCurate:noQuickReasons')}</span>}
        {(quickReasons ?? []).map((q) => {
          const on = reason.quick.includes(q.label);
          return (
            <button
              key={q.id}
              type="button"
              className={on ? 'cur-chip on' : 'cur-chip'}
              aria-pressed={on}
              onClick={() => toggle(q.label)}
            >
              {on && <span aria-hidden="true">✓ </span>}
              {q.label}
            </button>
          );
        })}
        <a className="cur-manage" href="#/curation">
          {t('compareCurate:manageReasons')}
        </a>
      </fieldset>
      {pending && (
        <p className="cur-pending" data-testid="curate-pending">
          {t('compareCurate:pending', { action: pendingWords(pending, name, linkType, t) })}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="curate-problem">
          {problem}
        </p>
      )}
      {pending && (
        <div className="cur-confirm">
          <button type="button" className="primary" disabled={busy} onClick={() => confirmReason()}>
            {busy ? t('compareCurate:sending') : t('compareCurate:confirm')} <kbd>Enter</kbd>
          </button>
          <button type="button" onClick={() => useCurateStore.setState({ pending: null, problem: null })}>
            {t('compareCurate:cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
