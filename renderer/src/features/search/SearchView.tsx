import { useEffect, useMemo } from 'react';
import { sortKwic } from '../../../../shared/search/kwic.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { SearchScope } from '../../store/search-slice.ts';
import { TagSelect } from '../codebook/TagSelect.tsx';
import { ResultLayerNotice } from '../../ui/ResultLayerNotice.tsx';
import { ConcordanceTable, type ConcordanceLine } from './ConcordanceTable.tsx';
import { SearchSummary } from './SearchSummary.tsx';
import './search.css';

/** How long typing pauses before the search runs. */
const DEBOUNCE_MS = 200;

/**
 * Corpus search: a concordance of the texts (words in any grammatical
 * form, "phrases" in order), or the annotations by quoted text, memo, tag
 * and actor. Lines sort by their left or right context; a click opens the
 * document at the line.
 */
export function SearchView() {
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const runSearch = useAppStore((s) => s.runSearch);
  const textResult = useAppStore((s) => s.textResult);
  const annotationResult = useAppStore((s) => s.annotationResult);
  const actors = useAppStore((s) => s.actors);
  const loadActors = useAppStore((s) => s.loadActors);
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();

  useEffect(() => {
    void loadActors();
  }, [loadActors]);

  // Runs as the user types (debounced), and again when scope or filters change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields are what trigger a search
  useEffect(() => {
    const timer = setTimeout(() => void runSearch(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search.query, search.scope, search.tagId, search.actorId, runSearch]);

  // While the index is still being built, look again each second.
  const indexing = textResult && textResult.progress.indexed < textResult.progress.total;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new result schedules the next look
  useEffect(() => {
    if (!indexing || search.scope !== 'texts') return;
    const timer = setTimeout(() => void runSearch(), 1_000);
    return () => clearTimeout(timer);
  }, [indexing, textResult, search.scope, runSearch]);

  const lines = useMemo<ConcordanceLine[]>(() => {
    if (search.scope === 'texts') {
      return (textResult?.lines ?? []).map((l) => ({
        key: `${l.documentId}:${l.start}`,
        documentTitle: l.documentTitle,
        left: l.left,
        match: l.match,
        right: l.right,
        open: () => navigate({ view: 'reader', documentId: l.documentId, match: { start: l.start, end: l.end } }),
      }));
    }
    return (annotationResult?.rows ?? []).map(({ annotation: a, documentTitle }) => ({
      key: a.id,
      documentTitle,
      left: a.quote.prefix,
      match: a.quote.exact,
      right: a.quote.suffix,
      tagId: a.tagId,
      note: a.note,
      open: () => navigate({ view: 'reader', documentId: a.documentId, annotationId: a.id }),
    }));
  }, [search.scope, textResult, annotationResult, navigate]);
  const sorted = useMemo(() => sortKwic(lines, search.order), [lines, search.order]);

  const scopeTab = (scope: SearchScope, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={search.scope === scope}
      className={search.scope === scope ? 'scope-tab active' : 'scope-tab'}
      onClick={() => setSearch({ scope })}
    >
      {label}
    </button>
  );

  return (
    <div className="search-view">
      <header className="search-header">
        <h1>{t('search:title')}</h1>
        <div role="tablist" aria-label={t('search:whatToSearch')} className="scope-tabs">
          {scopeTab('texts', t('search:texts'))}
          {scopeTab('annotations', t('search:annotations'))}
        </div>
      </header>
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void runSearch();
        }}
      >
        <input
          type="search"
          aria-label={t('search:query')}
          placeholder={search.scope === 'texts' ? t('search:textsPlaceholder') : t('search:annotationsPlaceholder')}
          value={search.query}
          // biome-ignore lint/a11y/noAutofocus: the view exists to type a query
          autoFocus
          onChange={(e) => setSearch({ query: e.target.value })}
        />
        {search.scope === 'annotations' && (
          <>
            <TagSelect
              ariaLabel={t('search:onlyTag')}
              value={search.tagId}
              emptyOption={t('search:anyTag')}
              onChange={(tagId) => setSearch({ tagId })}
            />
            <select
              aria-label={t('search:onlyActor')}
              value={search.actorId}
              onChange={(e) => setSearch({ actorId: e.target.value })}
            >
              <option value="">{t('search:anyActor')}</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </>
        )}
      </form>
      {/* Texts have no layers: the notice is the annotations' alone. */}
      {search.scope === 'annotations' && <ResultLayerNotice onLayerChange={() => void runSearch()} />}
      <p className="search-hint">{search.scope === 'texts' ? t('search:textsHint') : t('search:annotationsHint')}</p>
      <SearchSummary lineCount={sorted.length} />
      {sorted.length > 0 && (
        <ConcordanceTable
          lines={sorted}
          order={search.order}
          onOrder={(order) => setSearch({ order })}
          label={
            search.scope === 'texts'
              ? t('search:concordance', { lines: t('search:lineCount', { count: sorted.length }) })
              : t('search:annotationsFound')
          }
        />
      )}
    </div>
  );
}
