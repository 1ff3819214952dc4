import { randomUUID } from 'node:crypto';
import { compareDocument, documentComparer } from '../../../../shared/agreement/compare-document.ts';
import { categoryLabeller, everyTag } from '../../../../shared/agreement/labels.ts';
import { CurationError } from '../../../../shared/curation/curation-error.ts';
import { curatableLinks } from '../../../../shared/curation/curatable-links.ts';
import {
  CURATED_CODER_ID,
  type CurationDecision,
  type CurationStatusRecord,
  curatedCoder,
  type MergeSummary,
  type UnitAction,
} from '../../../../shared/curation/curation-types.ts';
import { currentDecisions, decisionSourceIds, isLinkDecision } from '../../../../shared/curation/current-decisions.ts';
import { decideUnit } from '../../../../shared/curation/decide-unit.ts';
import { mergeDocument } from '../../../../shared/curation/merge-agreeing.ts';
import { alsoReplacing, linkTakesOnGoneLinks } from '../../../../shared/curation/replaced-link-takes.ts';
import { unitStates } from '../../../../shared/curation/unit-states.ts';
import { type Message, message } from '../../../../shared/i18n/message.ts';
import { emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { coderName } from '../../../../shared/model/layer-owner.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import type { ProjectSession } from '../project-session.ts';
import { chosenCoders } from './agreement-input.ts';
import { requireActors, requireConcept, requireTag } from './checks.ts';

type UnitCalls = Pick<Handlers, 'getCuration' | 'mergeAgreeing' | 'decideUnit' | 'setCurationStatus'>;

/**
 * Curating units: one document's curation as the Compare view shows it,
 * merging what agrees, deciding a unit, a document's status. The rules are
 * the pure functions of shared/curation; here the layers are gathered and
 * each change is made as one undo step, checked again in its turn.
 */
export function curationUnitHandlers(session: ProjectSession): UnitCalls {
  return {
    async getCuration({ documentId, coderIds, unit }) {
      const s = session.store;
      curationCoders(s, coderIds);
      const info = s.documentInfo(documentId);
      const all = s.annotationsOf(documentId);
      const comparison = compareDocument({
        documentId,
        documentDate: info.metadata.date ?? null,
        annotations: all,
        coderIds,
        codebook: s.codebook(),
        mappings: s.tagMappings(),
        rule: unit,
      });
      const curated = curatedOf(all);
      const decisions = decisionsOf(s, documentId);
      const { links, curatedLinks } = curatableLinks({
        memberIds: new Set(Object.keys(comparison.annotations)),
        curatedIds: new Set(curated.keys()),
        links: s.links(),
        decisions: s.curationDecisions(),
      });
      return {
        documentId,
        status: statusOf(s, documentId)?.status ?? 'not-started',
        comparison,
        units: unitStates(comparison.units, decisions, curated),
        curated: [...curated.values()].sort((a, b) => a.start - b.start || a.end - b.end),
        decisions,
        links,
        curatedLinks,
        goneSources: goneSources(s, decisions),
      };
    },

    async mergeAgreeing({ coderIds, documents, rule, unit }) {
      curationCoders(session.store, coderIds);
      const label = (r: { summary: MergeSummary }) =>
        message('curationUnits:mergeAgreeing', { count: r.summary.added });
      const result = await session.change(label, async (s) => {
        curationCoders(s, coderIds);
        const infos =
          'ids' in documents ? [...new Set(documents.ids)].map((id) => s.documentInfo(id)) : s.listDocumentInfos();
        const comparer = documentComparer({ coderIds, codebook: s.codebook(), mappings: s.tagMappings(), rule: unit });
        const byDocument = decisionsByDocument(s);
        const statuses = new Map(s.curationStatuses().map((r) => [r.id, r]));
        const now = new Date().toISOString();
        const curator = { id: s.coder.id, name: s.coder.name };
        const summary: MergeSummary = { rule, documents: infos.length, added: 0, alreadyDecided: 0, undecided: 0 };
        const edit: RecordEdit = { annotations: [], curationDecisions: [], curationStatuses: [] };
        for (const info of infos) {
          const comparison = comparer.compare(info.id, info.metadata.date ?? null, s.annotationsOf(info.id));
          const merged = mergeDocument({
            comparison,
            annotations: comparison.annotations,
            decisions: byDocument.get(info.id) ?? [],
            curated: [...curatedOf(s.annotationsOf(info.id)).values()],
            rule,
            curator,
            now,
            makeId: randomUUID,
          });
          summary.added += merged.added;
          summary.alreadyDecided += merged.alreadyDecided;
          summary.undecided += merged.undecided;
          if (!merged.added) continue;
          for (const a of merged.annotations) edit.annotations?.push({ id: a.id, documentId: info.id, after: a });
          for (const d of merged.decisions) edit.curationDecisions?.push({ id: d.id, after: d });
          if (!statuses.has(info.id))
            edit.curationStatuses?.push({ id: info.id, after: inProgress(info.id, curator, now) });
        }
        if (!summary.added) return { edit: null, result: { change: emptyChangeSet(), summary } };
        addCuratedCoder(s, edit);
        dropEmpty(edit);
        return { edit, result: { change: toChangeSet(edit), summary } };
      });
      return { ...result, history: session.history.labels() };
    },

    async decideUnit({ query, members, action, reason }) {
      const s0 = session.store;
      curationCoders(s0, query.coderIds);
      const result = await session.change(actionLabel(s0, action), async (s) => {
        const { documentId, coderIds } = query;
        curationCoders(s, coderIds);
        s.documentInfo(documentId);
        if (members.length !== coderIds.length) {
          throw new ApiError(
            'invalid-input',
            message('curationUnits:error-membersCount', { members: members.length, coders: coderIds.length }),
          );
        }
        const annotations = checkedMembers(s, documentId, coderIds, members);
        requireUnitAsShown(s, query, members);
        if (action.kind === 'take-edited' || action.kind === 'new') {
          const v = action.version;
          requireTag(s, v.tagId);
          requireActors(s, v.actorId, v.speakerId, v.addresseeId);
          if (v.conceptId) requireConcept(s, v.conceptId);
        }
        const memberIds = new Set(annotations.keys());
        const current = currentDecisions(decisionsOf(s, documentId)).filter(
          (d) => !isLinkDecision(d) && decisionSourceIds(d).some((id) => memberIds.has(id)),
        );
        const now = new Date().toISOString();
        const curator = { id: s.coder.id, name: s.coder.name };
        const { text } = await s.text(documentId);
        const decided = domain(() =>
          decideUnit({
            documentId,
            coderIds,
            members,
            annotations,
            action,
            reason,
            current,
            curated: curatedOf(s.annotationsOf(documentId)),
            text,
            categoryOf: categoryLabeller(s.codebook(), s.tagMappings(), everyTag),
            curator,
            now,
            makeId: randomUUID,
            nameOf: (id) => coderName(s.info().coders, id),
          }),
        );
        const removed = new Set(decided.remove.map((a) => a.id));
        // The curated links of a replaced result go with it: a link may not point at nothing.
        const goneLinks = s
          .links()
          .filter((l) => l.coderId === CURATED_CODER_ID && (removed.has(l.fromId) || removed.has(l.toId)));
        // Their link-take decisions end with them, replaced by this decision (see replaced-link-takes.ts).
        const decision = alsoReplacing(
          decided.decision,
          linkTakesOnGoneLinks(s.curationDecisions(), new Set(goneLinks.map((l) => l.id))),
        );
        const edit: RecordEdit = {
          annotations: [
            ...(decided.add ? [{ id: decided.add.id, documentId, after: decided.add }] : []),
            ...decided.remove.map((a) => ({ id: a.id, documentId, after: null })),
          ],
          links: goneLinks.map((l) => ({ id: l.id, after: null })),
          curationDecisions: [{ id: decision.id, after: decision }],
        };
        if (!statusOf(s, documentId))
          edit.curationStatuses = [{ id: documentId, after: inProgress(documentId, curator, now) }];
        if (decided.add) addCuratedCoder(s, edit);
        dropEmpty(edit);
        return { edit, result: { change: toChangeSet(edit), decision } };
      });
      return { ...result, history: session.history.labels() };
    },

    async setCurationStatus({ documentIds, status }) {
      const ids = [...new Set(documentIds)];
      const label = message(`curationUnits:status-${status}`, { count: ids.length });
      const change = await session.change(label, async (s) => {
        const at = new Date().toISOString();
        // Every document is checked before anything is written: the ticked documents change together or not at all.
        for (const id of ids) s.documentInfo(id);
        const curationStatuses = ids
          .filter((id) => (statusOf(s, id)?.status ?? 'not-started') !== status)
          .map((id) => ({
            id,
            after:
              status === 'not-started' ? null : { id, status, curatorId: s.coder.id, curatorName: s.coder.name, at },
          }));
        if (curationStatuses.length === 0) return { edit: null, result: emptyChangeSet() };
        const edit: RecordEdit = { curationStatuses };
        return { edit, result: toChangeSet(edit) };
      });
      return { change, history: session.history.labels() };
    },
  };
}

/** The coders curated: known, each once, and never the curated layer itself (it is the result, not a coder). */
function curationCoders(store: ProjectStore, coderIds: readonly string[]): void {
  if (coderIds.includes(CURATED_CODER_ID)) {
    throw new ApiError('invalid-input', message('curationUnits:error-curatedNotCoder'));
  }
  chosenCoders(store, coderIds);
}

/**
 * The unit as the window showed it is still a unit, with no version added
 * since: the decision names every version it was made from or looked at,
 * so one that arrived unseen would be left out of the log.
 */
function requireUnitAsShown(
  store: ProjectStore,
  query: { documentId: string; coderIds: string[]; unit: Parameters<typeof compareDocument>[0]['rule'] },
  members: readonly (string | null)[],
): void {
  const info = store.documentInfo(query.documentId);
  const comparison = compareDocument({
    documentId: query.documentId,
    documentDate: info.metadata.date ?? null,
    annotations: store.annotationsOf(query.documentId),
    coderIds: query.coderIds,
    codebook: store.codebook(),
    mappings: store.tagMappings(),
    rule: query.unit,
  });
  const same = comparison.units.some((u) => u.members.every((id, i) => id === members[i]));
  if (!same) throw new ApiError('conflict', message('curationUnits:error-unitChanged'));
}

/**
 * The unit's versions as the window saw them, read from the store: each must
 * still be an annotation of this document, of that coder, on live text.
 * Anything else means the unit changed under the curator's eyes.
 */
function checkedMembers(
  store: ProjectStore,
  documentId: string,
  coderIds: readonly string[],
  members: readonly (string | null)[],
): Map<string, Annotation> {
  const found = new Map<string, Annotation>();
  members.forEach((id, i) => {
    if (id === null) return;
    const a = store.hasAnnotation(id) ? store.annotation(id) : null;
    if (!a || a.documentId !== documentId || a.coderId !== coderIds[i] || a.orphaned) {
      throw new ApiError('conflict', message('curationUnits:error-unitChanged'));
    }
    found.set(id, a);
  });
  return found;
}

function actionLabel(store: ProjectStore, action: UnitAction): Message {
  const name = (id: string) => coderName(store.info().coders, id);
  switch (action.kind) {
    case 'take':
      return message('curationUnits:take', { coder: name(action.coderId) });
    case 'take-edited':
      return message('curationUnits:takeEdited', { coder: name(action.coderId) });
    case 'new':
      return message('curationUnits:new');
    case 'reject-all':
      return message('curationUnits:rejectAll');
  }
}

/** The curated layer's coder entry joins project.json with its first record (the same edit). */
function addCuratedCoder(store: ProjectStore, edit: RecordEdit): void {
  if (store.info().coders.some((c) => c.id === CURATED_CODER_ID)) return;
  edit.coders = [{ id: CURATED_CODER_ID, after: { ...curatedCoder } }];
}

/** Lists the edit would carry empty are left out: an edit names only what it changes. */
function dropEmpty(edit: RecordEdit): void {
  for (const key of Object.keys(edit) as Array<keyof RecordEdit>) {
    const value = edit[key];
    if (Array.isArray(value) && value.length === 0) delete edit[key];
  }
}

function inProgress(documentId: string, curator: { id: string; name: string }, at: string): CurationStatusRecord {
  return { id: documentId, status: 'in-progress', curatorId: curator.id, curatorName: curator.name, at };
}

function curatedOf(annotations: readonly Annotation[]): Map<string, Annotation> {
  const curated = new Map<string, Annotation>();
  for (const a of annotations) if (a.coderId === CURATED_CODER_ID) curated.set(a.id, a);
  return curated;
}

/** A document's decisions, oldest first (by time, then as recorded: a bundle's may arrive after later ones). */
function decisionsOf(store: ProjectStore, documentId: string): CurationDecision[] {
  return byTime([...store.curationDecisionsOf(documentId)]);
}

function decisionsByDocument(store: ProjectStore): Map<string, CurationDecision[]> {
  const grouped = new Map<string, CurationDecision[]>();
  for (const d of store.curationDecisions()) {
    const list = grouped.get(d.documentId);
    if (list) list.push(d);
    else grouped.set(d.documentId, [d]);
  }
  return grouped;
}

function byTime(decisions: CurationDecision[]): CurationDecision[] {
  return decisions
    .map((d, order) => ({ d, order }))
    .sort((x, y) => (x.d.at < y.d.at ? -1 : x.d.at > y.d.at ? 1 : x.order - y.order))
    .map(({ d }) => d);
}

function statusOf(store: ProjectStore, documentId: string): CurationStatusRecord | null {
  return store.curationStatusRecordOf(documentId);
}

/** Records the document's decisions name that no longer exist (a coder deleted what was curated). */
function goneSources(store: ProjectStore, decisions: readonly CurationDecision[]): string[] {
  const linkIds = new Set(store.links().map((l) => l.id));
  const gone = new Set<string>();
  for (const d of decisions) {
    const exists = isLinkDecision(d) ? (id: string) => linkIds.has(id) : (id: string) => store.hasAnnotation(id);
    for (const id of decisionSourceIds(d)) if (!exists(id)) gone.add(id);
  }
  return [...gone];
}

/** A refusal of the curation rules (domain code) as the wire's error, same code and words. */
function domain<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CurationError) throw new ApiError(error.code, error.text);
    throw error;
  }
}
