import { useState } from 'react';
import { FieldError } from './FieldError.tsx';

interface Props {
  id: string;
  /** The stored value: when it changes (a save, an undo) the field shows it anew. */
  value: string;
  /** Saves a changed value; returns why it could not, or null. */
  onSave: (value: string) => Promise<string | null>;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** Labels the field when no <label htmlFor> points at it. */
  ariaLabel?: string;
}

/**
 * A text field saved when it loses focus (Enter in a one-line field, Ctrl+Enter
 * in a multi-line one), so a rename is one undo step rather than one per
 * keystroke. Escape puts the stored value back. A refused save keeps what
 * was typed, with the reason beside it.
 */
export function EditableText({ id, value, onSave, multiline, rows = 3, placeholder, ariaLabel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const errorId = `${id}-error`;

  const save = async (typed: string) => {
    if (typed === value) return setError(null);
    setError(await onSave(typed));
  };
  const common = {
    id,
    defaultValue: value,
    placeholder,
    'aria-label': ariaLabel,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };

  return (
    <div className="editable-text">
      {multiline ? (
        <textarea
          // A new key when the stored value changes resets the field to it.
          key={value}
          {...common}
          rows={rows}
          onBlur={(e) => void save(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.blur();
            if (e.key === 'Escape') {
              e.currentTarget.value = value;
              setError(null);
            }
          }}
        />
      ) : (
        <input
          key={value}
          {...common}
          onBlur={(e) => void save(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              e.currentTarget.value = value;
              setError(null);
            }
          }}
        />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
