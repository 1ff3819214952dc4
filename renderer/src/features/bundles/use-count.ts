import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';

/** The counted nouns of the bundle dialogs; each catalog entry has `{{n}}`, the number as the language writes it. */
export type CountKey =
  | 'bundleUi:annotationCount'
  | 'bundleUi:linkCount'
  | 'bundleUi:documentCount'
  | 'bundleUi:layerCount'
  | 'bundleUi:inLayerCount'
  | 'bundleUi:inDocumentCount'
  | 'bundleUi:coderCount'
  | 'bundleUi:tagCount'
  | 'bundleUi:actorCount'
  | 'bundleUi:linkTypeCount'
  | 'bundleUi:conceptCount'
  | 'bundleUi:tagMappingCount'
  | 'bundleUi:orphanCount';

/**
 * Counts worded with their plural (by `count`) and their number as the
 * window's language writes it ("10,000 documents", «10 000 документов»).
 */
export function useCount(): (key: CountKey, count: number) => string {
  const { t } = useT();
  const { number } = useFormat();
  return (key, count) => countOf(t, number, key, count);
}

export function countOf(t: Translate, number: (n: number) => string, key: CountKey, count: number): string {
  return t(key, { count, n: number(count) });
}
