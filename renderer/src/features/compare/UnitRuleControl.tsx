import { useEffect, useId, useState } from 'react';
import type { UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  rule: UnitRule;
  onChange: (rule: UnitRule) => void;
}

/** How units are formed: the same span, or overlapping spans with at least this overlap (0 to 1). */
export function UnitRuleControl({ rule, onChange }: Props) {
  const { t } = useT();
  const thresholdId = useId();
  // What is typed, kept apart from the rule: "0." or "" on the way to "0.5" is not yet a threshold.
  const [typed, setTyped] = useState(String(rule.threshold));
  useEffect(
    () => setTyped((was) => (Number(was) === rule.threshold && was !== '' ? was : String(rule.threshold))),
    [rule.threshold],
  );
  return (
    <div className="cmp-rule">
      <label>
        {t('compare:unitRule')}{' '}
        <select
          value={rule.mode}
          onChange={(e) => onChange({ ...rule, mode: e.target.value === 'exact' ? 'exact' : 'overlap' })}
        >
          <option value="exact">{t('compare:ruleExact')}</option>
          <option value="overlap">{t('compare:ruleOverlap')}</option>
        </select>
      </label>
      {rule.mode === 'overlap' && (
        <label htmlFor={thresholdId} title={t('compare:thresholdHint')}>
          {t('compare:threshold')}{' '}
          <input
            id={thresholdId}
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              const value = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(value) && value >= 0 && value <= 1) {
                onChange({ ...rule, threshold: value });
              }
            }}
          />
        </label>
      )}
    </div>
  );
}
