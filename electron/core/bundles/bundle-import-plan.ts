import { createHash } from 'node:crypto';
import type {
  BundleDecisions,
  BundleImportSummary,
  BundlePreview,
  CoderTarget,
  PreviewCoder,
  PreviewDocument,
  PreviewLinks,
  PreviewOrphan,
  PreviewCuration,
} from '../../../shared/bundles/bundle-preview.ts';
import { compareLayer, replacesSomething } from '../../../shared/bundles/compare-layers.ts';
import { diffRecords, type RecordPlan } from '../../../shared/bundles/diff-records.ts';
import { mapAnnotation, mapLink } from '../../../shared/bundles/map-records.ts';
import {
  type CoderMapping,
  CoderMappingError,
  defaultTarget,
  mapCoders,
} from '../../../shared/bundles/match-coders.ts';
import { DocumentMatcher } from '../../../shared/bundles/match-documents.ts';
import { reanchorLayer } from '../../../shared/bundles/reanchor-layer.ts';
import { importTagMappings } from '../../../shared/bundles/import-tag-mappings.ts';
import { CurationImport, importQuickReasons, importStatuses } from '../../../shared/bundles/import-curation.ts';
import { CURATED_CODER_ID, curatedCoder } from '../../../shared/curation/curation-types.ts';
import type { BundleContents } from '../../../shared/formats/bundle/bundle-contents.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Link } from '../../../shared/model/link.ts';
import type { ProjectStore } from '../store/project-store.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { readAhead } from './bundle-import-read-ahead.ts';

/** What importing a bundle with some decisions would do, and the edit that does it. */
export interface ImportPlan {
  /** The plan's part of the preview (the file's format, rejections and notes come from its reader). */
  preview: Omit<BundlePreview, 'previewId' | 'format' | 'rejected' | 'notes'>;
  /** The one edit of the import (null: nothing new); only built with `build`. */
  edit: RecordEdit | null;
  summary: BundleImportSummary;
}

export interface PlanOptions {
  /** Build the edit (reads every new document's text); a preview only counts. */
  build: boolean;
  /** An id not used in this project (a coder, a record kept beside ours). */
  freshId: () => string;
}

/** How many documents are read ahead of the one being compared. */
const READ_AHEAD = 8;

/** One layer of the bundle in one document, mapped onto our ids (and, for a different text, onto our text). */
type Placed = { mapping: CoderMapping; annotations: Annotation[] };

/**
 * Works out, from the project as it is now, what importing `contents` with
 * `decisions` does: coders mapped, records diffed, each document matched
 * (read one at a time), every layer compared with the one it maps onto,
 * links placed. Changes nothing. Throws ApiError for a mapping or an id the
 * project cannot take.
 */
export async function planImport(
  store: ProjectStore,
  me: string,
  contents: BundleContents,
  decisions: BundleDecisions,
  options: PlanOptions,
): Promise<ImportPlan> {
  const ourCoders = store.info().coders;
  const layerCoders = contents.layers.map((id) => contents.coders.find((c) => c.id === id) ?? { id, name: id });
  const mappings = mapLayers(layerCoders, ourCoders, me, decisions, options.freshId, contents.curation !== null);
  // Their curation, beside ours (never over it); null when the file carries none.
  const curation = contents.curation
    ? new CurationImport(contents.curation, {
        decisions: store.curationDecisions(),
        statuses: store.curationStatuses(),
        quickReasons: store.quickReasons(),
        links: store.links(),
      })
    : null;
  const isCurated = (m: CoderMapping) => curation !== null && m.kind !== 'mine' && m.theirs.id === CURATED_CODER_ID;
  const records = diffRecords(
    { tags: store.codebook().tags, actors: store.actors(), linkTypes: store.linkTypes(), concepts: store.concepts() },
    contents,
    decisions.choices,
    options.freshId,
  );
  const ids = new IdIndex(store);
  ids.checkRecords(records, mappings);
  const references = finalReferences(store, records);

  const edit: Required<Pick<RecordEdit, 'annotations' | 'wholeDocuments' | 'links'>> = {
    annotations: [],
    wholeDocuments: [],
    links: [],
  };
  const summary = emptySummary();
  const coderRows = new Map(layerCoders.map((c) => [c.id, coderRow(c, ourCoders, me)]));
  for (const m of mappings) {
    const row = coderRows.get(m.theirs.id);
    if (row && isCurated(m)) Object.assign(row, { curated: true, defaultTarget: CURATED_CODER_ID });
  }
  const targetsOf = new Map<string, Map<string, CoderTarget>>();
  // No layer goes onto the curated one but the curated layer, which goes nowhere else: it is no one's target.
  const otherCoders = ourCoders.filter((c) => c.id !== me && c.id !== CURATED_CODER_ID);
  for (const m of mappings) {
    if (m.kind !== 'mine' && !isCurated(m))
      targetsOf.set(m.theirs.id, new Map(otherCoders.map((o) => [o.id, target(o)])));
  }
  const documents: PreviewDocument[] = [];
  const orphans: PreviewOrphan[] = [];
  const covered = new Set<string>();
  /** Every annotation the import leaves in place of theirs, by id: where links may end. */
  const imported = new Set<string>();
  const matcher = new DocumentMatcher(
    store.listDocumentInfos(),
    contents.documentInfos.map((d) => d.id),
  );

  // A few documents read ahead (their annotations and texts, our text): reading overlaps comparing, memory stays bounded.
  const fetched = readAhead(contents.documentInfos, READ_AHEAD, async (info) => {
    const match = matcher.match(info);
    const [theirs, texts, bundled] = await Promise.all([
      contents.annotations(info.id),
      match.ourId ? sameText(store, contents, match.ourId, info.id, info.textLength) : null,
      !match.ourId && options.build ? contents.document(info.id) : null,
    ]);
    return { info, match, theirs, texts, bundled };
  });
  for await (const { info, match, theirs, texts, bundled } of fetched) {
    const perCoder: Record<string, number> = {};
    for (const a of theirs) perCoder[a.coderId] = (perCoder[a.coderId] ?? 0) + 1;
    for (const [coderId, count] of Object.entries(perCoder)) {
      const row = coderRows.get(coderId);
      if (row) {
        row.annotations += count;
        row.documents++;
      }
    }
    const ourId = match.ourId ?? info.id;
    covered.add(ourId);
    curation?.noteDocument(info.id, ourId);
    let status: PreviewDocument['status'] = 'new';
    let ourText: string | null = null;
    if (match.ourId && texts) {
      status = texts.same ? 'same' : 'different-text';
      ourText = texts.same ? null : texts.ours;
    } else {
      ids.checkNewDocument(info.id);
    }
    const placed: Placed[] = [];
    let reanchored = 0;
    let orphaned = 0;
    for (const mapping of mappings) {
      const layer = theirs.filter((a) => a.coderId === mapping.theirs.id);
      let mapped = layer.map((a) =>
        mapAnnotation(a, ourId, mapping.kind === 'mine' ? me : mapping.ourId, records.maps),
      );
      if (ourText !== null) {
        const result = reanchorLayer(mapped, ourText);
        mapped = result.annotations;
        if (mapping.kind !== 'mine') {
          reanchored += result.placed;
          orphaned += result.orphans.length;
          for (const o of result.orphans) {
            orphans.push({
              annotationId: o.id,
              documentId: ourId,
              documentTitle: match.ourId ? store.documentInfo(ourId).title : info.title,
              coderId: mapping.theirs.id,
              tagId: o.tagId,
              quote: o.quote.exact,
            });
          }
        }
      }
      placed.push({ mapping, annotations: mapped });
    }
    summary.orphans += orphaned;

    if (!match.ourId) {
      const kept: Annotation[] = [];
      for (const { mapping, annotations } of placed) {
        if (mapping.kind === 'mine') {
          summary.ignoredMine += annotations.length;
          continue;
        }
        const taken = curation && isCurated(mapping) ? curation.placeAnnotations(annotations, []) : annotations;
        for (const a of taken) ids.checkNewAnnotation(a, null);
        kept.push(...taken);
      }
      for (const a of kept) {
        references.check(a);
        imported.add(a.id);
      }
      summary.documents++;
      summary.annotations += kept.length;
      if (bundled) {
        const doc = bundled;
        edit.wholeDocuments.push({
          id: info.id,
          // One string when the original is the text (most documents): 10,000 texts are not held twice until saved.
          after: {
            info,
            text: { text: doc.text, originalText: doc.originalText === doc.text ? doc.text : doc.originalText },
            annotations: kept,
          },
        });
      }
    } else {
      const here = store.annotationsOf(ourId);
      for (const { mapping, annotations } of placed) {
        if (mapping.kind === 'mine') {
          const cmp = compareLayer(
            annotations,
            here.filter((a) => a.coderId === me),
          );
          const row = coderRows.get(mapping.theirs.id);
          if (row)
            row.mineDiffers = (row.mineDiffers ?? 0) + cmp.added.length + cmp.changed.length + cmp.removed.length;
          summary.ignoredMine += annotations.length;
          for (const a of annotations) if (store.hasAnnotation(a.id)) imported.add(a.id);
          continue;
        }
        const existing = here.filter((a) => a.coderId === mapping.ourId);
        if (curation && isCurated(mapping)) {
          // The curated layer only adds (see CurationImport): nothing of ours is replaced through it.
          const added = curation.placeAnnotations(annotations, existing);
          for (const a of added) {
            ids.checkNewAnnotation(a, ourId);
            references.check(a);
            imported.add(a.id);
            edit.annotations.push({ id: a.id, documentId: ourId, after: a });
          }
          summary.annotations += added.length;
          continue;
        }
        const cmp = compareLayer(annotations, existing);
        for (const a of [...cmp.added, ...cmp.changed]) {
          ids.checkNewAnnotation(a, ourId);
          references.check(a);
        }
        for (const a of annotations) imported.add(a.id);
        summary.annotations += cmp.added.length;
        summary.replacedAnnotations += cmp.changed.length;
        summary.removedAnnotations += cmp.removed.length;
        for (const a of [...cmp.added, ...cmp.changed])
          edit.annotations.push({ id: a.id, documentId: ourId, after: a });
        for (const a of cmp.removed) edit.annotations.push({ id: a.id, documentId: ourId, after: null });
        // What mapping this layer onto each other coder of the project would replace (the preview's table).
        const targets = targetsOf.get(mapping.theirs.id);
        for (const t of targets?.values() ?? []) {
          const theirsHere = here.filter((a) => a.coderId === t.coderId);
          t.annotations += theirsHere.length;
          // The target it maps onto was just compared; any other is compared until it is known to replace.
          if (t.coderId === mapping.ourId) t.replaces ||= replacesSomething(cmp);
          else if (!t.replaces && theirsHere.length) {
            const asTheirs = annotations.map((a) => ({ ...a, coderId: t.coderId }));
            t.replaces = replacesSomething(compareLayer(asTheirs, theirsHere));
          }
        }
      }
    }
    documents.push({
      theirId: info.id,
      ourId: match.ourId,
      title: info.title,
      status,
      matchedBy: match.matchedBy,
      annotations: perCoder,
      reanchored,
      orphaned,
    });
  }

  // Our curated annotations whose decisions a later one of theirs replaces go, as deciding again here takes them out.
  for (const id of curation?.removed ?? []) {
    if (!store.hasAnnotation(id)) continue;
    const a = store.annotation(id);
    if (a.coderId === CURATED_CODER_ID) edit.annotations.push({ id, documentId: a.documentId, after: null });
  }
  const links = planLinks(
    store,
    me,
    contents,
    mappings,
    records,
    covered,
    imported,
    ids,
    targetsOf,
    coderRows,
    curation,
  );
  edit.links.push(...links.entries);
  summary.links = links.added;
  summary.removedLinks = links.removed;
  summary.unplacedLinks = links.preview.unplaced.length;
  summary.ignoredMine += links.ignoredMine;

  const newCoders = mappings.flatMap((m) =>
    m.kind !== 'new' ? [] : [isCurated(m) ? { ...curatedCoder } : { id: m.ourId, name: m.theirs.name }],
  );
  summary.coders = newCoders.length;
  summary.records = records.added;
  summary.updatedRecords = records.updated;
  const built = assemble(edit, records, newCoders);
  const tagMappings = importTagMappings({
    theirs: contents.tagMappings,
    theirTags: contents.tags,
    layers: mappings,
    tagMap: records.maps.tag,
    finalTags: new Set([...store.codebook().tags, ...(records.tags ?? [])].map((t) => t.id)),
    ours: store.tagMappings(),
    ourSnapshots: store.coderCodebooks(),
    now: new Date().toISOString(),
  });
  if (tagMappings.mappings.length) built.tagMappings = tagMappings.mappings;
  summary.tagMappings = tagMappings.added;
  // A colleague's codebook, kept to tell renamed and moved tags apart later (only when it says something new).
  if (tagMappings.snapshots.length) built.coderCodebooks = tagMappings.snapshots;
  for (const m of mappings) {
    const row = coderRows.get(m.theirs.id);
    if (row) row.targets = [...(targetsOf.get(m.theirs.id)?.values() ?? [])];
  }
  const curationPreview =
    curation && contents.curation
      ? planCuration(store, curation, contents.curation, mappings, me, options, built, summary)
      : null;
  const replaced = {
    annotations: summary.replacedAnnotations + summary.removedAnnotations,
    links: links.replaced + links.removed,
  };
  return {
    preview: {
      origin: { ...contents.origin },
      coders: [...coderRows.values()],
      documents,
      records: records.previews,
      sameRecords: records.same,
      links: links.preview,
      tagMappings: { new: tagMappings.added, same: tagMappings.same },
      orphans,
      curation: curationPreview,
      counts: {
        added: {
          documents: summary.documents,
          annotations: summary.annotations,
          links: summary.links,
          coders: summary.coders,
          tagMappings: summary.tagMappings,
          ...records.added,
        },
        replaced,
        orphans: summary.orphans,
        ignoredMine: summary.ignoredMine,
      },
      nothingNew: isEmpty(built) && summary.documents === 0,
    },
    edit: options.build && !isEmpty(built) ? built : null,
    summary,
  };
}

/**
 * Their decisions, statuses and quick reasons into the edit (see
 * CurationImport): decisions on our ids, each keeping its curator.
 */
function planCuration(
  store: ProjectStore,
  curation: CurationImport,
  theirs: NonNullable<BundleContents['curation']>,
  mappings: readonly CoderMapping[],
  me: string,
  options: PlanOptions,
  built: RecordEdit,
  summary: BundleImportSummary,
): PreviewCuration {
  const coders = new Map(mappings.map((m) => [m.theirs.id, m.kind === 'mine' ? me : m.ourId]));
  const decisions = curation.decisions((id) => coders.get(id) ?? id);
  const statuses = importStatuses(theirs.statuses, store.curationStatuses(), (id) => curation.documentOf(id));
  const reasons = importQuickReasons(theirs.quickReasons, store.quickReasons(), options.freshId);
  const conflicts = curation.conflicts(decisions);
  if (decisions.length) built.curationDecisions = decisions.map((d) => ({ id: d.id, after: d }));
  if (statuses.entries.length) built.curationStatuses = statuses.entries;
  if (reasons.entries.length) built.quickReasons = reasons.entries;
  summary.curationDecisions = decisions.length;
  summary.curationConflicts = conflicts;
  summary.curationStatuses = statuses.added;
  summary.quickReasons = reasons.added;
  return {
    decisions: decisions.length,
    sameDecisions: curation.same,
    conflicts,
    replacesYours: curation.replacesYours,
    sameAsYours: curation.sameAsYours,
    statuses: { new: statuses.added, same: statuses.same, keptYours: statuses.keptYours },
    quickReasons: { new: reasons.added, same: reasons.same },
  };
}

function mapLayers(
  layers: Coder[],
  ourCoders: Coder[],
  me: string,
  decisions: BundleDecisions,
  freshId: () => string,
  withCuration: boolean,
): CoderMapping[] {
  try {
    return mapCoders(layers, ourCoders, me, decisions.coders, freshId, withCuration);
  } catch (error) {
    if (error instanceof CoderMappingError) throw new ApiError('invalid-input', error.text);
    throw error;
  }
}

function coderRow(coder: Coder, ourCoders: Coder[], me: string): PreviewCoder {
  const isMe = coder.id === me;
  return {
    coder,
    annotations: 0,
    links: 0,
    documents: 0,
    isMe,
    mineDiffers: isMe ? 0 : null,
    defaultTarget: isMe ? 'new' : defaultTarget(coder, ourCoders, me),
    targets: [],
  };
}

function target(coder: Coder): CoderTarget {
  return { coderId: coder.id, name: coder.name, annotations: 0, links: 0, replaces: false };
}

/** Whether our text of a document is theirs; ours is read only when it may be (the same length) or is needed. */
async function sameText(
  store: ProjectStore,
  contents: BundleContents,
  ourId: string,
  theirId: string,
  theirLength: number,
): Promise<{ same: boolean; ours: string }> {
  const ours = await store.text(ourId);
  if (ours.text.length !== theirLength) return { same: false, ours: ours.text };
  // Their text's hash is in the manifest (checked when the bundle was read): hashing ours is cheaper than reading theirs.
  const listed = contents.textSha256?.(theirId);
  if (listed) return { same: createHash('sha256').update(ours.text, 'utf8').digest('hex') === listed, ours: ours.text };
  const theirs = await contents.document(theirId);
  return { same: theirs.text === ours.text, ours: ours.text };
}

interface LinkPlan {
  entries: NonNullable<RecordEdit['links']>;
  added: number;
  replaced: number;
  removed: number;
  ignoredMine: number;
  preview: PreviewLinks;
}

/**
 * The bundle's links, each in the layer it maps onto. A link is placed when
 * both its ends are there after the import (imported, or here already);
 * the others are listed, not imported. A layer mapped onto a coder of ours
 * replaces their links that start in the documents the bundle covers.
 */
function planLinks(
  store: ProjectStore,
  me: string,
  contents: BundleContents,
  mappings: CoderMapping[],
  records: RecordPlan,
  covered: ReadonlySet<string>,
  imported: ReadonlySet<string>,
  ids: IdIndex,
  targetsOf: Map<string, Map<string, CoderTarget>>,
  coderRows: Map<string, PreviewCoder>,
  curation: CurationImport | null,
): LinkPlan {
  const plan: LinkPlan = {
    entries: [],
    added: 0,
    replaced: 0,
    removed: 0,
    ignoredMine: 0,
    preview: { new: 0, same: 0, unplaced: [] },
  };
  const byLayer = new Map(mappings.map((m) => [m.theirs.id, m]));
  const incoming = new Map<string, Link[]>();
  const there = (id: string) => imported.has(id) || store.hasAnnotation(id);
  const curatedOf = (m: CoderMapping) =>
    curation && m.kind !== 'mine' && m.theirs.id === CURATED_CODER_ID ? curation : null;
  for (const theirLink of contents.links) {
    const mapping = byLayer.get(theirLink.coderId);
    if (!mapping) continue;
    const row = coderRows.get(theirLink.coderId);
    if (row) row.links++;
    // A curated link: its ends onto the curated annotations they became here; the result of a replaced decision stays out.
    const curated = curatedOf(mapping);
    const link = curated ? curated.placeLink(theirLink) : theirLink;
    if (!link) continue;
    const from = there(link.fromId);
    const to = there(link.toId);
    if (!from || !to) {
      plan.preview.unplaced.push({
        id: link.id,
        coderId: link.coderId,
        fromId: link.fromId,
        toId: link.toId,
        missing: !from && !to ? 'both' : !from ? 'from' : 'to',
      });
      continue;
    }
    const ourCoder = mapping.kind === 'mine' ? me : mapping.ourId;
    const list = incoming.get(mapping.theirs.id) ?? [];
    list.push(mapLink(link, ourCoder, records.maps));
    incoming.set(mapping.theirs.id, list);
  }
  const homeCovered = (l: Link) => {
    const home = store.hasAnnotation(l.fromId) ? store.annotation(l.fromId).documentId : null;
    return home !== null && covered.has(home);
  };
  const coveredOf = new Map<string, Link[]>();
  const coveredLinks = (coderId: string): Link[] => {
    let list = coveredOf.get(coderId);
    if (!list) {
      list = store.links().filter((l) => l.coderId === coderId && homeCovered(l));
      coveredOf.set(coderId, list);
    }
    return list;
  };
  for (const mapping of mappings) {
    const links = incoming.get(mapping.theirs.id) ?? [];
    const curated = curatedOf(mapping);
    if (curated) {
      // Only added, as the curated annotations are; ours go only where their decisions replaced ours.
      const ours = store.links().filter((l) => l.coderId === CURATED_CODER_ID);
      const added = curated.addLinks(links, ours);
      for (const l of added) ids.checkLink(l);
      plan.added += added.length;
      plan.preview.new += added.length;
      plan.preview.same += links.length - added.length;
      for (const l of added) plan.entries.push({ id: l.id, after: l });
      for (const l of curated.removedLinks(ours)) plan.entries.push({ id: l.id, after: null });
      continue;
    }
    if (mapping.kind === 'mine') {
      const cmp = compareLayer(links, coveredLinks(me));
      const row = coderRows.get(mapping.theirs.id);
      if (row) row.mineDiffers = (row.mineDiffers ?? 0) + cmp.added.length + cmp.changed.length + cmp.removed.length;
      plan.ignoredMine += links.length;
      continue;
    }
    const cmp = compareLayer(links, mapping.kind === 'new' ? [] : coveredLinks(mapping.ourId));
    for (const l of [...cmp.added, ...cmp.changed]) ids.checkLink(l);
    plan.added += cmp.added.length;
    plan.replaced += cmp.changed.length;
    plan.removed += cmp.removed.length;
    plan.preview.new += cmp.added.length;
    plan.preview.same += cmp.unchanged;
    for (const l of [...cmp.added, ...cmp.changed]) plan.entries.push({ id: l.id, after: l });
    for (const l of cmp.removed) plan.entries.push({ id: l.id, after: null });
    for (const t of targetsOf.get(mapping.theirs.id)?.values() ?? []) {
      const theirsHere = coveredLinks(t.coderId);
      t.links = theirsHere.length;
      if (t.coderId === mapping.ourId) t.replaces ||= replacesSomething(cmp);
      else if (!t.replaces && theirsHere.length) {
        t.replaces = replacesSomething(
          compareLayer(
            links.map((l) => ({ ...l, coderId: t.coderId })),
            theirsHere,
          ),
        );
      }
    }
  }
  return plan;
}

/**
 * Every id the project holds, by kind, to refuse an id of theirs that is a
 * record of another kind here (or an annotation of another document or
 * layer): importing it would make one id name two things.
 */
class IdIndex {
  private readonly kinds = new Map<string, string>();
  private readonly linkCoders: ReadonlyMap<string, string>;

  constructor(private readonly store: ProjectStore) {
    const add = (kind: string, list: ReadonlyArray<{ id: string }>) => {
      for (const r of list) if (!this.kinds.has(r.id)) this.kinds.set(r.id, kind);
    };
    add('tag', store.codebook().tags);
    add('actor', store.actors());
    add('linkType', store.linkTypes());
    add('concept', store.concepts());
    add('coder', store.info().coders);
    add('document', store.listDocumentInfos());
    add('link', store.links());
    this.linkCoders = new Map(store.links().map((l) => [l.id, l.coderId]));
  }

  private check(id: string, kind: string): void {
    const other = this.kinds.get(id) ?? (this.store.hasAnnotation(id) ? 'annotation' : undefined);
    if (other !== undefined && other !== kind)
      throw new ApiError('conflict', message('bundles:idTaken', { id, kind, other }));
  }

  /** Records added under their id, and new coders. */
  checkRecords(records: RecordPlan, mappings: CoderMapping[]): void {
    const added = (list: ReadonlyArray<{ id: string }>, kind: string) => {
      for (const r of list) this.check(r.id, kind);
    };
    added(records.tags ?? [], 'tag');
    added(records.linkTypes ?? [], 'linkType');
    added(records.actors, 'actor');
    added(records.concepts, 'concept');
    for (const m of mappings) if (m.kind === 'new') this.check(m.ourId, 'coder');
  }

  checkNewDocument(id: string): void {
    this.check(id, 'document');
  }

  /** An annotation put into `documentId` (null: a new document): its id is not another record, document or layer's here. */
  checkNewAnnotation(a: Annotation, documentId: string | null): void {
    this.check(a.id, 'annotation');
    if (!this.store.hasAnnotation(a.id)) return;
    const here = this.store.annotation(a.id);
    if (here.documentId !== documentId || here.coderId !== a.coderId) {
      throw new ApiError('conflict', message('bundles:annotationIdTaken', { id: a.id }));
    }
  }

  checkLink(l: Link): void {
    this.check(l.id, 'link');
    const coder = this.linkCoders.get(l.id);
    if (coder !== undefined && coder !== l.coderId)
      throw new ApiError('conflict', message('bundles:linkIdTaken', { id: l.id }));
  }
}

/** The tags, actors and concepts there will be after the import: what an imported annotation may name. */
function finalReferences(store: ProjectStore, records: RecordPlan) {
  const tags = new Set([...store.codebook().tags, ...(records.tags ?? [])].map((t) => t.id));
  const actors = new Set([...store.actors(), ...records.actors].map((a) => a.id));
  const concepts = new Set([...store.concepts(), ...records.concepts].map((c) => c.id));
  const missing = (id: string) => {
    throw new ApiError('invalid-input', message('bundles:importMissingReference', { id }));
  };
  return {
    check(a: Annotation): void {
      if (!tags.has(a.tagId)) missing(a.tagId);
      for (const id of [a.actorId, a.speakerId, a.addresseeId]) if (id && !actors.has(id)) missing(id);
      if (a.conceptId && !concepts.has(a.conceptId)) missing(a.conceptId);
    },
  };
}

function assemble(
  edit: Required<Pick<RecordEdit, 'annotations' | 'wholeDocuments' | 'links'>>,
  records: RecordPlan,
  coders: Coder[],
): RecordEdit {
  const out: RecordEdit = {};
  if (coders.length) out.coders = coders.map((c) => ({ id: c.id, after: c }));
  if (records.tags) out.codebook = { tags: records.tags };
  if (records.linkTypes) out.linkTypes = records.linkTypes;
  if (records.actors.length) out.actors = records.actors.map((a) => ({ id: a.id, after: a }));
  if (records.concepts.length) out.concepts = records.concepts.map((c) => ({ id: c.id, after: c }));
  if (edit.wholeDocuments.length) out.wholeDocuments = edit.wholeDocuments;
  if (edit.annotations.length) out.annotations = edit.annotations;
  if (edit.links.length) out.links = edit.links;
  return out;
}

function isEmpty(edit: RecordEdit): boolean {
  return Object.keys(edit).length === 0;
}

/** An import that adds nothing. */
export function emptySummary(): BundleImportSummary {
  return {
    documents: 0,
    annotations: 0,
    replacedAnnotations: 0,
    removedAnnotations: 0,
    links: 0,
    removedLinks: 0,
    coders: 0,
    tagMappings: 0,
    records: { tags: 0, actors: 0, linkTypes: 0, concepts: 0 },
    updatedRecords: 0,
    orphans: 0,
    unplacedLinks: 0,
    ignoredMine: 0,
    curationDecisions: 0,
    curationConflicts: 0,
    curationStatuses: 0,
    quickReasons: 0,
  };
}
