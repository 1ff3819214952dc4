import { useMemo, useState } from 'react';
import { type ActorMatch, buildActorIndex, searchActors } from '../../../../shared/actors/actor-search.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';

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
  const { t } = useT();
  const index = useMemo(() => buildActorIndex(actors), [actors]);
  const matches = useMemo(() => searchActors(index, query, actors.length), [index, query, actors.length]);

  return (
    <div className="actor-search">
      <div className="actor-search-box">
        <label htmlFor="actor-search">{t('actors:findActor')}</label>
        <input
          id="actor-search"
          type="search"
          value={query}
          placeholder={t('actors:nameOrAlias')}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="actor-count" aria-live="polite">
          {query.trim()
            ? t('actors:matchesOf', { shown: matches.length, count: actors.length })
            : t('actors:actorCount', { count: actors.length })}
        </p>
      </div>
      {matches.length === 0 ? (
        <p className="empty-hint">{actors.length === 0 ? t('actors:noActors') : t('actors:noMatch')}</p>
      ) : (
        <VirtualList
          items={matches}
          rowHeight={ROW_HEIGHT}
          keyOf={(m) => m.actor.id}
          label={t('actors:list')}
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
                {t(`model:actorType-${match.actor.type}`)}
                {match.actor.aliases.length > 0 &&
                  ` · ${t('actors:aliasCount', { count: match.actor.aliases.length })}`}
                {/* Which alias was found, when it was not the name: why this actor is in the list. */}
                {match.field === 'alias' && (
                  <span className="actor-row-match"> · {t('actors:matchedAlias', { alias: match.matched })}</span>
                )}
              </span>
            </button>
          )}
        />
      )}
    </div>
  );
}
