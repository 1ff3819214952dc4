import { reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { useT } from '../../i18n/i18n.ts';
import { reservedPurpose } from './shortcut-words.ts';

/**
 * The keys the Reader keeps for its commands, shown beside the shortcut
 * field so a coder choosing a shortcut sees which keys are not free.
 */
export function ReservedKeysLegend() {
  const { t } = useT();
  return (
    <section className="reserved-keys" aria-labelledby="reserved-keys-title">
      <h3 id="reserved-keys-title">{t('codebook:reservedTitle')}</h3>
      <dl>
        {Object.keys(reservedKeys).map((key) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{reservedPurpose(t, key)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
