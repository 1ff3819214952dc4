import { useMemo, useState } from 'react';
import { type ActorMatch, buildActorIndex, searchActors } from '../../../../shared/actors/actor-search.ts';
import { actorTypeLabels } from '../../../../shared/model/actor.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { countOf } from '../../ui/count-of.ts';

interface Props {
  selectedId: string | undefined;
}

const ROW_HEIGHT = 46;

/**
 * The registry, filtered as one types by name or any alias (in any
 * grammatical form: "Токаеву" finds Токаев). The index is rebuilt only when
 * the registry changes, so typing stays instant with thousands of actors.
 */
export function ActorSearchList({ selectedId }: Props) {
  const actors = useAppStore((s) => s.actors);
  const navigate = useAppStore((s) => s.navigate);
  const [query, setQuery] = useState('');
  const index = useMemo(() => buildActorIndex(actors), [actors]);
  const matches = useMemo(() => searchActors(index, query, actors.length), [index, query, actors.length]);

  return (
    <div className="actor-search">
      <div className="actor-search-box">
        <label htmlFor="actor-search">Find actor</label>
        <input
          id="actor-search"
          type="search"
          value={query}
          placeholder="Name or alias"
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="actor-count" aria-live="polite">
          {query.trim() ? `${matches.length} of ${countOf(actors.length, 'actor')}` : countOf(actors.length, 'actor')}
        </p>
      </div>
      {matches.length === 0 ? (
        <p className="empty-hint">
          {actors.length === 0 ? 'No actors yet. Add the first one below.' : 'No actor matches.'}
        </p>
      ) : (
        <VirtualList
          items={matches}
          rowHeight={ROW_HEIGHT}
          keyOf={(m) => m.actor.id}
          label="Actors"
          className="actor-list"
          renderRow={(match: ActorMatch) => (
            <button
              type="button"
              className={match.actor.id === selectedId ? 'actor-row selected' : 'actor-row'}
              aria-current={match.actor.id === selectedId ? 'true' : undefined}
              onClick={() => navigate({ view: 'actors', actorId: match.actor.id })}
            >
              <span className="actor-row-name">{match.actor.name}</span>
              <span className="actor-row-meta">
                {actorTypeLabels[match.actor.type]}
                {match.actor.aliases.length > 0 && ` · ${countOf(match.actor.aliases.length, 'alias', 'aliases')}`}
                {/* Which alias was found, when it was not the name: why this actor is in the list. */}
                {match.field === 'alias' && <span className="actor-row-match"> · “{match.matched}”</span>}
              </span>
            </button>
          )}
        />
      )}
    </div>
  );
}
