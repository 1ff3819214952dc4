import { randomUUID } from 'node:crypto';
import { compareCodebooks } from '../../../../shared/codebook/compare-codebooks.ts';
import { mappingUpkeep } from '../../../../shared/codebook/mapping-upkeep.ts';
import { message } from '../../../../shared/i18n/message.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import { coderName } from '../../../../shared/model/layer-owner.ts';
import type { TagMapping } from '../../../../shared/model/tag-mapping.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import type { RecordEdit } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';
import { requireTag } from './checks.ts';

type MappingCalls = Pick<Handlers, 'listTagMappings' | 'saveTagMapping' | 'deleteTagMapping' | 'compareCodebooks'>;

/**
 * Tag mappings: a coder's tag read as another when coders are compared
 * (their codebooks drifted). Stored in the project (tag-mappings.json),
 * each save and removal one undo step; the coder's annotations keep their tag.
 */
export function tagMappingHandlers(session: ProjectSession): MappingCalls {
  return {
    async listTagMappings() {
      const s = session.store;
      return [...s.tagMappings()].sort(
        (a, b) => compare(a.coderId, b.coderId) || compare(a.created, b.created) || compare(a.id, b.id),
      );
    },

    async saveTagMapping({ coderId, fromTagId, toTagId }) {
      const s0 = session.store;
      const label = message('history:mapTag', {
        coder: requireCoder(s0, coderId).name,
        from: requireTag(s0, fromTagId).name,
        to: requireTag(s0, toTagId).name,
      });
      return session.change(label, async (s) => {
        // Checked again in the change's turn: a tag may have gone meanwhile.
        requireCoder(s, coderId);
        requireTag(s, fromTagId);
        requireTag(s, toTagId);
        if (fromTagId === toTagId) throw new ApiError('invalid-input', message('tagMapping:error-ontoItself'));
        const now = new Date().toISOString();
        const current = s.tagMappings().find((m) => m.coderId === coderId && m.fromTagId === fromTagId);
        if (current?.toTagId === toTagId) return { edit: null, result: current };
        // One mapping per coder and tag: a new target replaces the old one (same id, so undo restores it).
        const mapping: TagMapping = current
          ? { ...current, toTagId, modified: now }
          : { id: randomUUID(), coderId, fromTagId, toTagId, created: now, modified: now };
        return { edit: { tagMappings: [{ id: mapping.id, after: mapping }] }, result: mapping };
      });
    },

    async deleteTagMapping({ mappingId }) {
      const s0 = session.store;
      const found = requireMapping(s0, mappingId);
      const label = message('history:unmapTag', {
        coder: coderName(s0.info().coders, found.coderId),
        from: s0.codebook().tags.find((t) => t.id === found.fromTagId)?.name ?? found.fromTagId,
      });
      return session.change(label, async (s) => {
        requireMapping(s, mappingId);
        return { edit: { tagMappings: [{ id: mappingId, after: null }] }, result: { mappingId } };
      });
    },

    async compareCodebooks({ coderA, coderB }) {
      const s = session.store;
      requireCoder(s, coderA);
      requireCoder(s, coderB);
      const uses = new Map([
        [coderA, new Map<string, number>()],
        [coderB, new Map<string, number>()],
      ]);
      for (const a of s.allAnnotations()) {
        const counts = uses.get(a.coderId);
        if (counts) counts.set(a.tagId, (counts.get(a.tagId) ?? 0) + 1);
      }
      return compareCodebooks({
        coderA,
        coderB,
        tags: s.codebook().tags,
        uses,
        mappings: s.tagMappings(),
        snapshots: s.coderCodebooks(),
      });
    },
  };
}

/**
 * Adds to `edit` the mapping changes its removed or merged tags call for
 * (see mappingUpkeep): tags of the codebook before that are not in the
 * edit's codebook, their annotations moved as `retag` says. The codebook's
 * deletions and merges call this, so no mapping names a tag that is gone.
 */
export function keepMappingsConsistent(
  store: ProjectStore,
  edit: RecordEdit,
  retag: ReadonlyMap<string, string>,
): void {
  if (!edit.codebook || store.tagMappings().length === 0) return;
  const after = new Set(edit.codebook.tags.map((t) => t.id));
  const removed = new Set(store.codebook().tags.flatMap((t) => (after.has(t.id) ? [] : [t.id])));
  if (!removed.size) return;
  const changes = mappingUpkeep(store.tagMappings(), removed, retag, new Date().toISOString());
  if (changes.length) edit.tagMappings = [...(edit.tagMappings ?? []), ...changes];
}

function requireCoder(store: ProjectStore, coderId: string): Coder {
  const coder = store.info().coders.find((c) => c.id === coderId);
  if (!coder) throw new ApiError('not-found', message('errors:editNo-coder', { id: coderId }));
  return coder;
}

function requireMapping(store: ProjectStore, mappingId: string): TagMapping {
  const found = store.tagMappings().find((m) => m.id === mappingId);
  if (!found) throw new ApiError('not-found', message('tagMapping:error-noMapping', { id: mappingId }));
  return found;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
