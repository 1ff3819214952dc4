import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { isConfirming } from './confirm-store.ts';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A small modal form in the look of the Library's "Add text" dialog. Focus
 * goes to its first field and back where it was on close; Escape cancels.
 * The view behind it should be made inert while it is open (see
 * CodebookView), so its buttons are neither clickable nor found by role.
 */
export function ModalDialog({ title, onClose, onSubmit, children, className }: Props) {
  const titleId = useId();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    form.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button')?.focus();
    return () => before?.focus();
  }, []);

  // Escape closes it even when the focus has left the form (a field it was on
  // got disabled, as the merge dialog's do once it has run): the key then
  // reaches the document, not the form, and must not fall through to the view.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isConfirming()) return;
      if (form.current?.contains(event.target as Node)) return;
      event.stopPropagation();
      event.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <div className="modal-backdrop">
      <form
        ref={form}
        className={`modal small-modal ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </form>
    </div>
  );
}
