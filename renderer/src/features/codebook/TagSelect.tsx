import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { tagOptions } from './tag-labels.ts';

interface Props {
  id?: string;
  ariaLabel?: string;
  value: string;
  onChange: (tagId: string) => void;
  /** Tags that may not be chosen (the tag itself and its sub-tags, for a move or a merge). */
  exclude?: ReadonlySet<string>;
  /** A first option with the value "" (e.g. "(top level)", "Choose a tag…"). */
  emptyOption?: string;
  disabled?: boolean;
}

/** A select of the codebook's tags in tree order, each named by its path so equal names can be told apart. */
export function TagSelect({ id, ariaLabel, value, onChange, exclude, emptyOption, disabled }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const options = useMemo(() => tagOptions(tags), [tags]);
  return (
    <select id={id} aria-label={ariaLabel} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {emptyOption !== undefined && <option value="">{emptyOption}</option>}
      {options
        .filter((o) => !exclude?.has(o.id))
        .map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
    </select>
  );
}
