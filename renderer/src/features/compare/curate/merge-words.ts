import type { MergeSummary } from '../../../../../shared/curation/curation-types.ts';
import type { Translate } from '../../../../../shared/i18n/i18n.ts';

/** What a merge did, in words: "12 units copied, 3 already decided, 9 left to decide (in 1 document)." */
export function mergeWords(summary: MergeSummary, t: Translate, number: (n: number) => string): string {
  const part = (key: 'summaryAdded' | 'summaryAlready' | 'summaryLeft' | 'summaryDocuments', count: number) =>
    t(`compareCurate:${key}`, { count, n: number(count) });
  const left = part('summaryLeft', summary.undecided);
  return `${part('summaryAdded', summary.added)}, ${part('summaryAlready', summary.alreadyDecided)}, ${left} (${part('summaryDocuments', summary.documents)}).`;
}
