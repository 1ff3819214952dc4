import type { CurationStatus, DecisionRow } from '../../../../shared/curation/curation-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';

export interface LogFigures {
  /** Every decision of the log, replaced ones too (the log keeps the whole story). */
  decisions: number;
  /** Current decisions that differ from another current one on the same unit (two curators' copies met). */
  conflicts: number;
  /** Source records of current decisions that no longer exist, each counted once. */
  gone: number;
}

/**
 * The log's figures for the summary line. Replaced decisions no longer
 * stand, so a conflict or a gone source among them is nothing to act on:
 * only current ones are counted for those.
 */
export function logFigures(rows: readonly DecisionRow[], total: number): LogFigures {
  let conflicts = 0;
  const gone = new Set<string>();
  for (const row of rows) {
    if (row.replacedBy !== null) continue;
    if (row.conflict) conflicts++;
    for (const id of row.gone) gone.add(id);
  }
  return { decisions: Math.max(total, rows.length), conflicts, gone: gone.size };
}

export interface SummaryPart {
  key: string;
  text: string;
  /** Something the user should look at (a conflict, a gone source): shown with a sign, not by colour alone. */
  warn: boolean;
}

/**
 * The summary in words: documents by status, then the log's figures; a
 * conflict or gone-source count only when there are any (a zero there
 * would be noise), the others always (a zero there is news).
 */
export function summaryParts(
  t: Translate,
  byStatus: Record<CurationStatus, number>,
  figures: LogFigures,
): SummaryPart[] {
  const parts: SummaryPart[] = [
    { key: 'not-started', text: t('curationView:notStarted', { count: byStatus['not-started'] }), warn: false },
    { key: 'in-progress', text: t('curationView:inProgress', { count: byStatus['in-progress'] }), warn: false },
    { key: 'done', text: t('curationView:done', { count: byStatus.done }), warn: false },
    { key: 'decisions', text: t('curationView:decisions', { count: figures.decisions }), warn: false },
  ];
  if (figures.conflicts > 0) {
    parts.push({ key: 'conflicts', text: t('curationView:conflicts', { count: figures.conflicts }), warn: true });
  }
  if (figures.gone > 0)
    parts.push({ key: 'gone', text: t('curationView:goneSources', { count: figures.gone }), warn: true });
  return parts;
}
