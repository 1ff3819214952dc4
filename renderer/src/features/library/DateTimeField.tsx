import { useId, useState } from 'react';
import { dateKey } from '../../../../shared/library/document-date.ts';

interface Props {
  label: string;
  /** The date as stored: "2023-09-08", "2023-09-08T12:51", or whatever the user once wrote. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** What the date and time pickers can show and give back. */
const PICKABLE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/;

/**
 * A document's date: a date picker and an optional time. A date the pickers
 * cannot show ("08.09.2023", "сентябрь 2023") is edited as text instead, so
 * nothing the user wrote is lost by opening the dialog; a hint says when the
 * Library cannot read it for filtering and sorting.
 */
export function DateTimeField({ label, value, onChange, placeholder }: Props) {
  // Decided once, when the dialog opens: switching while the user types would move the focus.
  const [asText] = useState(() => value !== '' && !PICKABLE.test(value));
  const hintId = useId();

  if (asText) {
    const unreadable = value.trim() !== '' && dateKey(value) === null;
    return (
      <div className="meta-field date-field">
        <label>
          {label}
          <input
            name="date"
            value={value}
            placeholder={placeholder}
            aria-describedby={unreadable ? hintId : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
        {/* Outside the label, so it is read as a description, not as part of the field's name. */}
        {unreadable && (
          <span id={hintId} className="field-hint">
            Not a date the Library can read: date filters and sorting leave this document out. Write it as 2023-09-08 or
            2023-09-08T12:51.
          </span>
        )}
      </div>
    );
  }

  const [, date = '', time = ''] = PICKABLE.exec(value) ?? [];
  const compose = (d: string, t: string) => (d ? (t ? `${d}T${t}` : d) : '');
  return (
    <fieldset className="meta-field date-field">
      <legend>{label}</legend>
      <span className="date-inputs">
        <input
          type="date"
          aria-label="Date"
          max="9999-12-31"
          value={date}
          onChange={(e) => onChange(compose(e.target.value, time))}
        />
        <input
          type="time"
          aria-label="Time (optional)"
          value={time}
          disabled={!date}
          onChange={(e) => onChange(compose(date, e.target.value))}
        />
      </span>
    </fieldset>
  );
}
