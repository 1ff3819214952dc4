import { describeQuote } from '../../anchoring/text-quote.ts';
import { message } from '../../i18n/message.ts';
import { PartialDateSchema } from '../../model/actor.ts';
import { type Annotation, type Stance, stances } from '../../model/annotation.ts';
import type { Coder } from '../../model/coder.ts';
import type { DocumentInfo } from '../../model/document.ts';
import { IdSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { Link } from '../../model/link.ts';
import type { ForeignContents, RejectedAnnotation } from '../exchange/exchange-types.ts';
import { type BratRemark, type BratTextBound, parseAnn } from './brat-ann-parse.ts';
import { emptyConf, readAnnotationConf, readVisualConf } from './brat-conf.ts';
import { bratHash } from './brat-hash.ts';
import { collectionFile } from './brat-layout.ts';
import { bratLineBreak } from './brat-names.ts';
import { normalisationMap, utf16Table } from './brat-offsets.ts';
import { readReadmeNames } from './brat-readme-read.ts';
import { BratRecords, fragmentLinkType } from './brat-records.ts';

/** A brat collection as files: the conf files and README at its top, and every .txt and .ann. */
export interface BratCollection {
  /** The zip's or folder's name without extension: the coder of files at the top, the project's name. */
  name: string;
  annotationConf: string | null;
  visualConf: string | null;
  readme: string | null;
  /** Every .txt and .ann, decoded as UTF-8 (null: not UTF-8). A BOM is kept: brat counts it as character 0. */
  files: ReadonlyArray<{ path: string; text: string | null }>;
}

/** The time every imported record carries: fixed, so that importing the same files again changes nothing. */
export const bratRecordTime = '2000-01-01T00:00:00.000Z';

const isId = (value: string) => IdSchema.safeParse(value).success;

interface Pair {
  folder: string | null;
  document: string;
  txt?: string;
  ann?: string;
}

interface ReadText {
  raw: string;
  text: string;
  /** Raw UTF-16 → ours (-1: no boundary of ours). */
  at: Int32Array;
  /** Code points → raw UTF-16. */
  units: Int32Array;
}

/**
 * Reads a brat collection into what the bundle import takes: each folder a
 * coder's layer (files at the top: one coder named after the collection),
 * each .txt a document (the same name with the same text in several
 * folders: one document), entity types tags (annotation.conf's hierarchy,
 * visual.conf's labels and colours), T lines annotations, R lines links,
 * notes memos, A and N lines statement fields and actors. Offsets are
 * converted from code points on the .txt as it is to UTF-16 on the
 * normalised text. A line that cannot be placed is listed in `rejected`;
 * the rest is imported.
 */
export function readBratCollection(collection: BratCollection): ForeignContents {
  const conf = emptyConf();
  if (collection.annotationConf) readAnnotationConf(collection.annotationConf, conf);
  if (collection.visualConf) readVisualConf(collection.visualConf, conf);
  const readme = readReadmeNames(collection.readme);
  const records = new BratRecords(conf);
  const rejected: RejectedAnnotation[] = [];
  const pairs = new Map<string, Pair>();
  for (const { path, text: decoded } of collection.files) {
    const file = collectionFile(path);
    if (!file) continue;
    if (decoded === null) {
      rejected.push({ document: path, annotation: null, reason: message('exchange:brat-notUtf8', { file: path }) });
      continue;
    }
    if (file.kind === 'txt' && decoded.length > limits.textLength) {
      rejected.push({ document: path, annotation: null, reason: message('exchange:brat-textTooLong', { file: path }) });
      continue;
    }
    const key = `${file.folder ?? ''}\u0000${file.document}`;
    const pair = pairs.get(key) ?? { folder: file.folder, document: file.document };
    pair[file.kind] = decoded;
    pairs.set(key, pair);
  }

  const coders = new Map<string | null, Coder>();
  const coderOf = (folder: string | null): Coder => {
    let coder = coders.get(folder);
    if (!coder) {
      const name = (folder === null ? collection.name : (readme.coders.get(folder) ?? folder))
        .trim()
        .slice(0, limits.nameLength);
      const id =
        folder !== null && isId(folder) ? folder : `brat-coder-${bratHash(folder ?? `\u0000${collection.name}`)}`;
      coder = { id, name: name || id };
      coders.set(folder, coder);
    }
    return coder;
  };

  const infos: DocumentInfo[] = [];
  const texts = new Map<string, ReadText>();
  const byKey = new Map<string, string[]>();
  const documentOf = (pair: Pair, raw: string): string => {
    const map = normalisationMap(raw);
    for (const id of byKey.get(pair.document) ?? []) if (texts.get(id)!.text === map.text) return id;
    const used = byKey.get(pair.document)?.length ?? 0;
    const id =
      used === 0 && isId(pair.document)
        ? pair.document
        : `brat-doc-${bratHash(`${pair.document}\u0000${bratHash(map.text)}`)}`;
    byKey.set(pair.document, [...(byKey.get(pair.document) ?? []), id]);
    texts.set(id, { raw, text: map.text, at: map.at, units: utf16Table(raw) });
    const base = pair.document.split('/').at(-1)!;
    infos.push({
      id,
      title: (readme.documents.get(pair.document) ?? pair.document).slice(0, limits.titleLength) || id,
      metadata: {},
      created: bratRecordTime,
      textLength: map.text.length,
      fileName: `${base}.txt`,
    });
    return id;
  };

  const annotations = new Map<string, Annotation[]>();
  const links: Link[] = [];
  const counts = { discontinuous: 0, joined: 0, normalised: 0, topCoder: false };
  for (const pair of pairs.values()) {
    const file = `${pair.folder === null ? '' : `${pair.folder}/`}${pair.document}.ann`;
    if (pair.txt === undefined) {
      rejected.push({ document: file, annotation: null, reason: message('exchange:brat-noText', { file }) });
      continue;
    }
    const documentId = documentOf(pair, pair.txt);
    const read = texts.get(documentId)!;
    if (pair.ann === undefined) continue;
    const coder = coderOf(pair.folder);
    if (pair.folder === null) counts.topCoder = true;
    const prefix = `b${bratHash(`${coder.id}\u0000${pair.document}`)}`;
    const layer = readAnnFile(
      pair.ann,
      read,
      { file, documentId, coderId: coder.id, prefix },
      records,
      rejected,
      counts,
    );
    annotations.set(documentId, [...(annotations.get(documentId) ?? []), ...layer.annotations]);
    links.push(...layer.links);
  }
  for (const read of texts.values()) if (read.raw !== read.text) counts.normalised++;

  const notes = [];
  if (counts.discontinuous) notes.push(message('exchange:brat-noteDiscontinuous', { count: counts.discontinuous }));
  if (counts.joined) notes.push(message('exchange:brat-noteJoinedLines', { count: counts.joined }));
  if (counts.normalised) notes.push(message('exchange:brat-noteNormalised', { count: counts.normalised }));
  if (counts.topCoder) notes.push(message('exchange:brat-noteOneCoder', { name: coderOf(null).name }));
  const coderList = [...coders.values()];
  const infoById = new Map(infos.map((d) => [d.id, d]));
  const projectName = collection.name.trim().slice(0, limits.nameLength) || 'brat';
  return {
    format: 'brat',
    origin: {
      formatVersion: 1,
      appVersion: 'brat',
      created: bratRecordTime,
      exportedBy: coderList[0] ?? { id: `brat-coder-${bratHash(projectName)}`, name: projectName },
      project: { id: `brat-${bratHash(projectName)}`, name: projectName },
    },
    coders: coderList,
    layers: coderList.map((c) => c.id),
    tags: records.tags(),
    actors: records.actors(),
    linkTypes: records.linkTypes(links.some((l) => l.typeId === fragmentLinkType.id)),
    concepts: records.concepts(),
    tagMappings: [],
    // Another tool's file carries no curation.
    curation: null,
    documentInfos: infos,
    document: async (id) => {
      const read = texts.get(id);
      const info = infoById.get(id);
      if (!read || !info) throw new Error(`No document ${id} in the brat collection.`);
      return { info, text: read.text, originalText: read.raw.replace(/^\uFEFF/, '') };
    },
    annotations: async (id) => [...(annotations.get(id) ?? [])],
    links,
    close: async () => {},
    rejected,
    notes,
  };
}

interface Where {
  file: string;
  documentId: string;
  coderId: string;
  prefix: string;
}

/** An id of ours for a brat id within a file: the file's prefix and the brat id, or a hash of it where it does not fit. */
function localId(prefix: string, bratId: string): string {
  const id = `${prefix}-${bratId}`;
  return isId(id) ? id : `${prefix}-h${bratHash(bratId)}`;
}

/** One .ann of one coder on one text: its annotations (fragments apart, linked) and links. */
function readAnnFile(
  ann: string,
  read: ReadText,
  where: Where,
  records: BratRecords,
  rejected: RejectedAnnotation[],
  counts: { discontinuous: number; joined: number },
): { annotations: Annotation[]; links: Link[] } {
  const parsed = parseAnn(ann);
  const reject = (annotation: string | null, reason: ReturnType<typeof message>) =>
    rejected.push({ document: where.file, annotation, reason });
  for (const p of parsed.problems) {
    reject(p.id, message(p.key, { file: where.file, line: p.line, id: p.id ?? '', ...p.params }));
  }
  /** brat T id → our annotations (one per fragment), in order. */
  const placed = new Map<string, Annotation[]>();
  const links: Link[] = [];
  const now = bratRecordTime;
  for (const t of parsed.textBounds) {
    const pieces = placeTextBound(t, read, where, reject);
    if (!pieces) continue;
    if (pieces.joined) counts.joined++;
    if (pieces.spans.length > 1) counts.discontinuous++;
    const tagId = records.tag(t.type);
    const list = pieces.spans.map(
      ([start, end], i): Annotation => ({
        id: localId(where.prefix, i === 0 ? t.id : `${t.id}-f${i + 1}`),
        documentId: where.documentId,
        coderId: where.coderId,
        tagId,
        start,
        end,
        quote: describeQuote(read.text, start, end),
        note: '',
        created: now,
        modified: now,
      }),
    );
    placed.set(t.id, list);
    for (let i = 1; i < list.length; i++) {
      links.push({
        id: localId(where.prefix, `${t.id}-l${i + 1}`),
        fromId: list[i - 1]!.id,
        toId: list[i]!.id,
        typeId: fragmentLinkType.id,
        coderId: where.coderId,
        note: '',
        created: now,
        modified: now,
      });
    }
  }
  const relations = new Map<string, Link>();
  for (const r of parsed.relations) {
    const from = placed.get(r.from)?.[0];
    const to = placed.get(r.to)?.[0];
    if (!from || !to) {
      const target = from ? r.to : r.from;
      reject(r.id, message('exchange:brat-unknownTarget', { file: where.file, line: r.line, target }));
      continue;
    }
    const link: Link = {
      id: localId(where.prefix, r.id),
      fromId: from.id,
      toId: to.id,
      typeId: records.linkType(r.type),
      coderId: where.coderId,
      note: '',
      created: now,
      modified: now,
    };
    relations.set(r.id, link);
    links.push(link);
  }
  const notes = new Map<string, string[]>();
  const types = new Map(parsed.textBounds.map((t) => [t.id, t.type]));
  for (const remark of parsed.remarks) {
    const targets = placed.get(remark.target);
    const relation = relations.get(remark.target);
    if (!targets && !relation) {
      reject(
        remark.id,
        message('exchange:brat-unknownTarget', { file: where.file, line: remark.line, target: remark.target }),
      );
      continue;
    }
    if (remark.kind === '#') {
      if (remark.type === 'AnnotatorNotes')
        notes.set(remark.target, [...(notes.get(remark.target) ?? []), remark.value]);
      continue;
    }
    if (!targets) continue;
    for (const a of targets) applyRemark(a, remark, records, types.get(remark.target) ?? '');
  }
  for (const [target, lines] of notes) {
    const note = lines.join('\n').slice(0, limits.noteLength);
    const relation = relations.get(target);
    if (relation) relation.note = note;
    for (const a of placed.get(target) ?? []) a.note = note;
  }
  return { annotations: [...placed.values()].flat(), links };
}

/** An attribute or a normalisation put on our annotation: statement fields, the actor named, the concept. */
function applyRemark(a: Annotation, remark: BratRemark, records: BratRecords, type: string): void {
  if (remark.kind === '#') return;
  if (remark.kind === 'A') {
    if (remark.type === 'Stance' && (stances as readonly string[]).includes(remark.value)) {
      a.stance = remark.value as Stance;
      records.markKind(type, 'statement');
    } else if (remark.type === 'Date' && PartialDateSchema.safeParse(remark.value).success) {
      a.statementDate = remark.value;
      records.markKind(type, 'statement');
    }
    return;
  }
  const [db, ...rest] = remark.value.split(':');
  const ref = rest.join(':');
  const name = remark.text.trim() || ref;
  if (remark.type === 'Concept') {
    a.conceptId = records.concept(db!, ref, name);
    records.markKind(type, 'statement');
    return;
  }
  const actorId = records.actor(db!, ref, name);
  if (remark.type === 'Speaker') a.speakerId = actorId;
  else if (remark.type === 'Addressee') a.addresseeId = actorId;
  else {
    a.actorId = actorId;
    records.markKind(type, 'actor-mention');
    return;
  }
  records.markKind(type, 'statement');
}

/**
 * Where a T line lands on our text: its fragments checked against the .txt
 * (inside it, the covered text the text at the offsets), converted, and
 * joined where only line breaks part them (brat's way of writing one span
 * over several lines). Null when rejected.
 */
function placeTextBound(
  t: BratTextBound,
  read: ReadText,
  where: Where,
  reject: (id: string | null, reason: ReturnType<typeof message>) => void,
): { spans: Array<[number, number]>; joined: boolean } | null {
  const about = { file: where.file, id: t.id, line: t.line };
  const length = read.units.length - 1;
  const raw: Array<[number, number]> = [];
  for (const [s, e] of t.spans) {
    if (e > length) {
      reject(t.id, message('exchange:brat-offsetPastText', { ...about, end: e, length }));
      return null;
    }
    raw.push([read.units[s]!, read.units[e]!]);
  }
  if (t.tail !== null && t.tail.trim() !== '') {
    const expected = raw.map(([s, e]) => read.raw.slice(s, e)).join(' ');
    const written = t.tail.slice(0, expected.length);
    const after = t.tail.slice(expected.length);
    if (written !== expected || (after !== '' && !/^\s/.test(after))) {
      reject(t.id, message('exchange:brat-coveredTextDiffers', about));
      return null;
    }
  }
  const ordered = [...raw].sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  let joined = false;
  for (const span of ordered) {
    const last = merged.at(-1);
    if (last && span[0] < last[1]) {
      reject(t.id, message('exchange:brat-badSpan', about));
      return null;
    }
    const gap = last ? read.raw.slice(last[1], span[0]) : null;
    if (last && gap !== null && [...gap].every((c) => bratLineBreak.test(c))) {
      last[1] = span[1];
      joined = true;
    } else merged.push([span[0], span[1]]);
  }
  const spans: Array<[number, number]> = [];
  for (const [s, e] of merged) {
    const start = read.at[s]!;
    const end = read.at[e]!;
    if (start < 0 || end < 0) {
      reject(t.id, message('exchange:brat-splitsCharacter', about));
      return null;
    }
    // A fragment of line breaks alone (a CR before its LF) has no text of ours.
    if (end > start) spans.push([start, end]);
  }
  if (spans.length === 0) {
    reject(t.id, message('exchange:brat-badSpan', about));
    return null;
  }
  return { spans, joined };
}
