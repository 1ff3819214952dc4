import { message } from '../../i18n/message.ts';
import type { Actor } from '../../model/actor.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Coder } from '../../model/coder.ts';
import type { Concept } from '../../model/concept.ts';
import type { DocumentInfo, DocumentMetadata } from '../../model/document.ts';
import type { Link, LinkType } from '../../model/link.ts';
import { CodePointIndex } from '../../text/code-point-index.ts';
import { refiGuid } from './refi-guid.ts';
import { attribute, refiDateTime, textElement } from './refi-xml.ts';
import { statementDescription } from './statement-description.ts';
import { codesXml, projectNamespace } from './write-codebook-qdc.ts';
import { RefiWriteProblem } from './write-problem.ts';

/** What a project.qde is written from: an export snapshot has this shape. */
export interface RefiProjectInput {
  project: { id: string; name: string };
  exportedBy: Coder;
  coders: readonly Coder[];
  tags: readonly Tag[];
  actors: readonly Actor[];
  concepts: readonly Concept[];
  linkTypes: readonly LinkType[];
  /** Per coder, links whose two ends are exported annotations. */
  links: ReadonlyMap<string, readonly Link[]>;
}

export interface RefiDocument {
  info: DocumentInfo;
  /** Per coder, annotations in text order. */
  layers: ReadonlyMap<string, readonly Annotation[]>;
}

/** One source's text file inside the .qdpx. */
export interface RefiSourceFile {
  /** The zip entry: sources/<guid>.txt (lowercase folder, as the spec's example). */
  path: string;
  /** The text as stored: Unicode NFC, LF line ends — the text every position counts in. */
  text: string;
}

/** Document metadata as Variables of the TextSource (MAXQDA's document variables), in this order. */
const metadataVariables: Array<[keyof DocumentMetadata, string]> = [
  ['date', 'Date'],
  ['source', 'Source'],
  ['author', 'Author'],
  ['url', 'URL'],
  ['language', 'Language'],
];
/** Variables of the Cases (actors and concepts). */
const caseVariables: Array<[string, string]> = [
  ['case-type', 'Type'],
  ['aliases', 'Aliases'],
];

interface CaseRefs {
  kind: 'actor' | 'concept';
  id: string;
  selections: string[];
}

/**
 * Writes a REFI-QDA project.qde (Project XSD of 18 March 2019) from our
 * records, one document at a time (`source`, in the order the documents
 * go), then the whole file (`finish`). Pure: texts are handed in, nothing
 * is read or written here.
 *
 * The mapping (see README, "REFI-QDA"):
 * - coders → Users (guid from the coder id; `id` = our coder id);
 * - tags → CodeBook/Codes, nested, with colour and description;
 * - documents → Sources/TextSource, name = title, the stored text in
 *   sources/<guid>.txt (`internal://`), metadata as VariableValues;
 * - annotations → PlainTextSelection (positions in code points, name = the
 *   quoted text, creatingUser = the coder, created/modified) with one
 *   Coding/CodeRef to the tag; statement fields in its Description (see
 *   statementDescription); the memo as a Note, referred to by NoteRef;
 * - speakers, addressees and mentioned actors, and concepts → Cases, each
 *   with a SelectionRef to every selection naming it, and Variables Type
 *   (person, agency, …, concept) and Aliases;
 * - document memos and link notes → Notes (NoteRef from the TextSource, the Link);
 * - links → Links (OneWay, originGUID/targetGUID the two selections, name
 *   and colour of the link type).
 * Orphaned annotations (their text was deleted) have no span to select:
 * they are left out and counted, with the links to them.
 */
export class ProjectQdeWriter {
  private readonly projectId: string;
  private readonly sources: string[] = [];
  private readonly notes: string[] = [];
  /** Selection GUID by annotation id, for links. */
  private readonly selections = new Map<string, string>();
  private readonly cases = new Map<string, CaseRefs>();
  private readonly usedVariables = new Set<string>();
  private readonly actorNames: Map<string, string>;
  private readonly conceptNames: Map<string, string>;
  private readonly tagIds: Set<string>;
  private readonly coderIds: Set<string>;
  /** Annotations written, and orphaned ones left out. */
  annotations = 0;
  orphaned = 0;

  constructor(
    private readonly input: RefiProjectInput,
    private readonly stamp: { origin: string; created: string },
  ) {
    this.projectId = input.project.id;
    this.actorNames = new Map(input.actors.map((a) => [a.id, a.name]));
    this.conceptNames = new Map(input.concepts.map((c) => [c.id, c.name]));
    this.tagIds = new Set(input.tags.map((t) => t.id));
    this.coderIds = new Set(input.coders.map((c) => c.id));
  }

  private guid(kind: Parameters<typeof refiGuid>[0], id: string): string {
    return refiGuid(kind, id, this.projectId);
  }

  /** GUIDs of coders and tags, asked for by every selection: hashed once each. */
  private readonly shared = new Map<string, string>();

  private user(coderId: string): string | undefined {
    if (!this.coderIds.has(coderId)) return undefined;
    return this.sharedGuid('user', coderId);
  }

  private sharedGuid(kind: 'user' | 'code', id: string): string {
    const key = `${kind}:${id}`;
    let guid = this.shared.get(key);
    if (!guid) {
      guid = refiGuid(kind, id, '');
      this.shared.set(key, guid);
    }
    return guid;
  }

  /**
   * One document with its stored text: its TextSource is kept for the
   * file, its text file returned. Refuses (RefiWriteProblem) an annotation
   * that does not fit the text it was taken with, or names no tag.
   */
  source(doc: RefiDocument, text: string): RefiSourceFile {
    const { info } = doc;
    const guid = this.guid('source', info.id);
    const points = new CodePointIndex(text);
    const all: Annotation[] = [];
    for (const list of doc.layers.values()) all.push(...list);
    // One text order over every coder's layer: what a reader of the file expects.
    all.sort((a, b) => a.start - b.start || b.end - a.end || (a.coderId < b.coderId ? -1 : 1));
    const lines = [
      `    <TextSource${attribute('guid', guid)}${attribute('name', info.title)}${attribute('plainTextPath', `internal://${guid}.txt`)}${attribute('creationDateTime', refiDateTime(info.created))}>`,
    ];
    for (const a of all) {
      if (a.orphaned) {
        this.orphaned++;
        continue;
      }
      this.check(a, info, text, points);
      lines.push(this.selection(a, points));
      this.annotations++;
    }
    if (info.memo) {
      const note = this.guid('note', `document:${info.id}`);
      this.note(note, info.memo, undefined, info.created, info.created);
      lines.push(`      <NoteRef${attribute('targetGUID', note)}/>`);
    }
    for (const [key] of metadataVariables) {
      const value = info.metadata[key];
      if (!value) continue;
      this.usedVariables.add(key);
      lines.push(this.variableValue(key, value, '      '));
    }
    lines.push('    </TextSource>');
    this.sources.push(lines.join('\n'));
    return { path: `sources/${guid}.txt`, text };
  }

  private check(a: Annotation, info: DocumentInfo, text: string, points: CodePointIndex): void {
    const fits =
      a.end <= text.length &&
      text.slice(a.start, a.end) === a.quote.exact &&
      !points.splitsPair(a.start) &&
      !points.splitsPair(a.end);
    if (!fits)
      throw new RefiWriteProblem(message('exchange:refi-annotationDoesNotFit', { id: a.id, title: info.title }), true);
    if (!this.tagIds.has(a.tagId)) {
      throw new RefiWriteProblem(message('exchange:refi-unknownTag', { id: a.id, title: info.title, tag: a.tagId }));
    }
  }

  private selection(a: Annotation, points: CodePointIndex): string {
    const guid = this.guid('selection', a.id);
    this.selections.set(a.id, guid);
    const user = this.user(a.coderId);
    const created = refiDateTime(a.created);
    const description = statementDescription(a, {
      actor: (id) => this.actorNames.get(id) ?? id,
      concept: (id) => this.conceptNames.get(id) ?? id,
    });
    for (const id of [a.speakerId, a.addresseeId, a.actorId]) if (id) this.caseRef('actor', id, guid);
    if (a.conceptId) this.caseRef('concept', a.conceptId, guid);
    const parts = [
      `      <PlainTextSelection${attribute('guid', guid)}${attribute('name', a.quote.exact)}${attribute('startPosition', points.toPoints(a.start))}${attribute('endPosition', points.toPoints(a.end))}${attribute('creatingUser', user)}${attribute('creationDateTime', created)}${attribute('modifyingUser', user)}${attribute('modifiedDateTime', refiDateTime(a.modified))}>`,
    ];
    if (description) parts.push(`        ${textElement('Description', description)}`);
    parts.push(
      `        <Coding${attribute('guid', this.guid('coding', a.id))}${attribute('creatingUser', user)}${attribute('creationDateTime', created)}><CodeRef${attribute('targetGUID', this.sharedGuid('code', a.tagId))}/></Coding>`,
    );
    if (a.note) {
      const note = this.guid('note', `annotation:${a.id}`);
      this.note(note, a.note, user, a.created, a.modified);
      parts.push(`        <NoteRef${attribute('targetGUID', note)}/>`);
    }
    parts.push('      </PlainTextSelection>');
    return parts.join('\n');
  }

  private caseRef(kind: 'actor' | 'concept', id: string, selection: string): void {
    const key = `${kind}:${id}`;
    const refs = this.cases.get(key);
    if (!refs) this.cases.set(key, { kind, id, selections: [selection] });
    // A statement whose speaker is also its addressee names the case once.
    else if (refs.selections.at(-1) !== selection) refs.selections.push(selection);
  }

  /**
   * A memo as a Note. Without a name: our memos have none, and an importer
   * (ours, others') would make an invented title part of the memo.
   */
  private note(guid: string, text: string, user: string | undefined, created: string, modified: string) {
    this.notes.push(
      `    <Note${attribute('guid', guid)}${attribute('creatingUser', user)}${attribute('creationDateTime', refiDateTime(created))}${attribute('modifiedDateTime', refiDateTime(modified))}>${textElement('PlainTextContent', text)}</Note>`,
    );
  }

  private variableValue(key: string, value: string, pad: string): string {
    return `${pad}<VariableValue><VariableRef${attribute('targetGUID', this.guid('variable', key))}/>${textElement('TextValue', value) || '<TextValue></TextValue>'}</VariableValue>`;
  }

  /** The links written (both ends exported as selections) and those left out because an end is not. */
  private linkLines(): { lines: string[]; written: number; leftOut: number } {
    const types = new Map(this.input.linkTypes.map((t) => [t.id, t]));
    const lines: string[] = [];
    let leftOut = 0;
    for (const links of this.input.links.values()) {
      for (const link of links) {
        const origin = this.selections.get(link.fromId);
        const target = this.selections.get(link.toId);
        if (!origin || !target) {
          leftOut++;
          continue;
        }
        const type = types.get(link.typeId);
        const guid = this.guid('link', link.id);
        const open = `    <Link${attribute('guid', guid)}${attribute('name', type?.name ?? link.typeId)} direction="OneWay"${attribute('color', type?.color)}${attribute('originGUID', origin)}${attribute('targetGUID', target)}`;
        if (!link.note) {
          lines.push(`${open}/>`);
          continue;
        }
        const note = this.guid('note', `link:${link.id}`);
        this.note(note, link.note, this.user(link.coderId), link.created, link.modified);
        lines.push(`${open}><NoteRef${attribute('targetGUID', note)}/></Link>`);
      }
    }
    return { lines, written: lines.length, leftOut };
  }

  private caseLines(): string[] {
    const lines: string[] = [];
    const actors = new Map(this.input.actors.map((a) => [a.id, a]));
    const concepts = new Map(this.input.concepts.map((c) => [c.id, c]));
    for (const refs of this.cases.values()) {
      const actor = refs.kind === 'actor' ? actors.get(refs.id) : undefined;
      const concept = refs.kind === 'concept' ? concepts.get(refs.id) : undefined;
      // A record deleted from the registry keeps its name in the Descriptions (its id), but has no Case.
      if (!actor && !concept) continue;
      const body: string[] = [];
      const description = actor ? actor.notes : (concept?.description ?? '');
      if (description) body.push(`      ${textElement('Description', description)}`);
      this.usedVariables.add('case-type');
      body.push(this.variableValue('case-type', actor ? actor.type : 'concept', '      '));
      if (actor?.aliases.length) {
        this.usedVariables.add('aliases');
        body.push(this.variableValue('aliases', actor.aliases.join('; '), '      '));
      }
      for (const s of refs.selections) body.push(`      <SelectionRef${attribute('targetGUID', s)}/>`);
      const guid = this.guid('case', `${refs.kind}:${refs.id}`);
      lines.push(
        `    <Case${attribute('guid', guid)}${attribute('name', actor?.name ?? concept?.name)}>`,
        ...body,
        '    </Case>',
      );
    }
    return lines;
  }

  /** The whole project.qde, once every document went through `source`. */
  finish(): { xml: string; links: number; linksLeftOut: number } {
    const { input, stamp } = this;
    const links = this.linkLines();
    const cases = this.caseLines();
    const creator = this.user(input.exportedBy.id);
    const out = [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<Project xmlns="${projectNamespace}"${attribute('name', input.project.name)}${attribute('origin', stamp.origin)}${attribute('creatingUserGUID', creator)}${attribute('creationDateTime', refiDateTime(stamp.created))}>`,
    ];
    if (input.coders.length) {
      out.push('  <Users>');
      for (const c of input.coders) {
        out.push(
          `    <User${attribute('guid', refiGuid('user', c.id, ''))}${attribute('name', c.name)}${attribute('id', c.id)}/>`,
        );
      }
      out.push('  </Users>');
    }
    if (input.tags.length)
      out.push('  <CodeBook>', '    <Codes>', ...codesXml(input.tags, '      '), '    </Codes>', '  </CodeBook>');
    const variables = [...metadataVariables, ...caseVariables].filter(([key]) => this.usedVariables.has(key));
    if (variables.length) {
      out.push('  <Variables>');
      for (const [key, name] of variables) {
        out.push(
          `    <Variable${attribute('guid', this.guid('variable', key))}${attribute('name', name)} typeOfVariable="Text"/>`,
        );
      }
      out.push('  </Variables>');
    }
    if (cases.length) out.push('  <Cases>', ...cases, '  </Cases>');
    if (this.sources.length) out.push('  <Sources>', ...this.sources, '  </Sources>');
    if (this.notes.length) out.push('  <Notes>', ...this.notes, '  </Notes>');
    if (links.lines.length) out.push('  <Links>', ...links.lines, '  </Links>');
    out.push('</Project>', '');
    return { xml: out.join('\n'), links: links.written, linksLeftOut: links.leftOut };
  }
}
