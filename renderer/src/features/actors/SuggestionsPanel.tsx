import { useEffect, useMemo } from 'react';
import type { MentionSuggestion } from '../../../../shared/ipc/results.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { suggestionKey } from '../../store/suggestion-slice.ts';
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
  const { t } = useT();
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
  const heading = list ? t('actors:suggestedMentionsTotal', { total: list.total }) : t('actors:suggestedMentions');

  return (
    <section className="context-section suggestions" aria-labelledby={headingId}>
      <div className="suggestions-head">
        {actorId ? <h2 id={headingId}>{heading}</h2> : <h1 id={headingId}>{heading}</h1>}
        {actorId && shown.length > 0 && (
          <span className="suggestions-bulk">
            <button type="button" className="quiet small" onClick={() => void acceptSuggestions(shown)}>
              {t('actors:acceptAll', { shown: shown.length })}
            </button>
            <button type="button" className="quiet small" onClick={() => void rejectSuggestions(shown)}>
              {t('actors:rejectAll', { shown: shown.length })}
            </button>
          </span>
        )}
      </div>
      <p className="field-hint" aria-live="polite">
        {!list
          ? loading
            ? t('actors:lookingForNames')
            : ''
          : [
              indexing ? t('actors:coverage', { indexed: list.indexed, count: list.documents }) : '',
              shown.length < list.total ? t('actors:showingFirst', { shown: shown.length, total: list.total }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
      </p>
      {error && <p className="field-error">{t('actors:suggestionsFailed', { reason: error })}</p>}
      {list && shown.length === 0 ? (
        <p className="empty-hint">{actorId ? t('actors:noSuggestionsForActor') : t('actors:noSuggestions')}</p>
      ) : (
        shown.length > 0 && (
          <div className="context-table">
            <div className="context-scroll" style={{ height: `min(${shown.length * ROW_HEIGHT}px, 60vh)` }}>
              <VirtualList
                items={shown}
                rowHeight={ROW_HEIGHT}
                keyOf={suggestionKey}
                label={t('actors:suggestedMentions')}
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
