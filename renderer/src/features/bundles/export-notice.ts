import type { BundleExportSummary } from '../../../../shared/formats/bundle/bundle-export-summary.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { formatNumber } from '../../../../shared/library/format-date.ts';
import { formatBytes } from '../backups/backup-words.ts';
import { countOf } from './use-count.ts';

/**
 * What an export wrote, for its notice: the file, its size and what it
 * holds; links left out (an end outside the bundle) are said, never hidden.
 */
export function exportNotice(t: Translate, language: Language, summary: BundleExportSummary): string {
  const count = (key: Parameters<typeof countOf>[2], n: number) => countOf(t, (x) => formatNumber(x, language), key, n);
  const layers = Object.keys(summary.annotations).length;
  const annotations = Object.values(summary.annotations).reduce((a, b) => a + b, 0);
  const saved = t('bundleUi:exported', {
    file: summary.name,
    size: formatBytes(t, language, summary.bytes),
    documents: count('bundleUi:documentCount', summary.documents),
    annotations: count('bundleUi:annotationCount', annotations),
    layers: count('bundleUi:inLayerCount', layers),
    links: count('bundleUi:linkCount', summary.links),
  });
  return summary.linksLeftOut > 0
    ? `${saved} ${t('bundleUi:linksLeftOut', { links: count('bundleUi:linkCount', summary.linksLeftOut) })}`
    : saved;
}
