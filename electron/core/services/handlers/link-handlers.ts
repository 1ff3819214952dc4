import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Link, LinkType } from '../../../../shared/model/link.ts';
import { toChangeSet } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';
import { annotationRow } from './annotation-rows.ts';
import { requireLinkType, requireOwnLayer, shortQuote } from './checks.ts';
import { message } from '../../../../shared/i18n/message.ts';

type LinkHandlers = Pick<
  Handlers,
  | 'listLinkTypes'
  | 'createLinkType'
  | 'updateLinkType'
  | 'deleteLinkType'
  | 'listLinks'
  | 'createLink'
  | 'updateLink'
  | 'deleteLink'
>;

/** The palette new link types take their colours from, in turn. */
const COLORS = ['#1a4f94', '#6b3fa0', '#1f7a3a', '#b3261e', '#8a5a00', '#4a5568', '#0f766e', '#9d174d'];

/**
 * Links between annotations in any documents, and their editable types.
 * Each change is one undo step. Links to annotations that were deleted are
 * listed with a null end (broken) rather than hidden.
 */
export function linkHandlers(session: ProjectSession): LinkHandlers {
  const findLink = (linkId: string): Link => {
    const link = session.store.links().find((l) => l.id === linkId);
    if (!link) throw new ApiError('not-found', message('errors:noLink', { id: linkId }));
    return link;
  };
  const requireUniqueName = (name: string, except?: string) => {
    const key = name.trim().toLocaleLowerCase();
    if (session.store.linkTypes().some((t) => t.id !== except && t.name.toLocaleLowerCase() === key)) {
      throw new ApiError('conflict', message('errors:linkTypeExists', { name: name.trim() }));
    }
  };

  return {
    async listLinkTypes() {
      return [...session.store.linkTypes()];
    },

    async createLinkType({ name, color, description }) {
      return session.change(message('history:addLinkType', { name }), async (s) => {
        requireUniqueName(name);
        const types = s.linkTypes();
        const type: LinkType = {
          id: randomUUID(),
          name,
          color: color ?? (COLORS[types.length % COLORS.length] as string),
          description: description ?? '',
        };
        return { edit: { linkTypes: [...types, type] }, result: type };
      });
    },

    async updateLinkType({ typeId, ...fields }) {
      return session.change(message('history:editLinkType'), async (s) => {
        const current = requireLinkType(s, typeId);
        if (fields.name !== undefined) requireUniqueName(fields.name, typeId);
        const next: LinkType = { ...current };
        if (fields.name !== undefined) next.name = fields.name;
        if (fields.color !== undefined) next.color = fields.color;
        if (fields.description !== undefined) next.description = fields.description;
        return { edit: { linkTypes: s.linkTypes().map((t) => (t.id === typeId ? next : t)) }, result: next };
      });
    },

    async deleteLinkType({ typeId, moveTo }) {
      return session.change(message('history:deleteLinkType'), async (s) => {
        const type = requireLinkType(s, typeId);
        if (moveTo !== undefined) {
          requireLinkType(s, moveTo);
          if (moveTo === typeId) throw new ApiError('invalid-input', message('errors:moveLinksToDeleted'));
        }
        const using = s.links().filter((l) => l.typeId === typeId);
        if (using.length && !moveTo) {
          throw new ApiError('conflict', message('errors:linkTypeInUse', { count: using.length, type: type.name }));
        }
        const now = new Date().toISOString();
        const edit = {
          linkTypes: s.linkTypes().filter((t) => t.id !== typeId),
          links: using.map((l) => ({ id: l.id, after: { ...l, typeId: moveTo as string, modified: now } })),
        };
        return { edit, result: toChangeSet(edit) };
      });
    },

    async listLinks({ documentId, typeId, coderId }) {
      const s = session.store;
      if (documentId) s.documentInfo(documentId);
      const rows = [];
      for (const link of s.links()) {
        if (typeId && link.typeId !== typeId) continue;
        if (coderId && link.coderId !== coderId) continue;
        const from = annotationRow(s, link.fromId);
        const to = annotationRow(s, link.toId);
        if (documentId && from?.annotation.documentId !== documentId && to?.annotation.documentId !== documentId)
          continue;
        rows.push({ link, from, to });
      }
      return rows;
    },

    // A link from or to a colleague's annotation is allowed: the link is mine, their annotation is left as it is.
    async createLink({ fromId, toId, typeId, note }) {
      const s = session.store;
      const from = s.annotation(fromId);
      const to = s.annotation(toId);
      const type = requireLinkType(s, typeId);
      return session.change(
        message('history:link', {
          from: shortQuote(from.quote.exact, 24),
          type: type.name.toLowerCase(),
          to: shortQuote(to.quote.exact, 24),
        }),
        async () => {
          if (fromId === toId) throw new ApiError('invalid-input', message('errors:linkToItself'));
          // Checked again in its turn: an earlier change in the queue may have deleted them.
          s.annotation(fromId);
          s.annotation(toId);
          requireLinkType(s, typeId);
          if (s.links().some((l) => l.fromId === fromId && l.toId === toId && l.typeId === typeId)) {
            throw new ApiError('conflict', message('errors:alreadyLinked', { type: type.name }));
          }
          const now = new Date().toISOString();
          const link: Link = {
            id: randomUUID(),
            fromId,
            toId,
            typeId,
            coderId: s.coder.id,
            note: note ?? '',
            created: now,
            modified: now,
          };
          return { edit: { links: [{ id: link.id, after: link }] }, result: link };
        },
      );
    },

    async updateLink({ linkId, typeId, note, reverse }) {
      return session.change(message('history:editLink'), async (s) => {
        const current = findLink(linkId);
        requireOwnLayer(s, current);
        if (typeId !== undefined) requireLinkType(s, typeId);
        const next: Link = { ...current, modified: new Date().toISOString() };
        if (typeId !== undefined) next.typeId = typeId;
        if (note !== undefined) next.note = note;
        if (reverse) Object.assign(next, { fromId: current.toId, toId: current.fromId });
        return { edit: { links: [{ id: linkId, after: next }] }, result: next };
      });
    },

    async deleteLink({ linkId }) {
      return session.change(message('history:deleteLink'), async (s) => {
        requireOwnLayer(s, findLink(linkId));
        return { edit: { links: [{ id: linkId, after: null }] }, result: { linkId } };
      });
    },
  };
}
