import type { ExchangeExportCounts } from '../../../../shared/formats/exchange/exchange-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { wordMessage } from '../../../../shared/i18n/word.ts';
import type { SavedFile } from '../../../../shared/ipc/file-ticket.ts';
import { formatNumber } from '../../../../shared/library/format-date.ts';
import { countOf } from '../bundles/use-count.ts';

/**
 * What an export in another tool's format wrote, for its notice: the file
 * and what it holds, then each thing the format could not hold, said (never
 * dropped silently).
 */
export function exchangeNotice(t: Translate, language: Language, written: ExchangeExportCounts & SavedFile): string {
  const count = (key: Parameters<typeof countOf>[2], n: number) => countOf(t, (x) => formatNumber(x, language), key, n);
  const saved = t('exchange:ui-exported', {
    file: written.name,
    documents: count('bundleUi:documentCount', written.documents),
    annotations: count('bundleUi:annotationCount', written.annotations),
    links: count('bundleUi:linkCount', written.links),
  });
  return [saved, ...written.leftOut.map((l) => wordMessage(t, l.reason))].join(' ');
}
