import { useId } from 'react';
import { DateField } from '../../ui/DateField.tsx';
import type { MetadataKey } from './metadata-fields.ts';

interface Props {
  field: MetadataKey;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Values the corpus already has, offered while typing. */
  suggestions?: readonly string[];
  /** For the date: told while it holds text it cannot read, so the dialog does not save meanwhile. */
  onError?: (error: string | null) => void;
}

/** One detail of a document with its label: the date field for the date, a text field (with suggestions) for the rest. */
export function MetadataInput({ field, label, placeholder, value, onChange, suggestions, onError }: Props) {
  const listId = useId();
  if (field === 'date')
    return (
      <DateField
        name="date"
        className="meta-field"
        label={label}
        value={value}
        placeholder={placeholder}
        onChange={onChange}
        onError={onError}
      />
    );
  return (
    <label className="meta-field">
      {label}
      <input
        name={field}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        inputMode={field === 'url' ? 'url' : undefined}
        list={suggestions?.length ? listId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {suggestions && suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </label>
  );
}
