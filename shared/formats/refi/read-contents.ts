import { describeQuote } from '../../anchoring/text-quote.ts';
import { rangeProblem } from '../../anchoring/text-range.ts';
import { type Message, message } from '../../i18n/message.ts';
import { type Annotation, AnnotationSchema } from '../../model/annotation.ts';
import type { Actor } from '../../model/actor.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Concept } from '../../model/concept.ts';
import { type Coder, CoderSchema } from '../../model/coder.ts';
import { type DocumentInfo, DocumentInfoSchema } from '../../model/document.ts';
import { limits } from '../../model/limits.ts';
import type { Link, LinkType } from '../../model/link.ts';
import type { BundleDocument, BundleOrigin } from '../bundle/bundle-contents.ts';
import type { RejectedAnnotation } from '../exchange/exchange-types.ts';
import { chooseCounting } from './read-counting.ts';
import { joinTexts, nameOf, timestampOf } from './read-fields.ts';
import { derivedId, GuidKinds, idOfGuid } from './read-ids.ts';
import { normaliseWithMap } from './read-normalised.ts';
import { positionsToUtf16 } from './read-positions.ts';
import { checked } from './read-checked.ts';
import { RefiProblem } from './read-problem.ts';
import { tooMany } from './read-limits.ts';
import { mapLinks } from './read-links.ts';
import { metadataOf } from './read-metadata.ts';
import { mapCodes } from './read-tags.ts';
import { inferTagKinds, readStatements } from './read-statements.ts';
import type { RefiProject, RefiSelection } from './read-records.ts';

/** A REFI-QDA project mapped onto our records: what a ForeignContents is made of. */
export interface MappedRefi {
  origin: BundleOrigin;
  coders: Coder[];
  layers: string[];
  tags: Tag[];
  actors: Actor[];
  concepts: Concept[];
  linkTypes: LinkType[];
  documents: BundleDocument[];
  /** Each document's annotations, by our document id. */
  annotations: Map<string, Annotation[]>;
  links: Link[];
  rejected: RejectedAnnotation[];
  notes: Message[];
}

export interface RefiMapInput {
  project: RefiProject;
  /** The decoded text of each TextSource and Note whose text lies outside the XML, by their GUID as written. */
  texts: ReadonlyMap<string, string>;
  /** The file's name, for messages and for a coder when the file names none. */
  file: string;
  /** The time records get when the file gives none (the file's own time: the same on a re-import). */
  fallbackTime: string;
  sha256: (text: string) => string;
}

/**
 * Maps a project read from a .qdpx onto Glossator's records: Users →
 * coders, codes → tags (any depth), text sources → documents (normalised,
 * original kept), one annotation per coding of each PlainTextSelection
 * (positions converted from the tool's counting to UTF-16 on the original,
 * then through normalisation; quotes from our text), Notes → memos and notes,
 * Links between selections → links. Selections that do not fit go to
 * `rejected` with the reason; what has no place in Glossator is counted in
 * `notes`. Pure: the texts are given.
 */
export function mapRefiProject(input: RefiMapInput): MappedRefi {
  const { project, file } = input;
  const guids = new GuidKinds();
  const notes: Message[] = [];
  const rejected: RejectedAnnotation[] = [];
  const time = timestampOf(project.created) ?? input.fallbackTime;

  // Notes first: codes, sources, selections and codings refer to them.
  const noteTexts = new Map<string, string>();
  for (const note of project.notes) {
    guids.add('note', note.guid, file);
    const text = note.place.kind === 'content' ? note.place.text : (input.texts.get(note.guid) ?? '');
    noteTexts.set(idOfGuid(note.guid), joinTexts([note.name ?? '', text], limits.noteLength));
  }
  const usedNotes = new Set<string>();
  const notesOf = (refs: readonly string[]) =>
    refs.flatMap((r) => {
      const text = noteTexts.get(idOfGuid(r));
      if (text === undefined) return [];
      usedNotes.add(idOfGuid(r));
      return [text];
    });

  const coders = new Map<string, Coder>();
  for (const user of project.users) {
    const id = guids.add('user', user.guid, file);
    coders.set(id, checked(CoderSchema, { id, name: nameOf(user.name, user.guid, limits.nameLength) }, file, id));
  }
  if (coders.size > limits.coders) tooMany(file, 'User', coders.size, limits.coders);
  const fileCoder: Coder = { id: derivedId('refi-file', file), name: nameOf(file, 'REFI-QDA', limits.nameLength) };
  const coderOf = (...candidates: Array<string | null>): string => {
    const guid = candidates.find((c) => c !== null) ?? null;
    if (guid === null) {
      coders.set(fileCoder.id, fileCoder);
      return fileCoder.id;
    }
    const id = idOfGuid(guid);
    // A creatingUser the Users list lacks is still a person: a coder named by the GUID.
    if (!coders.has(id)) coders.set(id, checked(CoderSchema, { id, name: guid.slice(0, limits.nameLength) }, file, id));
    return id;
  };

  const codes = mapCodes(project.codes, guids, file, notesOf);
  const tagIds = new Set(codes.map((t) => t.id));
  const statements = readStatements(project, guids, file, time);
  if (statements.otherCases > 0)
    notes.push(message('exchange:refi-skipped', { what: 'Case', count: statements.otherCases }));

  const readable = project.sources.filter((s) => s.place.kind !== 'none');
  if (readable.length < project.sources.length) {
    notes.push(message('exchange:refi-noPlainText', { count: project.sources.length - readable.length }));
  }
  const originals = readable.map((s) => ({
    source: s,
    text: s.place.kind === 'content' ? s.place.text : (input.texts.get(s.guid) ?? ''),
  }));
  const counting = chooseCounting(
    project.origin,
    originals.map((o) => ({ text: o.text, selections: o.source.selections })),
  );
  if (counting.documents > 0) {
    notes.push(
      message(crlfKeys[counting.counting][counting.by], {
        count: counting.documents,
        origin: project.origin ?? 'REFI-QDA',
      }),
    );
  }

  const documents: BundleDocument[] = [];
  const annotations = new Map<string, Annotation[]>();
  /** Each selection's first imported annotation, for links. */
  const bySelection = new Map<string, Annotation>();
  let normalised = 0;
  const otherVariables = new Set<string>();
  for (const { source, text: original } of originals) {
    const docId = guids.add('source', source.guid, file);
    if (original.length > limits.textLength) {
      throw new RefiProblem(
        message('exchange:refi-textTooLong', { file, name: source.name ?? source.guid, max: limits.textLength }),
      );
    }
    const norm = normaliseWithMap(original);
    if (norm.text !== original) normalised += 1;
    const info: DocumentInfo = checked(
      DocumentInfoSchema,
      {
        id: docId,
        title: nameOf(source.name, source.guid, limits.titleLength),
        metadata: metadataOf(source, project.variables, otherVariables),
        created: timestampOf(source.created) ?? time,
        textLength: norm.text.length,
        sourceHash: input.sha256(norm.text),
        ...memo(joinTexts([source.description, ...notesOf(source.noteRefs)], limits.noteLength)),
      },
      file,
      docId,
    );
    documents.push({ info, text: norm.text, originalText: original });
    const at = positionsToUtf16(
      original,
      source.selections.flatMap((s) => [s.start, s.end]),
      counting.counting,
    );
    const list: Annotation[] = [];
    for (const selection of source.selections) {
      const reject = (annotation: string, reason: Message) =>
        rejected.push({ document: source.name ?? source.guid, annotation, reason });
      const problem = selectionProblem(selection, at);
      const from = at.get(selection.start);
      const to = at.get(selection.end);
      const start = from === undefined ? 0 : norm.map(from, 'start');
      const end = to === undefined ? 0 : norm.map(to, 'end');
      const spanProblem = problem ?? rangeProblem(norm.text, start, end);
      if (selection.codings.length === 0) {
        reject(selection.guid, spanProblem ?? message('exchange:refi-rejectNoCode'));
        continue;
      }
      for (const coding of selection.codings) {
        const annotationId = guids.add('coding', coding.guid, file);
        if (spanProblem) {
          reject(coding.guid, spanProblem);
          continue;
        }
        const tagId = idOfGuid(coding.codeGuid);
        if (!tagIds.has(tagId)) {
          reject(coding.guid, message('exchange:refi-rejectUnknownCode', { code: coding.codeGuid }));
          continue;
        }
        const created = timestampOf(coding.created) ?? timestampOf(selection.created) ?? info.created;
        const fields = statements.fieldsOf(selection.guid, selection.description);
        const annotation: Annotation = checked(
          AnnotationSchema,
          {
            id: annotationId,
            documentId: docId,
            coderId: coderOf(coding.creatingUser, selection.creatingUser, project.creatingUser),
            tagId,
            start,
            end,
            quote: describeQuote(norm.text, start, end),
            note: joinTexts(
              // A Description read back as statement fields is not a memo as well.
              [fields ? '' : selection.description, ...notesOf(selection.noteRefs), ...notesOf(coding.noteRefs)],
              limits.noteLength,
            ),
            ...fields,
            created,
            modified: timestampOf(selection.modified) ?? created,
          },
          file,
          annotationId,
        );
        list.push(annotation);
        if (!bySelection.has(idOfGuid(selection.guid))) bySelection.set(idOfGuid(selection.guid), annotation);
      }
    }
    annotations.set(docId, list);
  }
  if (normalised > 0) notes.push(message('exchange:refi-normalised', { count: normalised }));
  if (otherVariables.size > 0) {
    notes.push(
      message('exchange:refi-variablesSkipped', { count: otherVariables.size, names: [...otherVariables].join(', ') }),
    );
  }

  const { links, linkTypes, skipped: skippedLinks } = mapLinks(project, guids, bySelection, file, time, notesOf);
  if (skippedLinks > 0) notes.push(message('exchange:refi-linksSkipped', { count: skippedLinks }));
  const unattached = [...noteTexts.keys()].filter((id) => !usedNotes.has(id)).length;
  if (unattached > 0) notes.push(message('exchange:refi-notesUnattached', { count: unattached }));
  for (const [what, count] of Object.entries(project.skipped))
    notes.push(message('exchange:refi-skipped', { what, count }));

  const layerIds = new Set<string>();
  for (const list of annotations.values()) for (const a of list) layerIds.add(a.coderId);
  for (const l of links) layerIds.add(l.coderId);
  const perCoder = new Map<string, number>();
  for (const list of annotations.values())
    for (const a of list) perCoder.set(a.coderId, (perCoder.get(a.coderId) ?? 0) + 1);
  for (const [, n] of perCoder)
    if (n > limits.annotationsPerLayer) tooMany(file, 'Coding', n, limits.annotationsPerLayer);

  const exportedBy =
    (project.creatingUser !== null ? coders.get(idOfGuid(project.creatingUser)) : undefined) ??
    [...coders.values()][0] ??
    fileCoder;
  return {
    origin: {
      formatVersion: 1,
      appVersion: project.origin ?? 'REFI-QDA',
      created: time,
      exportedBy,
      project: {
        id: derivedId('refi-project', project.name ?? file),
        name: nameOf(project.name, file, limits.nameLength),
      },
    },
    coders: [...coders.values()],
    layers: [...layerIds],
    tags: inferTagKinds(codes, [...annotations.values()].flat()),
    actors: statements.actors,
    concepts: statements.concepts,
    linkTypes,
    documents,
    annotations,
    links,
    rejected,
    notes,
  };
}

/** The note saying how CRLFs were counted, and why. */
const crlfKeys = {
  'crlf-as-one': { origin: 'exchange:refi-crlfAsOneByOrigin', fit: 'exchange:refi-crlfAsOneByFit' },
  'crlf-as-two': { origin: 'exchange:refi-crlfAsTwoByOrigin', fit: 'exchange:refi-crlfAsTwoByFit' },
} as const;

/** A document memo, left out when empty (as our records leave it). */
function memo(text: string): { memo?: string } {
  return text ? { memo: text } : {};
}

/** Why a selection's positions cannot be placed on its text (as the file counts them), or null. */
function selectionProblem(selection: RefiSelection, at: ReadonlyMap<number, number>): Message | null {
  const { start, end } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return message('exchange:refi-rejectPositions', { start: String(start), end: String(end) });
  }
  if (!at.has(start) || !at.has(end)) return message('exchange:refi-rejectOutside', { start, end });
  return null;
}
