import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { z } from 'zod';
import { migrateFile } from '../../../shared/model/migrate-file.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import type { StoreProblem } from '../../../shared/ipc/project-info.ts';

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
  | { status: 'damaged'; kind: 'empty' | 'invalid-json' | 'wrong-shape'; why: string }
  | { status: 'newer'; version: number };

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
  check?: (data: T) => string | null,
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
  if (mismatch) return { status: 'damaged', kind: 'wrong-shape', why: mismatch };
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

/** The problem to report for a file that could not be used. */
export function problemFor(
  file: string,
  read: Exclude<FileRead<unknown>, { status: 'ok' } | { status: 'newer' }>,
  setAsideAs: string | null,
): StoreProblem {
  const readOnly = read.status === 'unreadable' || (read.status === 'damaged' && setAsideAs === null);
  const kept = setAsideAs
    ? ` It was kept as ${setAsideAs} and nothing was overwritten.`
    : read.status === 'missing'
      ? ''
      : ' It was left in place and is not written until the problem is fixed and the project is opened again: what it holds cannot be changed until then.';
  const what =
    read.status === 'missing'
      ? 'is missing.'
      : read.status === 'unreadable'
        ? `could not be read (${read.code}).`
        : read.kind === 'empty'
          ? 'was empty.'
          : read.kind === 'invalid-json'
            ? 'is not valid JSON: it may have been cut off or edited by hand.'
            : `does not have the expected contents (${read.why}).`;
  const kind = read.status === 'damaged' ? read.kind : read.status;
  return { file, kind, message: `${file} ${what}${kept}`, setAsideAs, readOnly };
}
