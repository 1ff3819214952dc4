import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { SyncReport } from '../../../../shared/ipc/results.ts';

/**
 * The notice after a sync, from the report's figures: what came in (files, new documents), what now waits
 * (conflicts), and what was lost to undo (steps over files a colleague changed). One sentence per fact.
 */
export function syncReportWords(
  report: Pick<SyncReport, 'written' | 'documentsAdded' | 'conflicts' | 'forgottenUndoSteps' | 'pushed'>,
  t: Translate,
): string {
  const parts: string[] = [];
  if (report.written > 0) parts.push(t('sync:report-brought', { count: report.written }));
  else parts.push(t(report.pushed ? 'sync:report-pushed' : 'sync:report-nothing'));
  if (report.documentsAdded > 0) parts.push(t('sync:report-documents', { count: report.documentsAdded }));
  if (report.conflicts > 0) parts.push(t('sync:report-conflicts', { count: report.conflicts }));
  if (report.forgottenUndoSteps > 0) parts.push(t('sync:report-forgotten', { count: report.forgottenUndoSteps }));
  return parts.join(' ');
}
