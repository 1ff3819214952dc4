import { reservedKeys } from '../../../../shared/codebook/shortcuts.ts';

/**
 * The keys the Reader keeps for its commands, shown beside the shortcut
 * field so a coder choosing a shortcut sees which keys are not free.
 */
export function ReservedKeysLegend() {
  return (
    <section className="reserved-keys" aria-labelledby="reserved-keys-title">
      <h3 id="reserved-keys-title">Keys the Reader keeps for itself</h3>
      <dl>
        {Object.entries(reservedKeys).map(([key, purpose]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{purpose}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
