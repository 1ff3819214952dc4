import { useEffect, useMemo } from 'react';
import type { MentionSuggestion } from '../../../../shared/ipc/results.ts';
import { useAppStore } from '../../store/app-store.ts';
import { suggestionKey } from '../../store/suggestion-slice.ts';
import { countOf } from '../../ui/count-of.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { SuggestionRow } from './SuggestionRow.tsx';
import './suggestions.css';

const ROW_HEIGHT = 36;
/** While the search index is still being built, the list is asked for again this often. */
const INDEXING_POLL_MS = 2000;

/**
 * Places where the corpus names an actor (by name or alias, in any form)
 * that no mention covers yet, for one actor or (actorId null) all of them,
 * to accept or reject one by one or all at once. The list is asked for
 * again after every change in the history — an accept, a reject, an undo,
 * a new alias — so it always shows what the core would suggest now.
 */
export function SuggestionsPanel({ actorId }: { actorId: string | null }) {
  const loaded = useAppStore((s) => s.suggestionList);
  const loading = useAppStore((s) => s.suggestionsLoading);
  const error = useAppStore((s) => s.suggestionsError);
  const undoSeq = useAppStore((s) => s.historyLabels.undoSeq);
  const actors = useAppStore((s) => s.actors);
  const { loadSuggestions, acceptSuggestions, rejectSuggestions, navigate } = useAppStore.getState();
  const list = loaded && loaded.actorId === actorId ? loaded : null;
  const indexing = list !== null && list.indexed < list.documents;

  // biome-ignore lint/correctness/useExhaustiveDependencies: undoSeq is the trigger: the history moved, so suggestions may have.
  useEffect(() => {
    void loadSuggestions(actorId);
  }, [actorId, undoSeq, loadSuggestions]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new list (not only a change of indexing) sets the next poll.
  useEffect(() => {
    if (!indexing) return;
    const timer = setTimeout(() => void loadSuggestions(actorId), INDEXING_POLL_MS);
    return () => clearTimeout(timer);
  }, [indexing, list, actorId, loadSuggestions]);

  const actorNames = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors]);
  const open = (s: MentionSuggestion) =>
    navigate({ view: 'reader', documentId: s.documentId, match: { start: s.start, end: s.end } });
  const shown = list?.suggestions ?? [];
  const headingId = actorId ? 'actor-suggestions-title' : 'all-suggestions-title';

  return (
    <section className="context-section suggestions" aria-labelledby={headingId}>
      <div className="suggestions-head">
        {actorId ? (
          <h2 id={headingId}>Suggested mentions{list ? ` (${list.total})` : ''}</h2>
        ) : (
          <h1 id={headingId}>Suggested mentions{list ? ` (${list.total})` : ''}</h1>
        )}
        {actorId && shown.length > 0 && (
          <span className="suggestions-bulk">
            <button type="button" className="quiet small" onClick={() => void acceptSuggestions(shown)}>
              Accept all {shown.length}
            </button>
            <button type="button" className="quiet small" onClick={() => void rejectSuggestions(shown)}>
              Reject all {shown.length}
            </button>
          </span>
        )}
      </div>
      <p className="field-hint" aria-live="polite">
        {!list
          ? loading
            ? 'Looking for names and aliases in the texts…'
            : ''
          : [
              indexing ? `Suggestions cover ${list.indexed} of ${countOf(list.documents, 'document')} (indexing…)` : '',
              shown.length < list.total ? `Showing the first ${shown.length} of ${list.total}.` : '',
            ]
              .filter(Boolean)
              .join(' ')}
      </p>
      {error && <p className="field-error">Could not look for suggestions: {error}</p>}
      {list && shown.length === 0 ? (
        <p className="empty-hint">
          {actorId
            ? 'No suggestions: every place that names this actor is tagged as its mention, or was rejected.'
            : 'No suggestions: every place that names an actor of the registry is tagged, or was rejected.'}
        </p>
      ) : (
        shown.length > 0 && (
          <div className="context-table">
            <div className="context-scroll" style={{ height: `min(${shown.length * ROW_HEIGHT}px, 60vh)` }}>
              <VirtualList
                items={shown}
                rowHeight={ROW_HEIGHT}
                keyOf={suggestionKey}
                label="Suggested mentions"
                renderRow={(s) => (
                  <SuggestionRow
                    suggestion={s}
                    actorName={actorId ? undefined : (actorNames.get(s.actorId) ?? '')}
                    onOpen={open}
                    onAccept={(one) => void acceptSuggestions([one])}
                    onReject={(one) => void rejectSuggestions([one])}
                  />
                )}
              />
            </div>
          </div>
        )
      )}
    </section>
  );
}
