import { randomUUID } from 'node:crypto';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { involvesActor, isPartyToStatement, replaceActor } from '../../../../shared/actors/annotation-actors.ts';
import { ActorMergeError, planActorMerge, uniqueAliases } from '../../../../shared/actors/merge-actors.ts';
import type { Actor } from '../../../../shared/model/actor.ts';
import { compareNames } from '../../../../shared/text/compare-names.ts';
import { findNameClash } from '../../../../shared/text/unique-names.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { AnnotationRow } from '../../../../shared/ipc/results.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { annotationEdit, type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import { backUpFirst, type ProjectSession } from '../project-session.ts';
import { requireRange, requireTag } from './checks.ts';
import { message } from '../../../../shared/i18n/message.ts';

type ActorHandlers = Pick<
  Handlers,
  'listActors' | 'createActor' | 'updateActor' | 'deleteActor' | 'mergeActors' | 'getActorMentions'
>;

/** The actor registry: actors, their merging and deletion, and where they appear in the corpus. */
export function actorHandlers(session: ProjectSession): ActorHandlers {
  return {
    async listActors() {
      return [...session.store.actors()].sort((a, b) => compareNames(a.name, b.name));
    },

    async createActor({ mention, ...fields }) {
      return session.change(message('history:addActor', { name: fields.name }), async (s) => {
        refuseTakenName(s, fields.name);
        const now = new Date().toISOString();
        const actor: Actor = {
          id: randomUUID(),
          name: fields.name,
          type: fields.type,
          aliases: uniqueAliases(fields.name, fields.aliases ?? []),
          affiliations: fields.affiliations ?? [],
          notes: fields.notes ?? '',
          created: now,
          modified: now,
        };
        for (const f of actor.affiliations) s.actor(f.organizationId);
        const edit: RecordEdit = { actors: [{ id: actor.id, after: actor }] };
        let annotation: Annotation | null = null;
        if (mention) {
          const tag = requireTag(s, mention.tagId ?? mentionTagId(s));
          const { text } = await s.text(mention.documentId);
          requireRange(text, mention.start, mention.end);
          annotation = annotateSpan(
            text,
            { ...mention, id: randomUUID(), tagId: tag.id, coderId: s.coder.id, actorId: actor.id },
            now,
          );
          edit.annotations = annotationEdit([annotation]).annotations;
        }
        return { edit, result: { actor, annotation } };
      });
    },

    async updateActor({ actorId, ...fields }) {
      return session.change(message('history:editActor', { name: session.store.actor(actorId).name }), async (s) => {
        const current = s.actor(actorId);
        const name = fields.name ?? current.name;
        refuseTakenName(s, name, actorId);
        for (const f of fields.affiliations ?? []) {
          if (f.organizationId === actorId) throw new ApiError('invalid-input', message('errors:actorSelfAffiliation'));
          s.actor(f.organizationId);
        }
        // Field by field: a field sent as undefined (Electron's IPC keeps such keys) stays as it is.
        const next: Actor = {
          ...current,
          name,
          type: fields.type ?? current.type,
          aliases: uniqueAliases(name, fields.aliases ?? current.aliases),
          affiliations: fields.affiliations ?? current.affiliations,
          notes: fields.notes ?? current.notes,
          modified: new Date().toISOString(),
        };
        return { edit: { actors: [{ id: actorId, after: next }] }, result: next };
      });
    },

    async deleteActor({ actorId }) {
      return session.change(
        message('history:deleteActor', { name: session.store.actor(actorId).name }),
        async (s) => {
          s.actor(actorId);
          const now = new Date().toISOString();
          // In every layer (no requireOwnLayer): the registry is shared, no annotation may name a deleted actor.
          const annotations = [...s.allAnnotations()]
            .filter((a) => involvesActor(a, actorId))
            .map((a) => ({ ...replaceActor(a, actorId, null), modified: now }));
          const members = s
            .actors()
            .filter((a) => a.affiliations.some((f) => f.organizationId === actorId))
            .map((a) => ({
              id: a.id,
              after: { ...a, affiliations: a.affiliations.filter((f) => f.organizationId !== actorId), modified: now },
            }));
          const edit: RecordEdit = {
            actors: [{ id: actorId, after: null }, ...members],
            annotations: annotationEdit(annotations).annotations,
          };
          return { edit, result: toChangeSet(edit) };
        },
        backUpFirst,
      );
    },

    async mergeActors({ fromId, intoId }) {
      const s0 = session.store;
      return session.change(
        message('history:mergeActors', { from: s0.actor(fromId).name, into: s0.actor(intoId).name }),
        async (s) => {
          // Every layer's mentions follow the merge (no requireOwnLayer): the registry is shared.
          let plan: ReturnType<typeof planActorMerge>;
          try {
            plan = planActorMerge(s.actors(), [...s.allAnnotations()], fromId, intoId, new Date().toISOString());
          } catch (error) {
            throw new ApiError(
              'invalid-input',
              error instanceof ActorMergeError ? error.text : (error as Error).message,
            );
          }
          const edit: RecordEdit = {
            actors: [
              { id: fromId, after: null },
              { id: intoId, after: plan.actor },
              ...plan.changedActors.map((a) => ({ id: a.id, after: a })),
            ],
            annotations: annotationEdit(plan.changedAnnotations).annotations,
          };
          return { edit, result: toChangeSet(edit) };
        },
        backUpFirst,
      );
    },

    async getActorMentions({ actorId }) {
      const s = session.store;
      const actor = s.actor(actorId);
      const mentions: AnnotationRow[] = [];
      const statements: AnnotationRow[] = [];
      for (const doc of s.listDocumentInfos()) {
        const rows = s.annotations(doc.id);
        for (const annotation of rows) {
          const isMention = annotation.actorId === actorId;
          const isStatement = isPartyToStatement(annotation, actorId);
          if (!isMention && !isStatement) continue;
          const row = { annotation, documentTitle: doc.title, documentDate: doc.metadata.date ?? null };
          if (isMention) mentions.push(row);
          if (isStatement) statements.push(row);
        }
      }
      return { actor, mentions, statements };
    },
  };
}

/** Actor names are unique (see nameKey): two entries for one body split its statements. */
function refuseTakenName(s: ProjectStore, name: string, exceptId?: string): void {
  const clash = findNameClash(s.actors(), name, exceptId);
  if (clash) throw new ApiError('conflict', message('errors:actorExists', { name: clash.name }));
}

/** The tag new actor mentions get: the first tag of kind actor-mention. */
function mentionTagId(s: ProjectStore): string {
  const tag = s.codebook().tags.find((t) => t.kind === 'actor-mention');
  if (!tag) throw new ApiError('not-found', message('errors:noMentionTag'));
  return tag.id;
}
