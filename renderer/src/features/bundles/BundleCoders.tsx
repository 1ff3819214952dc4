import { useId } from 'react';
import type { BundleDecisions, BundlePreview, PreviewCoder } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useCount } from './use-count.ts';

interface Props {
  preview: BundlePreview;
  coders: BundleDecisions['coders'];
  onChange: (theirId: string, target: string) => void;
  disabled: boolean;
}

/**
 * The bundle's layers and where each goes: a new layer (the default: a
 * colleague is never merged into anyone silently) or a coder of this
 * project. Never me: my own work coming back is compared and ignored.
 */
export function BundleCoders({ preview, coders, onChange, disabled }: Props) {
  const { t } = useT();
  const headingId = useId();
  return (
    <section className="bundle-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('bundleUi:codersHeading')}</h3>
      {preview.coders.length === 0 ? (
        <p className="bundle-muted">{t('bundleUi:noLayers')}</p>
      ) : (
        <table className="bundle-coders">
          <colgroup>
            <col className="bundle-col-layer" />
            <col className="bundle-col-holds" />
            <col className="bundle-col-target" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('bundleUi:columnLayer')}</th>
              <th scope="col">{t('bundleUi:columnHolds')}</th>
              <th scope="col">{t('bundleUi:columnGoesTo')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.coders.map((c) => (
              <CoderRow
                key={c.coder.id}
                coder={c}
                target={coders[c.coder.id] ?? c.defaultTarget}
                taken={takenBy(coders, c.coder.id)}
                onChange={(target) => onChange(c.coder.id, target)}
                disabled={disabled}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Our coders another bundle layer already goes to: two layers never land on one coder. */
function takenBy(coders: BundleDecisions['coders'], except: string): ReadonlySet<string> {
  return new Set(
    Object.entries(coders)
      .filter(([theirId, target]) => theirId !== except && target !== 'new')
      .map(([, target]) => target),
  );
}

function CoderRow({
  coder,
  target,
  taken,
  onChange,
  disabled,
}: {
  coder: PreviewCoder;
  target: string;
  taken: ReadonlySet<string>;
  onChange: (target: string) => void;
  disabled: boolean;
}) {
  const { t } = useT();
  const count = useCount();
  const { number } = useFormat();
  const selectId = useId();
  // The coder of ours it goes to, when that replaces part of their layer (said under the choice).
  const replacing = coder.targets.find((x) => x.coderId === target && x.replaces);
  const marked = (label: string, value: string) =>
    value === coder.defaultTarget ? t('bundleUi:defaultOption', { label }) : label;
  return (
    <tr className={coder.isMe ? 'mine' : undefined}>
      <th scope="row">
        <label htmlFor={coder.isMe || coder.curated ? undefined : selectId} className="bundle-coder-name">
          {coder.isMe
            ? t('bundleUi:meName', { name: coder.coder.name })
            : coder.curated
              ? t('curation:layerName')
              : coder.coder.name}
        </label>
      </th>
      <td className="bundle-muted">
        {t('bundleUi:layerHolds', {
          annotations: count('bundleUi:annotationCount', coder.annotations),
          links: count('bundleUi:linkCount', coder.links),
          documents: count('bundleUi:inDocumentCount', coder.documents),
        })}
      </td>
      <td>
        {coder.curated ? (
          <span className="bundle-curated" data-testid="bundle-curated-layer">
            {t('curationBundles:curatedLayer')}
          </span>
        ) : coder.isMe ? (
          <span className="bundle-mine">
            {t('bundleUi:mineIgnored')}{' '}
            <span className="bundle-muted">
              {coder.mineDiffers
                ? t('bundleUi:mineDiffers', { count: coder.mineDiffers, n: number(coder.mineDiffers) })
                : t('bundleUi:mineSame')}
            </span>
          </span>
        ) : (
          <>
            <select id={selectId} value={target} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
              <option value="new">{marked(t('bundleUi:newLayer'), 'new')}</option>
              {coder.targets.map((x) => (
                <option key={x.coderId} value={x.coderId} disabled={taken.has(x.coderId)}>
                  {marked(x.name, x.coderId)}
                </option>
              ))}
            </select>
            {replacing && (
              <span className="bundle-warning">
                {t('bundleUi:targetReplaces', {
                  annotations: count('bundleUi:annotationCount', replacing.annotations),
                })}
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
