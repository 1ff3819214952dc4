import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { z } from 'zod';
import { migrateFile } from '../../../shared/model/migrate-file.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import type { StoreProblem } from '../../../shared/ipc/project-info.ts';
import { inEnglish } from '../../../shared/ipc/errors.ts';
import { type MessageParams, message } from '../../../shared/i18n/message.ts';

/**
 * What reading one stored file found, before anything is done about it.
 * Reading changes nothing on disk: a damaged file is only set aside once
 * every file of the project has been read and none is of a newer format.
 */
export type FileRead<T> =
  | { status: 'ok'; data: T }
  | { status: 'missing' }
  /** The file exists but could not be read (permissions, I/O): it is never written. */
  | { status: 'unreadable'; code: string }
  /** `why`: the schema's own (English) wording of what is wrong; `mismatch`: a check's finding, as a code. */
  | { status: 'damaged'; kind: 'empty' | 'invalid-json' | 'wrong-shape'; why: string; mismatch?: Mismatch }
  | { status: 'newer'; version: number };

/**
 * What a file's own check found wrong with contents that pass the schema:
 * a code (a `problems:what-…` message) with the ids it names.
 */
export interface Mismatch {
  what:
    | 'namesDocument'
    | 'otherDocument'
    | 'annotationOfDocument'
    | 'annotationOfCoder'
    | 'layerOfCoder'
    | 'recordOfCoder'
    | CurationMismatch;
  /** The id the file holds. */
  named: string;
  /** The id its place says it should hold. */
  expected?: string;
  /** The annotation that is out of place. */
  annotation?: string;
  /** The curation decision that is out of place. */
  decision?: string;
  /** The other file that holds the same record. */
  other?: string;
  /** The decisions that replace one another in a circle, as `a → b → a`. */
  cycle?: string;
}

/** What is wrong with a curation file's decisions (`curation:what-…` messages; see curation-checks.ts). */
export type CurationMismatch = 'decisionTwice' | 'decisionInTwoFiles' | 'replacesCycle' | 'noDocument';

const curationMismatches: ReadonlySet<Mismatch['what']> = new Set<CurationMismatch>([
  'decisionTwice',
  'decisionInTwoFiles',
  'replacesCycle',
  'noDocument',
]);

/** Why a file could not be read, by the system's error code (or 'not a plain file', said before reading). */
export type UnreadableCause = 'denied' | 'folder' | 'notFile' | 'unreadable';

export function unreadableCause(code: string): UnreadableCause {
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'EISDIR') return 'folder';
  if (code === NOT_A_PLAIN_FILE) return 'notFile';
  return 'unreadable';
}

/** The code of a path that is not a plain file (a folder, a FIFO, a device), which is never opened. */
export const NOT_A_PLAIN_FILE = 'not a plain file';

/**
 * Reads a project file synchronously (a project opens by reading thousands
 * of small files, and a synchronous read is several times faster than a
 * trip through libuv's thread pool), brings an older format up to date in
 * memory and checks it against its schema. `content`, when given, stands
 * for the file's content (a journal's pending new content).
 */
export function readStoreFile<T>(
  path: string,
  schema: z.ZodType<T>,
  check?: (data: T) => Mismatch | null,
  content?: string,
): FileRead<T> {
  let text: string;
  if (content !== undefined) text = content;
  else {
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      return code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable', code };
    }
  }
  if (text.trim() === '') return { status: 'damaged', kind: 'empty', why: '' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'damaged', kind: 'invalid-json', why: '' };
  }
  const version = versionOf(raw);
  if (version !== null && version > SCHEMA_VERSION) return { status: 'newer', version };
  const parsed = schema.safeParse(migrateFile(raw));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return { status: 'damaged', kind: 'wrong-shape', why: `${first?.message ?? 'invalid'}${where}` };
  }
  const mismatch = check?.(parsed.data) ?? null;
  if (mismatch) return { status: 'damaged', kind: 'wrong-shape', why: '', mismatch };
  return { status: 'ok', data: parsed.data };
}

/**
 * The format version of a large file from its first bytes only (every
 * Glossator writes `schemaVersion` first): texts are read when opened, but
 * a newer one must refuse the project at open. Null when it cannot be told.
 */
export function peekVersion(path: string): { status: 'ok' | 'missing' | 'unreadable'; version: number | null } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { status: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', version: null };
  }
  try {
    const head = Buffer.alloc(128);
    const n = readSync(fd, head, 0, head.length, 0);
    const match = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)/.exec(head.toString('utf8', 0, n));
    return { status: 'ok', version: match ? Number(match[1]) : null };
  } catch {
    return { status: 'unreadable', version: null };
  } finally {
    closeSync(fd);
  }
}

function versionOf(raw: unknown): number | null {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' ? version : null;
}

/**
 * The problem to report for a file that could not be used: a Message the
 * window words in its language (`text`), and its English (`message`) for
 * logs. The system's error code and the schema's wording stay as they are.
 */
export function problemFor(
  file: string,
  read: Exclude<FileRead<unknown>, { status: 'ok' } | { status: 'newer' }>,
  setAsideAs: string | null,
): StoreProblem {
  const readOnly = read.status === 'unreadable' || (read.status === 'damaged' && setAsideAs === null);
  const kept: MessageParams = setAsideAs ? { kept: 'setAside', setAsideAs } : { kept: 'leftInPlace' };
  const text =
    read.status === 'missing'
      ? message('problems:missing', { file })
      : read.status === 'unreadable'
        ? message('problems:problem', { file, what: unreadableCause(read.code), code: read.code, ...kept })
        : read.kind === 'empty'
          ? message('problems:problem', { file, what: 'empty', ...kept })
          : read.kind === 'invalid-json'
            ? message('problems:problem', { file, what: 'invalidJson', ...kept })
            : read.mismatch
              ? message(curationMismatches.has(read.mismatch.what) ? 'curation:problem' : 'problems:problem', {
                  file,
                  ...defined(read.mismatch),
                  ...kept,
                })
              : message('problems:problem', { file, what: 'wrongShape', why: read.why, ...kept });
  const kind = read.status === 'damaged' ? read.kind : read.status;
  return { file, kind, message: inEnglish(text), text, setAsideAs, readOnly };
}

/** A record's fields that are set, as a Message's parameters. */
function defined(record: Mismatch): MessageParams {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
