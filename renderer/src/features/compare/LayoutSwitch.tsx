import { useT } from '../../i18n/i18n.ts';
import type { CompareLayout } from './compare-prefs.ts';

/** Side by side (a column per coder) or in one text (every coder's line under each span). */
export function LayoutSwitch({
  layout,
  onChange,
}: {
  layout: CompareLayout;
  onChange: (layout: CompareLayout) => void;
}) {
  const { t } = useT();
  const options: Array<[CompareLayout, string]> = [
    ['columns', t('compare:layoutColumns')],
    ['stacked', t('compare:layoutStacked')],
  ];
  return (
    <fieldset className="cmp-layout">
      <legend className="sr-only">{t('compare:layout')}</legend>
      {options.map(([value, label]) => (
        <label key={value} className={layout === value ? 'on' : undefined}>
          <input
            type="radio"
            name="cmp-layout"
            value={value}
            checked={layout === value}
            onChange={() => onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
