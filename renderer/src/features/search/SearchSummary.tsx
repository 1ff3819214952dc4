import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';

/** One line on what the search found, how much is shown, and how far indexing has got. */
export function SearchSummary({ lineCount }: { lineCount: number }) {
  const search = useAppStore((s) => s.search);
  const textResult = useAppStore((s) => s.textResult);
  const annotationResult = useAppStore((s) => s.annotationResult);
  const searching = useAppStore((s) => s.searching);
  const error = useAppStore((s) => s.searchError);
  const { t } = useT();
  const { number } = useFormat();
  if (error) return <p className="search-summary error">{t('search:failed', { reason: error })}</p>;
  const parts: string[] = [];
  if (search.scope === 'texts' && textResult) {
    const lines = t('search:lineCount', { count: lineCount });
    const count = textResult.documentCount;
    parts.push(textResult.exact ? t('search:linesIn', { lines, count }) : t('search:linesInUpTo', { lines, count }));
    if (textResult.truncated) parts.push(t('search:truncated'));
    const { indexed, total } = textResult.progress;
    if (indexed < total) parts.push(t('search:indexing', { indexed: number(indexed), count: total }));
  } else if (search.scope === 'annotations' && annotationResult) {
    parts.push(t('search:annotationCount', { count: annotationResult.total }));
    if (annotationResult.truncated) parts.push(t('search:firstShown', { shown: number(lineCount) }));
  }
  if (!parts.length) return <p className="search-summary">{searching ? t('search:searching') : ''}</p>;
  return (
    <p className="search-summary" aria-live="polite">
      {parts.join(' · ')}
    </p>
  );
}
