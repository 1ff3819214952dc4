import { useId } from 'react';
import { useT } from '../../i18n/i18n.ts';
import type { LayerReplacement } from './bundle-decisions.ts';
import { useCount } from './use-count.ts';

/** The words of one layer's replacement (coder, annotations, links, documents), for the preview and the question. */
export function replaceWords(count: ReturnType<typeof useCount>, r: LayerReplacement) {
  return {
    coder: r.coderName,
    annotations: count('bundleUi:annotationCount', r.annotations),
    links: count('bundleUi:linkCount', r.links),
    documents: count('bundleUi:inDocumentCount', r.documents),
  };
}

/**
 * Layers already here that the import replaces (a newer bundle from the
 * same colleague): said before Import, which then asks (D9). Nothing is
 * shown when the import replaces nothing.
 */
export function LayerReplacements({
  replacements,
  exactly,
}: {
  replacements: LayerReplacement[];
  /** With the preview's own mapping, how much of those layers actually changes or goes (the core counted it). */
  exactly: { annotations: number; links: number } | null;
}) {
  const { t } = useT();
  const count = useCount();
  const headingId = useId();
  if (replacements.length === 0) return null;
  return (
    <section className="bundle-section bundle-replaces" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('bundleUi:layersHeading')}</h3>
      <ul>
        {replacements.map((r) => (
          <li key={r.theirId}>
            {r.annotations + r.links > 0
              ? t('bundleUi:replacesLayer', replaceWords(count, r))
              : t('bundleUi:updatesLayer', { coder: r.coderName })}
          </li>
        ))}
      </ul>
      {exactly && (
        <p>
          {t('bundleUi:replacedExactly', {
            annotations: count('bundleUi:annotationCount', exactly.annotations),
            links: count('bundleUi:linkCount', exactly.links),
          })}
        </p>
      )}
      <p className="bundle-muted">{t('bundleUi:replaceAsks')}</p>
    </section>
  );
}
