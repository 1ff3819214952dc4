import type { BundleImportSummary, BundlePreview, PreviewRecord } from '../../shared/bundles/bundle-preview.ts';
import type { Translate } from '../../shared/i18n/i18n.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { formatDate } from '../../shared/library/format-date.ts';

/** The import preview as `import --dry-run` prints it: what the bundle holds and what importing would do. */
export function describePreview(t: Translate, preview: BundlePreview, language: Language): string {
  const { origin, counts } = preview;
  const lines = [
    t('cli:previewHeader', {
      project: origin.project.name,
      coder: origin.exportedBy.name,
      created: formatDate(origin.created, { language, time: true }),
      app: origin.appVersion,
      format: origin.formatVersion,
    }),
    t('cli:previewLayersHeading'),
  ];
  for (const layer of preview.coders) {
    const annotations = t('cli:annotationCount', { count: layer.annotations });
    if (layer.isMe) {
      lines.push(t('cli:previewLayerMine', { name: layer.coder.name, differs: layer.mineDiffers ?? 0 }));
      continue;
    }
    const target = layer.targets.find((c) => c.coderId === layer.defaultTarget);
    if (layer.defaultTarget === 'new' || !target) {
      lines.push(t('cli:previewLayerNew', { name: layer.coder.name, annotations }));
    } else {
      lines.push(
        t(target.replaces ? 'cli:previewLayerReplacing' : 'cli:previewLayerOnto', {
          name: layer.coder.name,
          annotations,
          target: target.name,
          theirs: t('cli:annotationCount', { count: target.annotations }),
        }),
      );
    }
  }
  const status = (s: string) => preview.documents.filter((d) => d.status === s).length;
  lines.push(
    t('cli:previewDocuments', { new: status('new'), same: status('same'), different: status('different-text') }),
  );
  for (const record of preview.records) lines.push(describeRecord(t, record));
  lines.push(t('cli:previewLinks', { new: preview.links.new, unplaced: preview.links.unplaced.length }));
  if (preview.orphans.length) {
    lines.push(t('cli:previewOrphansHeading', { count: preview.orphans.length }));
    for (const orphan of preview.orphans) {
      lines.push(t('cli:previewOrphan', { quote: orphan.quote, document: orphan.documentTitle }));
    }
  }
  if (preview.nothingNew) lines.push(t('cli:previewNothingNew'));
  else {
    lines.push(
      t('cli:previewWouldAdd', {
        documents: t('cli:documentCount', { count: counts.added.documents }),
        annotations: t('cli:annotationCount', { count: counts.added.annotations }),
        links: t('cli:linkCount', { count: counts.added.links }),
      }),
    );
    if (counts.replaced.annotations || counts.replaced.links) {
      lines.push(
        t('cli:previewWouldReplace', { annotations: counts.replaced.annotations, links: counts.replaced.links }),
      );
    }
  }
  return lines.join('\n');
}

function describeRecord(t: Translate, record: PreviewRecord): string {
  const kind = t(`cli:recordKind-${record.kind}`);
  if (record.status === 'new') return t('cli:previewRecordNew', { kind, name: record.name });
  const choice = record.defaultChoice ? t(`cli:choice-${record.defaultChoice}`) : '';
  if (record.status === 'same-name') return t('cli:previewRecordSameName', { kind, name: record.name, choice });
  return t('cli:previewRecordDiffers', { kind, name: record.name, fields: record.fields.join(', '), choice });
}

/** What `import` prints once the bundle is in. */
export function describeSummary(t: Translate, summary: BundleImportSummary): string {
  return t('cli:imported', {
    documents: t('cli:documentCount', { count: summary.documents }),
    annotations: t('cli:annotationCount', { count: summary.annotations }),
    links: t('cli:linkCount', { count: summary.links }),
    coders: summary.coders,
    replaced: summary.replacedAnnotations + summary.removedAnnotations,
    orphans: summary.orphans,
    unplaced: summary.unplacedLinks,
    mine: summary.ignoredMine,
  });
}
