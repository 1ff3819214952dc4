import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { CurationError } from '../../../../shared/curation/curation-error.ts';
import {
  CURATED_CODER_ID,
  type CurationDecision,
  curatedCoder,
  curationLimits,
  type DecisionFilter,
  type QuickReason,
} from '../../../../shared/curation/curation-types.ts';
import { decideLink } from '../../../../shared/curation/decide-link.ts';
import { decisionLogCsv } from '../../../../shared/curation/decision-log-csv.ts';
import { decisionRows } from '../../../../shared/curation/decision-rows.ts';
import { message } from '../../../../shared/i18n/message.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Link } from '../../../../shared/model/link.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';

type LogCalls = Pick<
  Handlers,
  'decideLink' | 'listDecisions' | 'exportDecisionLog' | 'listQuickReasons' | 'saveQuickReason' | 'deleteQuickReason'
>;

/** How many rows of the log a call answers when it does not say (the view pages through the rest). */
export const defaultDecisionLimit = 5_000;

/**
 * Curating links, the decision log and its CSV, and the team's quick
 * reasons. Each change is one undo step; the rules are the pure ones of
 * shared/curation, given the project as it is when the change's turn comes.
 */
export function curationLogHandlers(session: ProjectSession): LogCalls {
  return {
    async decideLink({ linkId, action, reason }) {
      const label = linkLabel(session.store, requireLink(session.store, linkId), action);
      const decision = await session.change(label, async (s) =>
        refusing(() => {
          const link = requireLink(s, linkId);
          const decided = decideLink({
            link,
            action,
            reason,
            decisions: s.curationDecisions(),
            links: s.links(),
            annotation: (id) => annotationOrNone(s, id),
            curator: s.coder,
            now: new Date().toISOString(),
            newId: randomUUID,
          });
          const edit: RecordEdit = {
            curationDecisions: [{ id: decided.decision.id, after: decided.decision }],
            links: [
              ...decided.removedLinkIds.map((id) => ({ id, after: null })),
              ...(decided.curatedLink ? [{ id: decided.curatedLink.id, after: decided.curatedLink }] : []),
            ],
          };
          withCuratedLayer(s, edit, decided.decision);
          return { edit, result: { decision: decided.decision, edit } };
        }),
      );
      return {
        decision: decision.decision,
        change: toChangeSet(decision.edit),
        history: session.history.labels(),
      };
    },

    async listDecisions({ filter, limit }) {
      return logOf(session.store, filter, limit ?? defaultDecisionLimit);
    },

    async exportDecisionLog({ filter, to }) {
      const s = session.store;
      const log = logOf(s, filter, Number.POSITIVE_INFINITY);
      const tags = new Map(s.codebook().tags.map((t) => [t.id, t.name]));
      const text = decisionLogCsv(log.rows, { tagName: (id) => tags.get(id) ?? id });
      const saved = await session.files.save(to, (temp) => writeFile(temp, text, 'utf8'));
      return { ...saved, rows: log.rows.length };
    },

    async listQuickReasons() {
      return [...session.store.quickReasons()];
    },

    async saveQuickReason({ id, label }) {
      const s0 = session.store;
      const before = id ? requireQuickReason(s0, id) : null;
      const words = before
        ? message('curationLog:history-renameQuickReason', { from: before.label, label })
        : message('curationLog:history-addQuickReason', { label });
      return session.change(words, async (s) => {
        const current = id ? requireQuickReason(s, id) : null;
        const key = label.toLocaleLowerCase();
        const twin = s.quickReasons().find((q) => q.id !== id && q.label.toLocaleLowerCase() === key);
        if (twin) throw new ApiError('conflict', message('curationLog:error-quickReasonExists', { label: twin.label }));
        if (current?.label === label) return { edit: null, result: current };
        if (!current && s.quickReasons().length >= curationLimits.quickReasons)
          throw new ApiError(
            'too-large',
            message('curationLog:error-tooManyQuickReasons', { max: curationLimits.quickReasons }),
          );
        // Rewording keeps the id (undo brings the old words back); decisions keep the words they were made with.
        const reason: QuickReason = current
          ? { ...current, label }
          : { id: randomUUID(), label, created: new Date().toISOString() };
        return { edit: { quickReasons: [{ id: reason.id, after: reason }] }, result: reason };
      });
    },

    async deleteQuickReason({ id }) {
      const found = requireQuickReason(session.store, id);
      return session.change(message('curationLog:history-deleteQuickReason', { label: found.label }), async (s) => {
        requireQuickReason(s, id);
        return { edit: { quickReasons: [{ id, after: null }] }, result: { id } };
      });
    },
  };
}

/**
 * What the first curated record brings with it, in the same edit: the
 * curated layer's coder entry in project.json, and "in progress" for a
 * document whose curation had not started. Shared with the unit decisions.
 */
export function withCuratedLayer(s: ProjectStore, edit: RecordEdit, decision: CurationDecision): void {
  if (!s.info().coders.some((c) => c.id === CURATED_CODER_ID))
    edit.coders = [...(edit.coders ?? []), { id: CURATED_CODER_ID, after: { ...curatedCoder } }];
  if (s.curationStatusRecordOf(decision.documentId) === null) {
    const status = {
      id: decision.documentId,
      status: 'in-progress' as const,
      curatorId: decision.curatorId,
      curatorName: decision.curatorName,
      at: decision.at,
    };
    edit.curationStatuses = [...(edit.curationStatuses ?? []), { id: status.id, after: status }];
  }
}

/** The log as the store holds it now: titles, annotations (any layer) and links looked up as the rows need them. */
function logOf(s: ProjectStore, filter: DecisionFilter, limit: number) {
  const decisions = filter.documentId
    ? withReplacers(s, s.curationDecisionsOf(filter.documentId))
    : s.curationDecisions();
  const documents = new Set(decisions.map((d) => d.documentId));
  // Conflicts are told by what results say: the curated annotations of the documents decided.
  const curated = new Map<string, Annotation>();
  for (const id of documents) {
    if (!s.hasDocument(id)) continue;
    for (const a of s.annotationsOf(id)) if (a.coderId === CURATED_CODER_ID) curated.set(a.id, a);
  }
  const links = new Map(s.links().map((l) => [l.id, l]));
  return decisionRows({
    decisions,
    filter,
    limit,
    // A deleted document's decisions went with it; its id is what is left to show.
    documentTitle: (id) => (s.hasDocument(id) ? s.documentInfo(id).title : id),
    annotation: (id) => annotationOrNone(s, id),
    link: (id) => links.get(id),
    curated,
  });
}

/**
 * A document's decisions, with the decisions of other documents that replace
 * one of them: a unit decided again ends the take of a link that crossed into
 * another document (see replaced-link-takes.ts), and that take's row must say so.
 */
function withReplacers(s: ProjectStore, ofDocument: readonly CurationDecision[]): CurationDecision[] {
  if (!ofDocument.length) return [];
  const ids = new Set(ofDocument.map((d) => d.id));
  const documentId = ofDocument[0]?.documentId;
  const replacers = s
    .curationDecisions()
    .filter((d) => d.documentId !== documentId && d.replaces?.some((id) => ids.has(id)));
  return replacers.length ? [...ofDocument, ...replacers] : [...ofDocument];
}

function annotationOrNone(s: ProjectStore, id: string): Annotation | undefined {
  return s.hasAnnotation(id) ? s.annotation(id) : undefined;
}

function requireLink(s: ProjectStore, linkId: string): Link {
  const link = s.links().find((l) => l.id === linkId);
  if (!link) throw new ApiError('not-found', message('errors:noLink', { id: linkId }));
  return link;
}

function requireQuickReason(s: ProjectStore, id: string): QuickReason {
  const found = s.quickReasons().find((q) => q.id === id);
  if (!found) throw new ApiError('not-found', message('curationLog:error-noQuickReason', { id }));
  return found;
}

/** The undo step's words: the link's ends as quoted and its type. */
function linkLabel(s: ProjectStore, link: Link, action: 'take' | 'reject') {
  const quote = (id: string) => shortQuote(annotationOrNone(s, id)?.quote.exact ?? '…', 24);
  const type =
    s
      .linkTypes()
      .find((t) => t.id === link.typeId)
      ?.name.toLowerCase() ?? link.typeId;
  return message(action === 'take' ? 'curationLog:history-takeLink' : 'curationLog:history-rejectLink', {
    from: quote(link.fromId),
    type,
    to: quote(link.toId),
  });
}

/** Runs a curation rule; its refusal becomes the wire's error with the same code and words. */
async function refusing<T>(run: () => T): Promise<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof CurationError) throw new ApiError(error.code, error.text);
    throw error;
  }
}
