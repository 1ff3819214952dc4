import { describeQuote } from '../../anchoring/text-quote.ts';
import { message, type Message } from '../../i18n/message.ts';
import { type Annotation, AnnotationSchema, StanceSchema } from '../../model/annotation.ts';
import { PartialDateSchema } from '../../model/actor.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Coder } from '../../model/coder.ts';
import { TimestampSchema } from '../../model/ids.ts';
import { type Link, LinkSchema, type LinkType } from '../../model/link.ts';
import { normalizeText } from '../../text/normalize-text.ts';
import type { BundleDocument, BundleOrigin } from '../bundle/bundle-contents.ts';
import type { RejectedAnnotation } from '../exchange/exchange-types.ts';
import { CodePointIndex } from '../../text/code-point-index.ts';
import type { JsonNode } from './w3c-annotation-json.ts';
import { anchorTarget } from './w3c-anchor.ts';
import { readBodies } from './w3c-bodies.ts';
import { foreignId, idFromIri } from './w3c-iris.ts';
import { asList, checkContexts, fileItems, isNode, oneString, refIri, W3cRefusal } from './w3c-json.ts';
import { W3C_RECORDS_PROPERTY, type W3cRecords, W3cRecordsSchema } from './w3c-records.ts';

/** A document of the project a foreign annotation's source names, with its text. */
export type ProjectDocument = BundleDocument;

/** Finds the project's document a source IRI names (null: not in the project, or no project to look in). */
export type SourceLookup = (source: string) => Promise<ProjectDocument | null>;

/** A W3C file as read: records that pass our schemas, annotations on our texts, and what could not be taken. */
export interface W3cRead {
  origin: BundleOrigin;
  coders: Coder[];
  layers: string[];
  tags: Tag[];
  records: Pick<W3cRecords, 'actors' | 'concepts' | 'tagMappings'>;
  linkTypes: LinkType[];
  documents: BundleDocument[];
  annotations: Map<string, Annotation[]>;
  links: Link[];
  rejected: RejectedAnnotation[];
  notes: Message[];
}

const EPOCH = '1970-01-01T00:00:00.000Z';
/** Foreign tags get one colour: the codebook shows them apart by name; the user recolours after import. */
const FOREIGN_TAG_COLOR = '#8d8a84';
const FOREIGN_LINK_COLOR = '#4a5568';

function timestamp(v: unknown, fallback: string): string {
  const s = oneString(v);
  if (!s) return fallback;
  if (TimestampSchema.safeParse(s).success) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

const clip = (s: string, n: number) => s.trim().slice(0, n).trim() || '?';

/** Our records, when the file is our own export; null for another tool's. A damaged one refuses the file. */
function ourRecords(top: JsonNode | null): W3cRecords | null {
  const literal = top?.[W3C_RECORDS_PROPERTY];
  if (literal === undefined) return null;
  const parsed = isNode(literal) && literal['@type'] === '@json' ? W3cRecordsSchema.safeParse(literal['@value']) : null;
  if (!parsed?.success) {
    const issue = parsed?.error.issues[0];
    throw new W3cRefusal(message('exchange:w3c-badRecords', { detail: issue ? issue.path.join('.') : '@json' }));
  }
  for (const d of parsed.data.documents) {
    if (d.info.textLength !== d.text.length || normalizeText(d.text) !== d.text)
      throw new W3cRefusal(message('exchange:w3c-badRecords', { detail: `documents.${d.info.id}.text` }));
  }
  return parsed.data;
}

/**
 * Reads a parsed W3C Web Annotation file (see w3c-json for the shapes
 * taken). Our own export comes back exactly: its ids from our IRIs, its
 * records and texts from the JSON literal. Another tool's annotations are
 * placed on the text of the project's document their source names
 * (`lookup`): a W3C file holds no texts, so a source that is no document of
 * ours has its annotations rejected as needing the text (said once per
 * source in `notes`). Each foreign annotation takes ids derived from its IRI
 * (a UUID as it is, anything else hashed), so a second import is a no-op.
 * Throws W3cRefusal for a file that cannot be read at all.
 */
export async function readW3cTree(root: unknown, fileName: string, lookup: SourceLookup): Promise<W3cRead> {
  checkContexts(root);
  const { top, items } = fileItems(root);
  const records = ourRecords(top);
  const fallbackTime = timestamp(top?.created, EPOCH);
  const rejected: RejectedAnnotation[] = [];
  const notes: Message[] = [];

  const coders = new Map<string, Coder>((records?.coders ?? []).map((c) => [c.id, c]));
  if (records) coders.set(records.exportedBy.id, records.exportedBy);
  const tags = new Map<string, Tag>((records?.tags ?? []).map((t) => [t.id, t]));
  const linkTypes = new Map<string, LinkType>((records?.linkTypes ?? []).map((t) => [t.id, t]));
  const actorIds = new Set((records?.actors ?? []).map((a) => a.id));
  const conceptIds = new Set((records?.concepts ?? []).map((c) => c.id));
  const fileCoder: Coder = { id: foreignId(`file:${fileName}`, 'coder'), name: clip(fileName || 'W3C', 200) };

  const coderOf = (node: JsonNode): string => {
    const c = asList(node.creator)[0];
    const cIri = refIri(c);
    const ours = records ? idFromIri(cIri, 'coder') : null;
    if (ours && coders.has(ours)) return ours;
    const name = isNode(c) ? (oneString(c.name) ?? oneString(c.nickname) ?? cIri) : cIri;
    if (!name) {
      coders.set(fileCoder.id, fileCoder);
      return fileCoder.id;
    }
    const id = foreignId(cIri ?? `name:${name}`, 'coder');
    if (!coders.has(id)) coders.set(id, { id, name: clip(name, 200) });
    return id;
  };

  // Documents: ours from the literal; others looked up once per source.
  const documents = new Map<string, { doc: BundleDocument; points: CodePointIndex }>();
  const bySource = new Map<string, string | null>();
  for (const d of records?.documents ?? []) {
    const doc = { info: d.info, text: d.text, originalText: d.originalText ?? d.text };
    documents.set(d.info.id, { doc, points: new CodePointIndex(d.text) });
  }
  const missing = new Map<string, number>();
  const documentOf = async (source: string): Promise<string | null> => {
    if (bySource.has(source)) return bySource.get(source) ?? null;
    const ours = idFromIri(source, 'document');
    let id: string | null = ours && documents.has(ours) ? ours : null;
    if (!id) {
      const found = await lookup(source);
      if (found) {
        id = found.info.id;
        if (!documents.has(id)) documents.set(id, { doc: found, points: new CodePointIndex(found.text) });
      }
    }
    bySource.set(source, id);
    return id;
  };

  const annotations = new Map<string, Annotation[]>();
  /** Their annotation IRI → our id (the first, when one was split by its tags): where links may end. */
  const placed = new Map<string, string>();
  const seen = new Set<string>();
  const linkNodes: JsonNode[] = [];
  let split = 0;
  let untagged = 0;
  let byQuote = 0;
  const reject = (document: string | null, annotation: string | null, reason: Message) =>
    rejected.push({ document, annotation, reason });

  for (const node of items) {
    const aIri = oneString(node.id) ?? null;
    if (oneString(node.motivation) === 'linking') {
      linkNodes.push(node);
      continue;
    }
    if (!aIri) {
      reject(null, null, message('exchange:w3c-noId'));
      continue;
    }
    if (seen.has(aIri)) {
      reject(null, aIri, message('exchange:w3c-duplicateId'));
      continue;
    }
    seen.add(aIri);
    const targets = asList(node.target);
    const target = targets[0];
    const source = isNode(target) ? refIri(target.source) : undefined;
    if (targets.length !== 1 || !source) {
      reject(null, aIri, message('exchange:w3c-noTarget'));
      continue;
    }
    const documentId = await documentOf(source);
    if (!documentId) {
      missing.set(source, (missing.get(source) ?? 0) + 1);
      reject(source, aIri, message('exchange:w3c-textNeeded', { source: source.slice(0, 200) }));
      continue;
    }
    const { doc, points } = documents.get(documentId) as { doc: BundleDocument; points: CodePointIndex };
    const at = anchorTarget(doc.text, points, target, doc.originalText ?? doc.text);
    if ('reason' in at) {
      reject(documentId, aIri, at.reason);
      continue;
    }
    if (at.byQuote) byQuote++;
    const bodies = readBodies(node);
    const fields: Partial<Annotation> = {};
    let problem: Message | null = null;
    for (const r of bodies.roles) {
      if (r.role === 'stance') {
        const s = StanceSchema.safeParse(r.value);
        if (s.success) fields.stance = s.data;
        else problem = message('exchange:w3c-badField', { field: r.role, value: r.value.slice(0, 80) });
      } else if (r.role === 'statement-date') {
        if (PartialDateSchema.safeParse(r.value).success) fields.statementDate = r.value;
        else problem = message('exchange:w3c-badField', { field: r.role, value: r.value.slice(0, 80) });
      } else {
        const kind = r.role === 'concept' ? 'concept' : 'actor';
        const id = idFromIri(r.about, kind);
        if (!id || !(kind === 'concept' ? conceptIds : actorIds).has(id)) {
          problem = message('exchange:w3c-unknownReference', { kind: r.role, iri: String(r.about).slice(0, 200) });
        } else if (r.role === 'concept') fields.conceptId = id;
        else if (r.role === 'actor') fields.actorId = id;
        else if (r.role === 'speaker') fields.speakerId = id;
        else fields.addresseeId = id;
      }
    }
    const tagIds: string[] = [];
    for (const t of bodies.tags) {
      const ours = records ? idFromIri(t.iri, 'tag') : null;
      if (records && ours && tags.has(ours)) tagIds.push(ours);
      else if (records && t.iri?.startsWith('urn:glossator:'))
        problem = message('exchange:w3c-unknownReference', { kind: 'tag', iri: t.iri.slice(0, 200) });
      else tagIds.push(foreignTag(tags, t.name));
    }
    if (!tagIds.length) {
      untagged++;
      tagIds.push(foreignTag(tags, oneString(node.motivation) ?? 'highlighting'));
    }
    if (problem) {
      reject(documentId, aIri, problem);
      continue;
    }
    if (tagIds.length > 1) split++;
    const ourId = records ? idFromIri(aIri, 'annotation') : null;
    const baseId = ourId ?? foreignId(aIri, 'annotation');
    const coderId = coderOf(node);
    const created = timestamp(node.created, timestamp(node.modified, fallbackTime));
    const list = annotations.get(documentId) ?? [];
    tagIds.forEach((tagId, i) => {
      const candidate = {
        id: i === 0 ? baseId : `${baseId}-${i + 1}`,
        documentId,
        coderId,
        tagId,
        start: at.start,
        end: at.end,
        quote: describeQuote(doc.text, at.start, at.end),
        note: bodies.notes.join('\n\n'),
        ...fields,
        created,
        modified: timestamp(node.modified, created),
      };
      const checked = AnnotationSchema.safeParse(candidate);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        reject(documentId, aIri, message('exchange:w3c-badAnnotation', { detail: issue ? issue.path.join('.') : '' }));
        return;
      }
      if (i === 0) placed.set(aIri, checked.data.id);
      list.push(checked.data);
    });
    annotations.set(documentId, list);
  }

  const links = readLinks(linkNodes, placed, records !== null, linkTypes, coderOf, fallbackTime, reject);
  for (const list of annotations.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);

  if (missing.size)
    notes.push(
      message('exchange:w3c-noteTextNeeded', {
        count: [...missing.values()].reduce((a, b) => a + b, 0),
        sources: [...missing.keys()].slice(0, 5).join(', '),
        more: Math.max(0, missing.size - 5),
      }),
    );
  if (split) notes.push(message('exchange:w3c-noteSplitTags', { count: split }));
  if (untagged) notes.push(message('exchange:w3c-noteUntagged', { count: untagged }));
  if (byQuote) notes.push(message('exchange:w3c-noteByQuote', { count: byQuote }));

  const layers = new Set<string>();
  for (const list of annotations.values()) for (const a of list) layers.add(a.coderId);
  for (const l of links) layers.add(l.coderId);
  const firstCoder = coders.get([...layers][0] ?? '') ?? fileCoder;
  const generator = top?.generator;
  const origin: BundleOrigin = records
    ? {
        formatVersion: records.version,
        appVersion: records.appVersion,
        created: records.created,
        exportedBy: records.exportedBy,
        project: records.project,
      }
    : {
        formatVersion: 1,
        appVersion: clip((isNode(generator) ? oneString(generator.name) : oneString(generator)) ?? 'W3C', 200),
        created: fallbackTime,
        exportedBy: firstCoder,
        project: {
          id: foreignId(`project:${fileName}`, 'project'),
          name: clip(oneString(top?.label) ?? fileName ?? 'W3C', 200),
        },
      };
  // Ours: every document of the export (a text without annotations too); others': those annotated.
  const exported = new Set((records?.documents ?? []).map((d) => d.info.id));
  const docs = [...documents.values()]
    .map((d) => d.doc)
    .filter((d) => exported.has(d.info.id) || annotations.has(d.info.id));
  return {
    origin,
    coders: [...coders.values()],
    layers: [...layers],
    tags: [...tags.values()],
    records: {
      actors: records?.actors ?? [],
      concepts: records?.concepts ?? [],
      tagMappings: records?.tagMappings ?? [],
    },
    linkTypes: [...linkTypes.values()],
    documents: docs,
    annotations,
    links,
    rejected,
    notes,
  };
}

/** The id of a foreign tag named `name` (made the first time it is met). */
function foreignTag(tags: Map<string, Tag>, raw: string): string {
  const name = clip(raw, 200);
  const id = foreignId(`tag:${name}`, 'tag');
  if (!tags.has(id))
    tags.set(id, { id, name, parent: null, color: FOREIGN_TAG_COLOR, description: '', shortcut: null, kind: 'plain' });
  return id;
}

/** Links: `linking` annotations whose two targets are annotations taken from this file. */
function readLinks(
  nodes: JsonNode[],
  placed: Map<string, string>,
  ours: boolean,
  linkTypes: Map<string, LinkType>,
  coderOf: (node: JsonNode) => string,
  fallbackTime: string,
  reject: (document: string | null, annotation: string | null, reason: Message) => void,
): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    const lIri = oneString(node.id);
    if (!lIri || seen.has(lIri)) {
      reject(null, lIri ?? null, message(lIri ? 'exchange:w3c-duplicateId' : 'exchange:w3c-noId'));
      continue;
    }
    seen.add(lIri);
    const ends = asList(node.target).map((t) => placed.get(refIri(t) ?? ''));
    const [fromId, toId] = ends;
    if (ends.length !== 2 || !fromId || !toId) {
      reject(null, lIri, message('exchange:w3c-linkEnds'));
      continue;
    }
    const bodies = readBodies({ ...node, motivation: 'tagging' });
    const tag = bodies.tags[0];
    const oursType = ours ? idFromIri(tag?.iri, 'link-type') : null;
    let typeId: string;
    if (oursType && linkTypes.has(oursType)) typeId = oursType;
    else {
      const name = clip(tag?.name ?? 'linking', 200);
      typeId = foreignId(`link-type:${name}`, 'link-type');
      if (!linkTypes.has(typeId))
        linkTypes.set(typeId, { id: typeId, name, description: '', color: FOREIGN_LINK_COLOR });
    }
    const created = timestamp(node.created, fallbackTime);
    const checked = LinkSchema.safeParse({
      id: (ours ? idFromIri(lIri, 'link') : null) ?? foreignId(lIri, 'link'),
      fromId,
      toId,
      typeId,
      coderId: coderOf(node),
      note: bodies.notes.join('\n\n'),
      created,
      modified: timestamp(node.modified, created),
    });
    if (checked.success) links.push(checked.data);
    else reject(null, lIri, message('exchange:w3c-linkEnds'));
  }
  return links;
}
