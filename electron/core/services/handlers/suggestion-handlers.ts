import { randomUUID } from 'node:crypto';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { RejectedMention } from '../../../../shared/model/project.ts';
import { mentionKey } from '../../search/search-service.ts';
import { requireMentionSpan } from './checks.ts';
import { annotationEdit, toChangeSet } from '../../store/record-edit.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import type { ProjectSession } from '../project-session.ts';
import { message } from '../../../../shared/i18n/message.ts';

type SuggestionHandlers = Pick<Handlers, 'suggestMentions' | 'acceptMentions' | 'rejectMentions'>;

const DEFAULT_LIMIT = 2_000;

/** Suggested actor mentions: found by name and alias across the corpus, tagged only when the user accepts. */
export function suggestionHandlers(session: ProjectSession): SuggestionHandlers {
  const mentionTagId = (s: ProjectStore): string => {
    const tag =
      s.codebook().tags.find((t) => t.id === 'actor-mention') ??
      s.codebook().tags.find((t) => t.kind === 'actor-mention');
    if (!tag) throw new ApiError('conflict', message('errors:noMentionTagForSuggestions'));
    return tag.id;
  };

  return {
    async suggestMentions({ actorId, limit }) {
      const s = session.store;
      const actors = actorId ? [s.actor(actorId)] : [...s.actors()];
      const rejected = new Set(s.rejectedMentions().map((r) => mentionKey(r.actorId, r.documentId, r.start, r.exact)));
      return session.search.suggestMentions(actors, rejected, limit ?? DEFAULT_LIMIT);
    },

    async acceptMentions({ items }) {
      const label =
        items.length === 1
          ? message('history:tagMention', { quote: items[0]?.exact ?? '' })
          : message('history:tagMentions', { count: items.length });
      return session.change(label, async (s) => {
        const tagId = mentionTagId(s);
        const created: Annotation[] = [];
        for (const item of items) {
          s.actor(item.actorId);
          const { text } = await s.text(item.documentId);
          if (text.slice(item.start, item.end) !== item.exact) {
            throw new ApiError(
              'conflict',
              message('errors:suggestionTextChanged', { title: s.documentInfo(item.documentId).title }),
            );
          }
          // text.slice() also "reads" a span past the end of the text or cutting an emoji in half: refused.
          requireMentionSpan(s.documentInfo(item.documentId).title, text, item);
          created.push(
            annotateSpan(text, {
              id: randomUUID(),
              documentId: item.documentId,
              tagId,
              start: item.start,
              end: item.end,
              coderId: s.coder.id,
              actorId: item.actorId,
            }),
          );
        }
        const edit = annotationEdit(created);
        return { edit, result: toChangeSet(edit) };
      });
    },

    async rejectMentions({ items }) {
      return session.change(
        items.length === 1
          ? message('history:reject', { quote: items[0]?.exact ?? '' })
          : message('history:rejectMany', { count: items.length }),
        async (s) => {
          const rejected: RejectedMention[] = [];
          for (const item of items) {
            s.actor(item.actorId);
            // Checked here, in the change queue, against the text as it is when the rejection is saved.
            requireMentionSpan(s.documentInfo(item.documentId).title, (await s.text(item.documentId)).text, item);
            rejected.push({
              id: randomUUID(),
              actorId: item.actorId,
              documentId: item.documentId,
              start: item.start,
              exact: item.exact,
            });
          }
          return {
            edit: { rejectedMentions: rejected.map((r) => ({ id: r.id, after: r })) },
            result: { rejected: rejected.length },
          };
        },
      );
    },
  };
}
