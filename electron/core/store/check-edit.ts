import { type Annotation, AnnotationSchema } from '../../../shared/model/annotation.ts';
import { DocumentInfoSchema } from '../../../shared/model/document.ts';
import type { Link } from '../../../shared/model/link.ts';
import type { TagMapping } from '../../../shared/model/tag-mapping.ts';
import type { z } from 'zod';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { ProjectState } from './project-state.ts';
import { type ListKindName, listKindNames, listKinds } from './record-kinds.ts';
import type { RecordEdit } from './record-edit.ts';
import { schemaProblem } from './schema-problem.ts';
import { message } from '../../../shared/i18n/message.ts';

/**
 * Checks an edit once it is applied, inside the change queue, so that what
 * it refers to is checked as the project now is (not as it was when the
 * call arrived): every record it writes passes the schema it will be read
 * back with, no list grows past its bound, and every reference it sets —
 * tag, actor, concept, coder, link type, linked annotation — exists.
 * References a record already had are not checked again: a change must not
 * be refused for what it did not touch. Throws the first problem.
 */
export function checkEdit(
  state: ProjectState,
  edit: RecordEdit,
  inverse: RecordEdit,
  hasAnnotation: (id: string) => boolean,
): void {
  const refs = references(state);
  for (const [i, entry] of (edit.annotations ?? []).entries()) {
    if (!entry.after) continue;
    valid(AnnotationSchema, entry.after, 'annotation');
    checkAnnotationRefs(entry.after, inverse.annotations?.[i]?.after ?? null, refs);
  }
  for (const info of edit.documents ?? []) valid(DocumentInfoSchema, info, 'documentDetails');
  for (const name of listKindNames) {
    const entries = edit[name] as ReadonlyArray<{ after: unknown }> | undefined;
    if (!entries) continue;
    const kind = listKinds[name] as (typeof listKinds)['actors'];
    for (const { after } of entries) if (after) valid(kind.schema, after, name);
  }
  for (const name of listKindNames) {
    if (!edit[name]) continue;
    const kind = listKinds[name] as (typeof listKinds)['actors'];
    const list = kind.list(state);
    if (name === 'links') checkPerCoder(list as unknown as Link[], kind.max, name);
    else if (list.length > kind.max) tooMany(kind.max, name);
  }
  (edit.links ?? []).forEach((entry, i) => {
    if (entry.after) checkLinkRefs(entry.after, inverse.links?.[i]?.after ?? null, refs, hasAnnotation);
  });
  (edit.tagMappings ?? []).forEach((entry, i) => {
    if (entry.after) checkMappingRefs(entry.after, inverse.tagMappings?.[i]?.after ?? null, refs);
  });
  checkCurationRefs(state, edit);
  checkRemovedCoders(state, edit);
}

/**
 * A decision is filed under its document, and a status is a document's:
 * each must name a document of the project (one the same edit brings back
 * counts: the edit is applied before it is checked). Quick reasons are
 * picked by their words, so no two may read the same (case aside) — checked
 * here, not only by the handler, so a bundle's reasons cannot add a second.
 */
function checkCurationRefs(state: ProjectState, edit: RecordEdit): void {
  for (const { after } of edit.curationDecisions ?? []) {
    if (after && !state.documents.has(after.documentId)) noDocument(after.documentId);
  }
  for (const { id, after } of edit.curationStatuses ?? []) {
    if (after && !state.documents.has(id)) noDocument(id);
  }
  if (edit.quickReasons?.some((e) => e.after)) {
    const seen = new Set<string>();
    for (const r of state.quickReasons) {
      const key = r.label.trim().toLocaleLowerCase();
      if (seen.has(key))
        throw new ApiError('conflict', message('curation:error-quickReasonExists', { label: r.label }));
      seen.add(key);
    }
  }
}

function noDocument(id: string): never {
  throw new ApiError('not-found', message('curation:error-decisionNoDocument', { id }));
}

/**
 * A coder removed (an undone bundle import) must no longer own any
 * annotation or link: a layer is never left without its coder. Reads the
 * documents' facets, so unparsed layers stay unparsed.
 */
function checkRemovedCoders(state: ProjectState, edit: RecordEdit): void {
  const removed = new Set((edit.coders ?? []).filter((c) => !c.after).map((c) => c.id));
  for (const c of state.project.coders) removed.delete(c.id);
  if (!removed.size) return;
  for (const doc of state.documents.values()) {
    for (const coderId of doc.facets().coderIds) if (removed.has(coderId)) stillUsed(coderId);
  }
  for (const l of state.links) if (removed.has(l.coderId)) stillUsed(l.coderId);
  for (const m of state.tagMappings) if (removed.has(m.coderId)) stillUsed(m.coderId);
}

function stillUsed(coderId: string): never {
  throw new ApiError('conflict', message('errors:coderStillUsed', { id: coderId }));
}

interface References {
  tags: Set<string>;
  actors: Set<string>;
  concepts: Set<string>;
  coders: Set<string>;
  linkTypes: Set<string>;
}

function references(state: ProjectState): References {
  // Built lazily per edit would save little: these lists are small next to annotations.
  return {
    tags: new Set(state.project.codebook.tags.map((t) => t.id)),
    actors: new Set(state.actors.actors.map((a) => a.id)),
    concepts: new Set(state.concepts.map((c) => c.id)),
    coders: new Set(state.project.coders.map((c) => c.id)),
    linkTypes: new Set(state.linkTypes.map((t) => t.id)),
  };
}

function checkAnnotationRefs(a: Annotation, before: Annotation | null, refs: References): void {
  const changed = <K extends keyof Annotation>(key: K) => a[key] !== undefined && a[key] !== before?.[key];
  if (changed('tagId') && !refs.tags.has(a.tagId)) missing('tag', a.tagId);
  for (const key of ['actorId', 'speakerId', 'addresseeId'] as const) {
    const id = a[key];
    if (id && changed(key) && !refs.actors.has(id)) missing('actor', id);
  }
  if (a.conceptId && changed('conceptId') && !refs.concepts.has(a.conceptId)) {
    missing('concept', a.conceptId);
  }
  if (changed('coderId') && !refs.coders.has(a.coderId)) missing('coder', a.coderId);
}

function checkLinkRefs(l: Link, before: Link | null, refs: References, hasAnnotation: (id: string) => boolean): void {
  if (l.typeId !== before?.typeId && !refs.linkTypes.has(l.typeId)) {
    missing('linkType', l.typeId);
  }
  for (const end of [l.fromId, l.toId]) {
    if (end !== before?.fromId && end !== before?.toId && !hasAnnotation(end)) {
      missing('annotation', end);
    }
  }
  if (l.coderId !== before?.coderId && !refs.coders.has(l.coderId)) {
    missing('coder', l.coderId);
  }
}

/** A mapping names a coder and two tags of the project, and never maps a tag onto itself. */
function checkMappingRefs(m: TagMapping, before: TagMapping | null, refs: References): void {
  if (m.coderId !== before?.coderId && !refs.coders.has(m.coderId)) missing('coder', m.coderId);
  for (const id of [m.fromTagId, m.toTagId]) {
    if (id !== before?.fromTagId && id !== before?.toTagId && !refs.tags.has(id)) missing('tag', id);
  }
  if (m.fromTagId === m.toTagId) throw new ApiError('invalid-input', message('tagMapping:error-ontoItself'));
}

type Missing = 'tag' | 'actor' | 'concept' | 'coder' | 'linkType' | 'annotation';

function checkPerCoder(links: readonly Link[], max: number, noun: ListKindName): void {
  if (links.length <= max) return;
  const counts = new Map<string, number>();
  for (const l of links) counts.set(l.coderId, (counts.get(l.coderId) ?? 0) + 1);
  for (const count of counts.values()) if (count > max) tooMany(max, noun);
}

function valid(schema: z.ZodType, value: unknown, what: 'annotation' | 'documentDetails' | ListKindName): void {
  const problem = schemaProblem(schema, value);
  // The schema's own wording of the problem stays English (zod's words).
  if (problem) throw new ApiError('invalid-input', message(`errors:cannotSave-${what}`, { reason: problem.message }));
}

function tooMany(max: number, noun: ListKindName): never {
  throw new ApiError('too-large', message(`errors:projectFull-${noun}`, { count: max }));
}

function missing(what: Missing, id: string): never {
  throw new ApiError('not-found', message(`errors:editNo-${what}`, { id }));
}
