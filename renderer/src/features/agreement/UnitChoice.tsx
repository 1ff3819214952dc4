import type { UnitMode } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  mode: UnitMode;
  threshold: number;
  invalid: boolean;
  onMode: (mode: UnitMode) => void;
  onThreshold: (threshold: number) => void;
}

/** The unit of comparison: exact spans, or overlapping ones with the least overlap the user sets. */
export function UnitChoice({ mode, threshold, invalid, onMode, onThreshold }: Props) {
  const { t } = useT();
  return (
    <fieldset className="agreement-field">
      <legend>{t('agreement:unit')}</legend>
      {(['exact', 'overlap'] as const).map((m) => (
        <label key={m} className="agreement-option">
          <input type="radio" name="agreement-unit" checked={mode === m} onChange={() => onMode(m)} />
          <span>{t(`agreement:unit-${m}`)}</span>
        </label>
      ))}
      <label className="agreement-threshold">
        <span>{t('agreement:threshold')}</span>
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={Number.isFinite(threshold) ? threshold : ''}
          disabled={mode !== 'overlap'}
          aria-invalid={invalid || undefined}
          onChange={(e) => onThreshold(e.target.value === '' ? Number.NaN : Number(e.target.value))}
        />
      </label>
      <p className="agreement-hint">{t('agreement:thresholdHint')}</p>
    </fieldset>
  );
}
