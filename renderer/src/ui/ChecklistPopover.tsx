import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * A button opening a list to tick (`children` in a fieldset with `legend`),
 * as the Reader's layers and the Compare view's coders are. Closes on a press
 * anywhere else, as a menu does, and on Escape (the focus back on the button).
 */
export function ChecklistPopover({ label, legend, children }: { label: string; legend: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !box.current?.contains(event.target as Node)) return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('pointerdown', away);
    window.addEventListener('keydown', onEscape, true);
    return () => {
      window.removeEventListener('pointerdown', away);
      window.removeEventListener('keydown', onEscape, true);
    };
  }, [open]);

  return (
    <div className="layers-control" ref={box}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <fieldset id={listId} className="layers-list">
          <legend>{legend}</legend>
          {children}
        </fieldset>
      )}
    </div>
  );
}
