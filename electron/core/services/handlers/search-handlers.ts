import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';
import { message } from '../../../../shared/i18n/message.ts';

type SearchHandlers = Pick<Handlers, 'searchText' | 'searchAnnotations'>;

/** Lines shown when the caller does not say: more is rarely read, and sorting stays instant. */
const DEFAULT_LIMIT = 1_000;

/** Corpus search: a concordance of the texts, and annotations by text, memo, tag and actor. */
export function searchHandlers(session: ProjectSession): SearchHandlers {
  return {
    async searchText({ query, limit }) {
      return session.search.searchText(query, limit ?? DEFAULT_LIMIT);
    },
    async searchAnnotations({ query, tagId, actorId, coderId, limit, documentDetails }) {
      if (tagId && !session.store.codebook().tags.some((t) => t.id === tagId)) notFound('tag', tagId);
      if (actorId) session.store.actor(actorId);
      // A coder with no layer (the curated one before anything is curated) is not refused: nothing matches.
      const filter = { tagId, actorId, coderId, documentDetails };
      return session.search.searchAnnotations(query, filter, limit ?? DEFAULT_LIMIT);
    },
  };
}

function notFound(kind: 'tag', id: string): never {
  throw new ApiError('not-found', message(`errors:searchNo-${kind}`, { id }));
}
