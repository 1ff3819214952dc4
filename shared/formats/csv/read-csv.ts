import { type Message, message } from '../../i18n/message.ts';

/**
 * A strict RFC 4180 reader: comma-separated fields, records ended by CRLF
 * (a bare LF is accepted too, as spreadsheets on Unix write it), fields
 * that hold a comma, a quote or a line break enclosed in double quotes, a
 * quote inside them doubled. Anything else is refused with where it is,
 * rather than guessed at: a stray quote or text after a closing quote
 * means the file is not what its writer meant, and a reader that repairs
 * it silently shifts cells into the wrong columns.
 *
 * Bytes must be UTF-8 (a leading BOM is dropped). Pure: no I/O.
 */

/** Why a CSV file is refused, as a Message (the CLI words it; the core turns it into an ApiError). */
export class CsvProblem extends Error {
  constructor(readonly text: Message) {
    super(text.key);
    this.name = 'CsvProblem';
  }
}

export interface CsvRecords {
  /** One array of fields per record, in file order. */
  rows: string[][];
  /** The line (1-based) on which each record starts: quoted fields may span lines. */
  lines: number[];
}

export interface ReadCsvOptions {
  /** Refuse the file as soon as it holds more fields than this (a bound on memory, checked while reading). */
  maxCells?: number;
}

/** A global in Node and in the browser; shared/ is compiled without either's type library. */
declare const TextDecoder: {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): { decode(input: Uint8Array): string };
};

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Reads CSV bytes (or already decoded text); throws CsvProblem naming the first fault. */
export function readCsv(input: Uint8Array | string, options: ReadCsvOptions = {}): CsvRecords {
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  const maxCells = options.maxCells ?? Number.POSITIVE_INFINITY;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let cells = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) return { rows, lines };
  let row: string[] = [];
  let rowLine = line;
  const push = (field: string) => {
    if (++cells > maxCells) throw new CsvProblem(message('cli:csvTooManyCells', { limit: maxCells }));
    row.push(field);
  };
  const endRecord = () => {
    rows.push(row);
    lines.push(rowLine);
    row = [];
  };
  while (true) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = '';
      let from = ++i;
      while (true) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new CsvProblem(message('cli:csvUnclosedQuote', { line: startLine }));
        line += countLineBreaks(text, i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== CR && next !== LF)
        throw new CsvProblem(message('cli:csvTextAfterQuote', { line, field: row.length + 1 }));
      field = value;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) throw new CsvProblem(message('cli:csvStrayQuote', { line, field: row.length + 1 }));
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    push(field);
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    // A line break: CRLF, or a bare LF; a bare CR is not a record end in RFC 4180.
    if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF) throw new CsvProblem(message('cli:csvBareCr', { line }));
      i++;
    }
    i++;
    line++;
    endRecord();
    rowLine = line;
    if (i >= n) break; // the last record's line break ends the file
  }
  return { rows, lines };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}

/** UTF-8 to text; refuses invalid bytes, naming the first (a fatal decoder does not say where). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CsvProblem(message('cli:csvNotUtf8', { byte: at + 1, line: lineAt(bytes, at) }));
  }
}

function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let k = 0; k < at; k++) if (bytes[k] === LF) line++;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
