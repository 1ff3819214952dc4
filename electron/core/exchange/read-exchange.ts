import { open, readdir, stat } from 'node:fs/promises';
import type { ForeignContents, ImportFormat } from '../../../shared/formats/exchange/exchange-types.ts';
import { BUNDLE_EXTENSION } from '../../../shared/formats/bundle/bundle-contents.ts';
import { MANIFEST_PATH, tablePaths } from '../../../shared/formats/bundle/bundle-paths.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { openZip } from '../bundles/zip-reader.ts';
import { type ReaderRegistry, readerOf, readers } from './readers.ts';

/** How much of a file is looked at to tell XML and JSON apart (a long prolog or comment included). */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads a file (or a folder, for brat) of any format an import takes, the
 * format told by its content, never by its name: a .zip may be a bundle, a
 * REFI-QDA project or a brat corpus; a .json JSON-LD. What is none of them
 * is refused with the formats that are read, naming the file.
 */
export async function readExchange(
  path: string,
  name: string,
  registry: ReaderRegistry = readers,
): Promise<ForeignContents> {
  const format = await sniffFormat(path, name);
  return readerOf(format, registry)(path, name);
}

/**
 * The format of the file or folder at `path`, told by what it holds. Where
 * the content says nothing (not a zip, a broken zip, a zip of none of the
 * formats' files), a name ending in .qdpx or .glossator still picks its
 * reader, whose refusal then says what is wrong in that format's words
 * ("no project.qde", "a PDF, not a bundle"); any other name is refused as
 * not a file Glossator reads.
 */
export async function sniffFormat(path: string, name: string): Promise<ImportFormat> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw notReadable(name);
  }
  if (info.isDirectory()) return sniffFolder(path, name);
  if (!info.isFile()) throw notReadable(name);
  const head = await readHead(path);
  if (isZip(head)) return sniffZip(path, name);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return 'w3c';
  if (first === '<' && xmlRoot(text) === 'CodeBook') return 'qdc';
  return byName(name);
}

/** The format a name promises, for a file whose content says nothing; else the refusal. */
function byName(name: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.qdpx')) return 'qdpx';
  if (lower.endsWith(BUNDLE_EXTENSION)) return 'bundle';
  throw notReadable(name);
}

function notReadable(name: string): ApiError {
  return new ApiError('invalid-input', message('exchange:ui-notReadable', { file: name }));
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** A zip's local header, or the end record of an empty one ("PK\3\4", "PK\5\6"). */
function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
}

/** A brat corpus is a folder of .txt and .ann files. */
async function sniffFolder(path: string, name: string): Promise<ImportFormat> {
  const names = await readdir(path).catch(() => [] as string[]);
  if (names.some(isAnn)) return 'brat';
  throw notReadable(name);
}

const isAnn = (entry: string) => entry.toLowerCase().endsWith('.ann');

/**
 * A zip's format by its files (the zip reader's own checks run first: a
 * bomb or a broken archive is refused with its reason). A bundle that lost
 * its manifest still holds a bundle's tables: the bundle reader says so;
 * but only a manifest at the top makes it a bundle before the other formats.
 */
async function sniffZip(path: string, name: string): Promise<ImportFormat> {
  let zip: Awaited<ReturnType<typeof openZip>>;
  try {
    zip = await openZip(path);
  } catch (error) {
    // A broken or hostile zip: its own reader words the refusal (the REFI-QDA one says it for a .qdpx).
    if (name.toLowerCase().endsWith('.qdpx')) return 'qdpx';
    throw error;
  }
  try {
    const entries = zip.entries().map((e) => e.name);
    if (entries.includes(MANIFEST_PATH)) return 'bundle';
    if (entries.some((e) => e.toLowerCase() === 'project.qde')) return 'qdpx';
    // Before the documents/ guess: a brat corpus may sit in a folder called documents/.
    if (entries.some(isAnn)) return 'brat';
    const tables = new Set<string>(Object.values(tablePaths));
    if (entries.some((e) => tables.has(e) || e.startsWith('documents/'))) return 'bundle';
    return byName(name);
  } finally {
    await zip.close();
  }
}

/**
 * The local name of an XML document's root element: after the prolog,
 * comments, processing instructions and a DOCTYPE (looked past here, never
 * read: the reader refuses it with its own message). Null when the head
 * does not reach it.
 */
export function xmlRoot(text: string): string | null {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    if (text.startsWith('<?', at)) at = after(text, '?>', at);
    else if (text.startsWith('<!--', at)) at = after(text, '-->', at);
    else if (text.startsWith('<!', at)) at = afterDoctype(text, at);
    else break;
    if (at < 0) return null;
  }
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 200));
  return match ? (match[2] as string) : null;
}

function after(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found < 0 ? -1 : found + end.length;
}

/** Past a DOCTYPE, its internal subset in brackets included. */
function afterDoctype(text: string, from: number): number {
  const bracket = text.indexOf('[', from);
  const close = text.indexOf('>', from);
  if (close < 0) return -1;
  if (bracket < 0 || bracket > close) return close + 1;
  const subsetEnd = text.indexOf(']', bracket);
  return subsetEnd < 0 ? -1 : after(text, '>', subsetEnd);
}
