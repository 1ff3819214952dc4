import { useId } from 'react';
import type { BundlePreview, PreviewDocument } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { useCount } from './use-count.ts';

/** Lists longer than this show their first rows and say how many more there are. */
const SHOWN = 200;

/**
 * The bundle's documents: new here, already here (same id or same text),
 * or here with another text (their annotations re-anchored onto ours by
 * their quotes) — each group a list to open — and the annotations that
 * could not be placed, kept as orphans and listed.
 */
export function BundleDocuments({ preview }: { preview: BundlePreview }) {
  const { t } = useT();
  const count = useCount();
  const headingId = useId();
  const groups: Array<{
    key: string;
    label: 'bundleUi:documentsNew' | 'bundleUi:documentsSame' | 'bundleUi:documentsDifferent';
    documents: PreviewDocument[];
  }> = [
    { key: 'new', label: 'bundleUi:documentsNew', documents: preview.documents.filter((d) => d.status === 'new') },
    { key: 'same', label: 'bundleUi:documentsSame', documents: preview.documents.filter((d) => d.status === 'same') },
    {
      key: 'different-text',
      label: 'bundleUi:documentsDifferent',
      documents: preview.documents.filter((d) => d.status === 'different-text'),
    },
  ];
  const coderName = (id: string) => preview.coders.find((c) => c.coder.id === id)?.coder.name ?? id;
  return (
    <section className="bundle-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('bundleUi:documentsHeading', { documents: count('bundleUi:documentCount', preview.documents.length) })}
      </h3>
      {groups
        .filter((g) => g.documents.length > 0)
        .map((g) => (
          <details key={g.key} className="bundle-group">
            <summary>
              {t(g.label, {
                documents: count('bundleUi:documentCount', g.documents.length),
              })}
            </summary>
            <ul className="bundle-list">
              {g.documents.slice(0, SHOWN).map((d) => (
                <li key={d.theirId}>
                  <span className="bundle-title">{d.title}</span>{' '}
                  <span className="bundle-muted">{documentNote(t, count, d)}</span>
                </li>
              ))}
              {g.documents.length > SHOWN && (
                <li className="bundle-muted">
                  {t('bundleUi:andMore', { more: count('bundleUi:documentCount', g.documents.length - SHOWN) })}
                </li>
              )}
            </ul>
          </details>
        ))}
      {preview.orphans.length > 0 && (
        <details className="bundle-group bundle-orphans" open>
          <summary>
            {t('bundleUi:orphansSummary', { annotations: count('bundleUi:annotationCount', preview.orphans.length) })}
          </summary>
          <p className="bundle-muted">{t('bundleUi:orphansExplained')}</p>
          <table className="bundle-orphan-table">
            <thead>
              <tr>
                <th scope="col">{t('bundleUi:columnQuote')}</th>
                <th scope="col">{t('bundleUi:columnCoder')}</th>
                <th scope="col">{t('bundleUi:columnDocument')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.orphans.slice(0, SHOWN).map((o) => (
                <tr key={o.annotationId}>
                  <td>
                    <q>{o.quote}</q>
                  </td>
                  <td>{coderName(o.coderId)}</td>
                  <td>{o.documentTitle}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.orphans.length > SHOWN && (
            <p className="bundle-muted">
              {t('bundleUi:andMore', { more: count('bundleUi:annotationCount', preview.orphans.length - SHOWN) })}
            </p>
          )}
        </details>
      )}
    </section>
  );
}

/** What a document of the bundle brings: how it matched ours, and its annotations re-anchored or orphaned. */
function documentNote(t: ReturnType<typeof useT>['t'], count: ReturnType<typeof useCount>, d: PreviewDocument): string {
  const annotations = Object.values(d.annotations).reduce((a, b) => a + b, 0);
  const parts = [count('bundleUi:annotationCount', annotations)];
  if (d.matchedBy === 'source-hash') parts.push(t('bundleUi:matchedBySource'));
  if (d.status === 'different-text') {
    parts.push(
      t('bundleUi:reanchored', {
        placed: count('bundleUi:annotationCount', d.reanchored),
        orphans: count('bundleUi:orphanCount', d.orphaned),
      }),
    );
  }
  return parts.join(t('bundleUi:separator'));
}
