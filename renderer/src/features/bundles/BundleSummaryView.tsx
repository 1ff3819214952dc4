import type { BundleImportSummary, BundlePreview } from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useCount } from './use-count.ts';
import { curationLines } from './BundleCuration.tsx';

/**
 * The end of a bundle import, as the file import's summary: what was
 * added, what replaced part of a layer, what was kept as an orphan or left
 * out, and that one Undo takes it all back.
 */
export function BundleSummaryView({ preview, summary }: { preview: BundlePreview; summary: BundleImportSummary }) {
  const { t } = useT();
  const count = useCount();
  const { number } = useFormat();
  const added = [
    count('bundleUi:documentCount', summary.documents),
    count('bundleUi:annotationCount', summary.annotations),
    count('bundleUi:linkCount', summary.links),
  ];
  if (summary.coders > 0) added.push(count('bundleUi:layerCount', summary.coders));
  const records = [
    summary.records.tags > 0 && count('bundleUi:tagCount', summary.records.tags),
    summary.records.actors > 0 && count('bundleUi:actorCount', summary.records.actors),
    summary.records.linkTypes > 0 && count('bundleUi:linkTypeCount', summary.records.linkTypes),
    summary.records.concepts > 0 && count('bundleUi:conceptCount', summary.records.concepts),
    summary.tagMappings > 0 && count('bundleUi:tagMappingCount', summary.tagMappings),
  ].filter((c): c is string => typeof c === 'string');
  const notes = [
    summary.replacedAnnotations + summary.removedAnnotations > 0 &&
      t('bundleUi:summaryReplaced', {
        changed: count('bundleUi:annotationCount', summary.replacedAnnotations),
        removed: count('bundleUi:annotationCount', summary.removedAnnotations),
      }),
    summary.removedLinks > 0 &&
      t('bundleUi:summaryRemovedLinks', { links: count('bundleUi:linkCount', summary.removedLinks) }),
    records.length > 0 && t('bundleUi:summaryRecords', { records: records.join(t('bundleUi:listSeparator')) }),
    summary.updatedRecords > 0 &&
      t('bundleUi:summaryUpdated', { count: summary.updatedRecords, n: number(summary.updatedRecords) }),
    summary.orphans > 0 &&
      t('bundleUi:summaryOrphans', { annotations: count('bundleUi:annotationCount', summary.orphans) }),
    summary.unplacedLinks > 0 &&
      t('bundleUi:summaryUnplaced', { links: count('bundleUi:linkCount', summary.unplacedLinks) }),
    summary.curationDecisions + summary.curationStatuses + summary.quickReasons > 0 &&
      curationLines(
        {
          decisions: summary.curationDecisions,
          sameDecisions: 0,
          conflicts: summary.curationConflicts,
          replacesYours: 0,
          sameAsYours: 0,
          statuses: { new: summary.curationStatuses, same: 0, keptYours: 0 },
          quickReasons: { new: summary.quickReasons, same: 0 },
        },
        t,
        number,
      ).join(t('bundleUi:listSeparator')),
    summary.ignoredMine > 0 &&
      t('bundleUi:summaryIgnoredMine', { annotations: count('bundleUi:annotationCount', summary.ignoredMine) }),
  ].filter((c): c is string => typeof c === 'string');
  return (
    <div className="bundle-summary" role="status">
      <p className="bundle-summary-line">
        {t('bundleUi:summaryLine', {
          coder: preview.origin.exportedBy.name,
          added: added.join(t('bundleUi:listSeparator')),
        })}
      </p>
      {notes.length > 0 && (
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="bundle-muted">{t('bundleUi:summaryUndo')}</p>
    </div>
  );
}
