import { randomUUID } from 'node:crypto';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { describeQuote } from '../../../../shared/anchoring/text-quote.ts';
import type { Annotation, StatementFields } from '../../../../shared/model/annotation.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { annotationEdit } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';
import { requireActors, requireOwnLayer, requireRange, requireTag, shortQuote } from './checks.ts';
import { type Message, message } from '../../../../shared/i18n/message.ts';

type AnnotationHandlers = Pick<
  Handlers,
  'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation'
>;

/** Annotations: tag a span, change what it records, delete it. Each change is one undo step. */
export function annotationHandlers(session: ProjectSession): AnnotationHandlers {
  return {
    async listAnnotations({ documentId }) {
      return session.store.annotations(documentId);
    },

    async createAnnotation(input) {
      const s = session.store;
      const tag = requireTag(s, input.tagId);
      return session.change(message('history:tagAs', { tag: tag.name }), async () => {
        if (input.id && s.hasAnnotation(input.id)) {
          throw new ApiError('conflict', message('errors:annotationExists', { id: input.id }));
        }
        // Checked in its turn, not before waiting: an earlier change in the queue may have deleted them.
        s.documentInfo(input.documentId);
        requireTag(s, input.tagId);
        requireActors(s, input.actorId, input.speakerId, input.addresseeId);
        const { text } = await s.text(input.documentId);
        requireRange(text, input.start, input.end);
        const { id, note, ...rest } = input;
        const annotation = annotateSpan(text, { ...rest, id: id ?? randomUUID(), coderId: s.coder.id, note });
        return { edit: annotationEdit([annotation]), result: annotation };
      });
    },

    async updateAnnotation(input) {
      const s = session.store;
      return session.change(updateLabel(input, s.annotation(input.annotationId)), async () => {
        const current = s.annotation(input.annotationId);
        // Every field (tag, span, memo, statement, actor, concept): only in my own layer.
        requireOwnLayer(s, current);
        if (input.tagId !== undefined) requireTag(s, input.tagId);
        requireActors(s, input.actorId, input.speakerId, input.addresseeId);
        const next: Annotation = { ...current, modified: new Date().toISOString() };
        if (input.tagId !== undefined) next.tagId = input.tagId;
        if (input.note !== undefined) next.note = input.note;
        setOptional(next, 'actorId', input.actorId);
        const statement: StatementFields = input;
        setOptional(next, 'speakerId', statement.speakerId);
        setOptional(next, 'addresseeId', statement.addresseeId);
        setOptional(next, 'stance', statement.stance);
        setOptional(next, 'statementDate', statement.statementDate);
        setOptional(next, 'conceptId', input.conceptId);
        if (input.start !== undefined && input.end !== undefined) {
          const { text } = await s.text(current.documentId);
          requireRange(text, input.start, input.end);
          Object.assign(next, {
            start: input.start,
            end: input.end,
            quote: describeQuote(text, input.start, input.end),
          });
          delete next.orphaned;
        }
        return { edit: annotationEdit([next]), result: next };
      });
    },

    async deleteAnnotation({ annotationId, withLinks }) {
      const s = session.store;
      const current = s.annotation(annotationId);
      return session.change(message('history:deleteQuote', { quote: shortQuote(current.quote.exact) }), async () => {
        const annotation = s.annotation(annotationId);
        requireOwnLayer(s, annotation);
        // Only my links go with it: a colleague's link to it is theirs, kept as a broken link in their layer.
        const links = s
          .links()
          .filter((l) => (l.fromId === annotationId || l.toId === annotationId) && l.coderId === s.coder.id);
        if (links.length && !withLinks) {
          throw new ApiError(
            'conflict',
            message('errors:annotationHasLinks', { quote: shortQuote(annotation.quote.exact), count: links.length }),
          );
        }
        const edit = annotationEdit([], [annotation]);
        if (links.length) edit.links = links.map((l) => ({ id: l.id, after: null }));
        return { edit, result: { annotationId, removedLinks: links.map((l) => l.id) } };
      });
    },
  };
}

type OptionalKey = 'actorId' | 'speakerId' | 'addresseeId' | 'stance' | 'statementDate' | 'conceptId';

/** Sets an optional field; null removes it, undefined leaves it alone. */
function setOptional<K extends OptionalKey>(a: Annotation, key: K, value: Annotation[K] | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete a[key];
  else a[key] = value;
}

function updateLabel(input: Record<string, unknown>, current: Annotation): Message {
  const quote = { quote: shortQuote(current.quote.exact, 30) };
  if (input.start !== undefined) return message(current.orphaned ? 'history:reattach' : 'history:move', quote);
  if (input.tagId !== undefined) return message('history:changeTagOf', quote);
  if (input.speakerId !== undefined) return message('history:setSpeaker', quote);
  if (input.addresseeId !== undefined) return message('history:setAddressee', quote);
  if (input.stance !== undefined) return message('history:setStance', quote);
  if (input.statementDate !== undefined) return message('history:setDate', quote);
  if (input.actorId !== undefined) return message('history:setActor', quote);
  if (input.conceptId !== undefined) return message('history:setConcept', quote);
  return message('history:editMemoOf', quote);
}
