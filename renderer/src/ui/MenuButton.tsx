import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** A destructive action: shown in the danger colour. */
  danger?: boolean;
}

interface Props {
  /** What the button is for, for screen readers and its tooltip ("Actions for “Title”"). */
  label: string;
  items: readonly MenuItem[];
  className?: string;
}

/**
 * A button that opens a small menu of actions, as WAI-ARIA's menu button
 * pattern has it: Enter, Space or ↓ open it on the first item (↑ on the
 * last), ↑ ↓ Home End move, Enter chooses, Escape or Tab closes, and focus
 * returns to the button. The menu is placed fixed under the button, so a
 * scrolling list it sits in does not clip it; scrolling closes it.
 */
export function MenuButton({ label, items, className }: Props) {
  const [open, setOpen] = useState<{ top: number; right: number; focus: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const show = (focus: number) => {
    const box = button.current?.getBoundingClientRect();
    if (!box) return;
    // Below the button, its right edge on the button's; above it when there is no room below.
    const height = items.length * 34 + 10;
    const top = box.bottom + height + 4 > window.innerHeight ? box.top - height - 2 : box.bottom + 2;
    setOpen({ top, right: window.innerWidth - box.right, focus });
  };
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    (menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[open.focus] ?? menu.current)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const away = (event: Event) => {
      const target = event.target as Node | null;
      if (target && (menu.current?.contains(target) || button.current?.contains(target))) return;
      setOpen(null);
    };
    const scrolled = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', away, true);
    document.addEventListener('scroll', scrolled, true);
    window.addEventListener('resize', away);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      document.removeEventListener('scroll', scrolled, true);
      window.removeEventListener('resize', away);
    };
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    // Kept from the view's own keys (the Library's, Undo's) while the menu is open.
    event.stopPropagation();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className ?? 'menu-button'}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={(e) => {
          // Kept from anything that opens the row on a click in it.
          e.stopPropagation();
          if (open) close(false);
          else show(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            show(e.key === 'ArrowDown' ? 0 : items.length - 1);
          }
        }}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          tabIndex={-1}
          className="menu-popup"
          style={{ top: open.top, right: open.right }}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.danger ? 'menu-item danger' : 'menu-item'}
              onClick={(e) => {
                e.stopPropagation();
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
