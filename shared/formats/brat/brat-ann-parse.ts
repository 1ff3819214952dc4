import type { MessageKey, MessageParams } from '../../i18n/message.ts';

/**
 * A .ann file read line by line, as brat's own reader does
 * (server/src/annotation.py): `ID<TAB>DATA[<TAB>TAIL]`, the ID's letters
 * telling the kind. Nothing is checked against the text here; a line that
 * does not parse is a problem with its line number, and the rest is read.
 */

export interface BratTextBound {
  id: string;
  type: string;
  /** [start, end) in code points, as written. */
  spans: Array<[number, number]>;
  /** Everything after the second tab: the covered text, maybe followed by more. */
  tail: string | null;
  line: number;
}

export interface BratRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  line: number;
}

/** An attribute (A, or the old M), a normalisation (N) or a note (#): something said of one annotation. */
export interface BratRemark {
  kind: 'A' | 'N' | '#';
  id: string;
  type: string;
  target: string;
  /** A: the value ('' for a binary attribute); N: `DB:ID`; #: the note. */
  value: string;
  /** N: the name after the second tab. */
  text: string;
  line: number;
}

export interface BratProblem {
  line: number;
  id: string | null;
  key: MessageKey;
  params?: MessageParams;
}

export interface ParsedAnn {
  textBounds: BratTextBound[];
  relations: BratRelation[];
  remarks: BratRemark[];
  problems: BratProblem[];
}

const idPattern = /^([A-Za-z]+|#[A-Za-z]*)[0-9]+\S*$/;

export function parseAnn(ann: string): ParsedAnn {
  const out: ParsedAnn = { textBounds: [], relations: [], remarks: [], problems: [] };
  const seen = new Set<string>();
  const lines = ann.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (!raw.trim()) continue;
    const tab = raw.indexOf('\t');
    const id = tab < 0 ? '' : raw.slice(0, tab);
    if (tab < 0 || !idPattern.test(id)) {
      out.problems.push({ line, id: null, key: 'exchange:brat-malformedLine' });
      continue;
    }
    if (seen.has(id)) {
      out.problems.push({ line, id, key: 'exchange:brat-duplicateId' });
      continue;
    }
    const rest = raw.slice(tab + 1);
    const second = rest.indexOf('\t');
    const data = second < 0 ? rest : rest.slice(0, second);
    const tail = second < 0 ? null : rest.slice(second + 1);
    const parsed = parseLine(id, data, tail, line);
    if ('key' in parsed) out.problems.push(parsed);
    else {
      seen.add(id);
      if (parsed.kind === 'T') out.textBounds.push(parsed.record);
      else if (parsed.kind === 'R') out.relations.push(parsed.record);
      else out.remarks.push(parsed.record);
    }
  }
  return out;
}

type Parsed =
  | { kind: 'T'; record: BratTextBound }
  | { kind: 'R'; record: BratRelation }
  | { kind: 'remark'; record: BratRemark }
  | BratProblem;

function parseLine(id: string, data: string, tail: string | null, line: number): Parsed {
  const malformed: BratProblem = { line, id, key: 'exchange:brat-malformedLine' };
  const words = data.trim().split(/\s+/);
  switch (id[0]) {
    case 'T': {
      const space = data.indexOf(' ');
      if (space <= 0) return malformed;
      const spans: Array<[number, number]> = [];
      for (const part of data.slice(space + 1).split(';')) {
        const m = /^\s*(\d{1,15}) (\d{1,15})\s*$/.exec(part);
        if (!m) return { line, id, key: 'exchange:brat-badSpan' };
        const span: [number, number] = [Number(m[1]), Number(m[2])];
        if (span[0] >= span[1]) return { line, id, key: 'exchange:brat-badSpan' };
        spans.push(span);
      }
      return { kind: 'T', record: { id, type: data.slice(0, space), spans, tail, line } };
    }
    case 'R': {
      const args = words.slice(1).map((w) => /^[^:\s]+:(\S+)$/.exec(w)?.[1]);
      if (words.length !== 3 || !args[0] || !args[1] || args[0] === args[1]) return malformed;
      return { kind: 'R', record: { id, type: words[0]!, from: args[0], to: args[1], line } };
    }
    case 'A':
    case 'M': {
      if (words.length < 2 || words.length > 3) return malformed;
      const [type, target, value = ''] = words as [string, string, string?];
      return { kind: 'remark', record: { kind: 'A', id, type, target, value, text: '', line } };
    }
    case 'N': {
      if (words.length !== 3 || !/^[^:\s]+:\S+$/.test(words[2]!)) return malformed;
      const [type, target, value] = words as [string, string, string];
      return { kind: 'remark', record: { kind: 'N', id, type, target, value, text: tail ?? '', line } };
    }
    case '#': {
      if (words.length !== 2) return malformed;
      const [type, target] = words as [string, string];
      return { kind: 'remark', record: { kind: '#', id, type, target, value: tail ?? '', text: '', line } };
    }
    default:
      // Events (E) and equivalences (*) have no counterpart in Glossator.
      return { line, id, key: 'exchange:brat-unsupportedLine', params: { kind: id[0] ?? '' } };
  }
}
