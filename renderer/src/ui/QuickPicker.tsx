import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.ts';

export interface PickerItem {
  id: string;
  label: string;
  detail?: string;
  /** A colour chip shown before the label (tags). */
  color?: string;
}

interface Props {
  title: string;
  /** The items matching the typed query, best first. */
  search: (query: string) => PickerItem[];
  onPick: (item: PickerItem, query: string) => void;
  onClose: () => void;
  placeholder?: string;
  /** Shown under the list, e.g. "Enter on no match creates an actor". */
  footer?: string;
  /** Called with the query when Enter is pressed and nothing matches. */
  onNoMatch?: (query: string) => void;
  /** An item picked by one key pressed on an empty query (a stance by 1–4), or null. */
  pickByKey?: (key: string) => PickerItem | null;
}

/**
 * A keyboard-first picker: type to filter, ↑/↓ to move, Enter to pick,
 * Escape to close. Used for speakers, addressees, actors, stances and tags.
 */
export function QuickPicker({ title, search, onPick, onClose, placeholder, footer, onNoMatch, pickByKey }: Props) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const items = search(query);
  const current = Math.min(active, Math.max(0, items.length - 1));

  useEffect(() => {
    input.current?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const byKey = query === '' && !event.ctrlKey && !event.metaKey && !event.altKey ? pickByKey?.(event.key) : null;
    if (byKey) onPick(byKey, event.key);
    else if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') {
      const item = items[current];
      if (item) onPick(item, query);
      else if (query.trim()) onNoMatch?.(query.trim());
    } else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="picker-backdrop">
      <div className="picker" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items[current] ? `${listId}-${current}` : undefined}
          aria-label={title}
          placeholder={placeholder ?? t('common:typeToFilter')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={t('common:pickerChoices', { title })} className="picker-list">
          {items.map((item, i) => (
            <div
              key={item.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(item, query);
              }}
            >
              {item.color && <span className="tag-chip" style={{ backgroundColor: item.color }} />}
              <span className="picker-label">{item.label}</span>
              {item.detail && <span className="picker-detail">{item.detail}</span>}
            </div>
          ))}
          {items.length === 0 && <p className="picker-empty">{t('common:noMatch')}</p>}
        </div>
        {footer && <p className="picker-footer">{footer}</p>}
      </div>
    </div>
  );
}
