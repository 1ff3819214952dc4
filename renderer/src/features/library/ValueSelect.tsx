import type { ValueCount } from '../../../../shared/library/corpus-values.ts';
import { noValue } from '../../../../shared/library/filter-documents.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  ariaLabel: string;
  /** The first option, value "": no condition. */
  anyLabel: string;
  /** The option for documents without a value (shown when there are some). */
  noneLabel: string;
  counts: { values: ValueCount[]; missing: number };
  value: string;
  onChange: (value: string) => void;
}

/**
 * A filter on one metadata field: each value the corpus holds, with how many
 * documents have it. The chosen value stays listed (with 0) after an edit
 * took it from every document, so the select never shows a choice it lacks.
 */
export function ValueSelect({ ariaLabel, anyLabel, noneLabel, counts, value, onChange }: Props) {
  const { t } = useT();
  const lost = value !== '' && value !== noValue && !counts.values.some((v) => v.value === value);
  return (
    <select aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{anyLabel}</option>
      {counts.values.map((v) => (
        <option key={v.value} value={v.value}>
          {t('library:valueCount', { value: v.value, count: v.count })}
        </option>
      ))}
      {lost && <option value={value}>{t('library:valueCount', { value, count: 0 })}</option>}
      {(counts.missing > 0 || value === noValue) && (
        <option value={noValue}>{t('library:valueCount', { value: noneLabel, count: counts.missing })}</option>
      )}
    </select>
  );
}
