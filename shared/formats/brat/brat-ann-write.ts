import type { Annotation } from '../../model/annotation.ts';
import type { Link } from '../../model/link.ts';
import { type BratNames, bratLineBreak, oneLine } from './brat-names.ts';

/** The DB prefix of our normalisations: `Glossator:<id>` names an actor or a concept of the project. */
export const bratDb = 'Glossator';

/** What one coder's .ann of one document needs besides the annotations. */
export interface AnnContext {
  /** The document's stored text (normalised), which the .txt holds as it is. */
  text: string;
  /** UTF-16 → code points on `text` (see codePointTable). */
  points: Int32Array;
  names: BratNames;
  actorName: (id: string) => string | undefined;
  conceptName: (id: string) => string | undefined;
}

export interface WrittenAnn {
  ann: string;
  /** Annotation id → its T id, for the links written with it. */
  tIds: Map<string, string>;
  /** Annotations with nothing brat can hold: an orphan (its text was deleted) or a span of line breaks only. */
  skipped: number;
  /** Links not written: an end (or their type) is not in this file. */
  linksSkipped: Link[];
}

/**
 * The fragments of text[start, end) without line breaks: a line of a .ann
 * cannot hold one, so a span over several lines is written, as brat itself
 * writes it, as one discontinuous annotation `s1 e1;s2 e2` whose covered
 * text is the fragments joined by a space.
 */
export function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = -1;
  for (let i = start; i < end; i++) {
    if (bratLineBreak.test(text[i]!)) {
      if (from >= 0) out.push([from, i]);
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push([from, end]);
  return out;
}

/** Writes the .ann of one coder's annotations (text order) and the links among them. */
export function writeAnn(annotations: readonly Annotation[], links: readonly Link[], context: AnnContext): WrittenAnn {
  const { text, points, names } = context;
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  const counters = { T: 0, A: 0, N: 0, '#': 0, R: 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  const notes = (target: string, note: string) => {
    if (!note) return;
    // A memo of several lines is several notes on the same annotation, in order: brat shows them all.
    for (const line of note.split(/\r\n?|\n/)) lines.push(`${next('#')}\tAnnotatorNotes ${target}\t${oneLine(line)}`);
  };
  const reference = (
    type: string,
    target: string,
    id: string | undefined,
    name: (id: string) => string | undefined,
  ) => {
    if (id) lines.push(`${next('N')}\t${type} ${target} ${bratDb}:${id}\t${oneLine(name(id) ?? id)}`);
  };
  let skipped = 0;
  for (const a of annotations) {
    const type = names.tag.get(a.tagId);
    const parts = a.orphaned ? [] : fragmentsOf(text, a.start, a.end);
    if (!type || parts.length === 0) {
      skipped++;
      continue;
    }
    const t = next('T');
    tIds.set(a.id, t);
    const spans = parts.map(([s, e]) => `${points[s]} ${points[e]}`).join(';');
    const covered = parts.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${t}\t${type} ${spans}\t${covered}`);
    if (a.stance) lines.push(`${next('A')}\tStance ${t} ${a.stance}`);
    if (a.statementDate) lines.push(`${next('A')}\tDate ${t} ${a.statementDate}`);
    reference('Reference', t, a.actorId, context.actorName);
    reference('Speaker', t, a.speakerId, context.actorName);
    reference('Addressee', t, a.addresseeId, context.actorName);
    reference('Concept', t, a.conceptId, context.conceptName);
    notes(t, a.note);
  }
  const linksSkipped: Link[] = [];
  for (const l of links) {
    const from = tIds.get(l.fromId);
    const to = tIds.get(l.toId);
    const type = names.linkType.get(l.typeId);
    if (!from || !to || !type) {
      linksSkipped.push(l);
      continue;
    }
    const r = next('R');
    lines.push(`${r}\t${type} Arg1:${from} Arg2:${to}`);
    notes(r, l.note);
  }
  return { ann: lines.length ? `${lines.join('\n')}\n` : '', tIds, skipped, linksSkipped };
}
