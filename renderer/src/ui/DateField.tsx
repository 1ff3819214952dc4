import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Message } from '../../../shared/i18n/message.ts';
import { formatDate } from '../../../shared/library/format-date.ts';
import { wordDateProblem } from '../../../shared/library/parse-date-input.ts';
import { useT } from '../i18n/i18n.ts';
import { commitDateText, dateFormsHint, unreadableStoredNote } from './date-field-logic.ts';
import './date-field.css';

interface Props {
  /**
   * The date as stored: "2023", "2023-09", "2023-09-08", "2023-09-08T12:51",
   * "" for none, or whatever a document's metadata once held.
   */
  value: string;
  /**
   * Called when the field is left (or Enter pressed) with a changed date that
   * reads: the partial ISO form, or "" when it was emptied. Never called for
   * text it cannot read.
   */
  onChange: (value: string) => void;
  /** A visible label above the field; else give `ariaLabel`, or point a <label htmlFor> at `id`. */
  label?: string;
  ariaLabel?: string;
  id?: string;
  name?: string;
  /** Whether a time may follow the day (document dates). False for dates only (statements, affiliations). */
  time?: boolean;
  placeholder?: string;
  /** On the wrapper (e.g. the dialog's "meta-field"). */
  className?: string;
  inputClassName?: string;
  /** A field in a toolbar or a table row: a narrow input, with its message floating below it. */
  compact?: boolean;
  /** Told whether the field holds text it cannot read (the reason, worded), so a form can refuse to submit meanwhile. */
  onError?: (error: string | null) => void;
}

/**
 * The one way to enter a date: a text field that takes a date as a
 * researcher writes it (2023, 09.2023, 08.09.2023, 8.9.2023, 2023-09-08,
 * and where allowed a time: 08.09.2023 12:51), stores it in the partial
 * ISO form the data holds, and shows the stored value day first when not
 * being edited. What it cannot read stays in the field with the reason
 * beside it, and nothing is saved; Escape puts the stored value back.
 */
export function DateField({
  value,
  onChange,
  label,
  ariaLabel,
  id,
  name,
  time = true,
  placeholder,
  className,
  inputClassName,
  compact = false,
  onError,
}: Props) {
  const { t } = useT();
  const ownId = useId();
  const inputId = id ?? ownId;
  const messageId = `${inputId}-message`;
  // What the user typed, until it is saved or dropped; null shows the stored value.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const focused = useRef(false);
  const options = { time };

  const report = (next: Message | null) => {
    setError(next);
    if (JSON.stringify(next) !== JSON.stringify(error)) onError?.(next && wordDateProblem(t, next));
  };

  // A value changed elsewhere (Clear filters, undo) replaces text left unread, unless the user is typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored value resets the field.
  useEffect(() => {
    if (focused.current) return;
    setDraft(null);
    report(null);
  }, [value]);

  /** Saves what was typed when it reads; false when it cannot be read. */
  const commit = (): boolean => {
    if (draft === null) return true;
    const result = commitDateText(draft, value, options);
    if (result.kind === 'invalid') {
      report(result.error);
      return false;
    }
    report(null);
    if (result.kind === 'keep') {
      setDraft(null);
    } else {
      // Shown as it will be stored until the new value comes back (a save may take a moment).
      setDraft(formatDate(result.value));
      onChange(result.value);
    }
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // An unreadable date keeps its form from being submitted.
      if (!commit()) e.preventDefault();
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      // Only undoes the typing: the dialog around stays open.
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      report(null);
    }
  };

  const note = draft === null && !error ? unreadableStoredNote(value) : null;
  const message = error ? wordDateProblem(t, error) : note && t(note);
  const classes = ['date-entry', compact ? 'compact' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <span className={classes}>
      {label && (
        <label htmlFor={inputId} className="date-entry-label">
          {label}
        </label>
      )}
      <input
        id={inputId}
        name={name}
        className={['date-entry-input', inputClassName ?? ''].filter(Boolean).join(' ')}
        aria-label={label ? undefined : ariaLabel}
        value={draft ?? formatDate(value)}
        placeholder={placeholder ?? t('common:dateExample')}
        title={t(dateFormsHint(options))}
        size={compact ? 14 : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          // Once refused, the reason follows the typing and goes when the date reads.
          if (error !== null) {
            const result = commitDateText(text, value, options);
            report(result.kind === 'invalid' ? result.error : null);
          }
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onKeyDown={onKeyDown}
      />
      {message && (
        <span
          id={messageId}
          className={error ? 'date-entry-message form-error' : 'date-entry-message field-hint'}
          role={error ? 'alert' : undefined}
        >
          {message}
        </span>
      )}
    </span>
  );
}
