import type { DocumentScope } from './agreement-form.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';

interface Props {
  scope: DocumentScope;
  /** How many documents each scope holds now. */
  counts: Record<DocumentScope, number>;
  filterActive: boolean;
  onChange: (scope: DocumentScope) => void;
}

const scopes: readonly DocumentScope[] = ['all', 'filter', 'ticked'];

/** Which documents: all, those the Library's filter shows, or those ticked there (each with its count). */
export function DocumentChoice({ scope, counts, filterActive, onChange }: Props) {
  const { t } = useT();
  const { number } = useFormat();
  return (
    <fieldset className="agreement-field">
      <legend>{t('agreement:documents')}</legend>
      {scopes.map((s) => (
        <label key={s} className="agreement-option">
          <input
            type="radio"
            name="agreement-scope"
            checked={scope === s}
            disabled={s === 'ticked' && counts.ticked === 0 && scope !== 'ticked'}
            onChange={() => onChange(s)}
          />
          <span>
            {t(`agreement:scope-${s}`)}{' '}
            <span className="agreement-count">
              {s === 'filter' && !filterActive
                ? `(${t('agreement:noFilter')})`
                : `(${t('agreement:documentCount', { count: counts[s], n: number(counts[s]) })})`}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
