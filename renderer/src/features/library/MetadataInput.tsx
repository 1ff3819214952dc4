import { useId } from 'react';
import { DateTimeField } from './DateTimeField.tsx';
import type { MetadataKey } from './metadata-fields.ts';

interface Props {
  field: MetadataKey;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Values the corpus already has, offered while typing. */
  suggestions?: readonly string[];
}

/** One detail of a document with its label: pickers for the date, a text field (with suggestions) for the rest. */
export function MetadataInput({ field, label, placeholder, value, onChange, suggestions }: Props) {
  const listId = useId();
  if (field === 'date')
    return <DateTimeField label={label} value={value} onChange={onChange} placeholder={placeholder} />;
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
