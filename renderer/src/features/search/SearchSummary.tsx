import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';

/** One line on what the search found, how much is shown, and how far indexing has got. */
export function SearchSummary({ lineCount }: { lineCount: number }) {
  const search = useAppStore((s) => s.search);
  const textResult = useAppStore((s) => s.textResult);
  const annotationResult = useAppStore((s) => s.annotationResult);
  const searching = useAppStore((s) => s.searching);
  const error = useAppStore((s) => s.searchError);
  if (error) return <p className="search-summary error">The search failed: {error}</p>;
  const parts: string[] = [];
  if (search.scope === 'texts' && textResult) {
    const docs = countOf(textResult.documentCount, 'document');
    parts.push(`${countOf(lineCount, 'line')} in ${textResult.exact ? '' : 'up to '}${docs}`);
    if (textResult.truncated) parts.push('only the first lines are shown: add a word to narrow the search');
    const { indexed, total } = textResult.progress;
    if (indexed < total)
      parts.push(`indexing: ${indexed.toLocaleString('en')} of ${countOf(total, 'document')} so far`);
  } else if (search.scope === 'annotations' && annotationResult) {
    parts.push(countOf(annotationResult.total, 'annotation'));
    if (annotationResult.truncated) parts.push(`the first ${lineCount.toLocaleString('en')} are shown`);
  }
  if (!parts.length) return <p className="search-summary">{searching ? 'Searching…' : ''}</p>;
  return (
    <p className="search-summary" aria-live="polite">
      {parts.join(' · ')}
    </p>
  );
}
