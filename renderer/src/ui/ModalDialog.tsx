import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';

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
