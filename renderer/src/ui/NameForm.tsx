import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { FieldError } from './FieldError.tsx';

interface Props {
  /** The field's accessible name ("New concept name"). */
  label: string;
  placeholder: string;
  maxLength: number;
  submitLabel: string;
  /** Said when the field is empty. */
  emptyMessage: string;
  /** Adds what was typed (trimmed); answers with why it was refused, or null. */
  onSubmit: (name: string) => Promise<string | null>;
  /** With it, a Cancel button (and Escape) closes the form. */
  onCancel?: () => void;
  autoFocus?: boolean;
  className?: string;
  ariaLabel?: string;
}

/** A one-field form that adds something by name (a concept, a link type); cleared when it succeeds. */
export function NameForm({
  label,
  placeholder,
  maxLength,
  submitLabel,
  emptyMessage,
  onSubmit,
  onCancel,
  autoFocus,
  className,
  ariaLabel,
}: Props) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(emptyMessage);
    const failure = await onSubmit(name.trim());
    setError(failure);
    if (!failure) setName('');
  };
  return (
    <form
      className={className}
      aria-label={ariaLabel}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        aria-label={label}
        placeholder={placeholder}
        value={name}
        maxLength={maxLength}
        // biome-ignore lint/a11y/noAutofocus: shown because the user just asked to add something by name.
        autoFocus={autoFocus}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className={onCancel ? undefined : 'quiet'}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      )}
      <FieldError message={error} />
    </form>
  );
}
