import { z } from 'zod';
import { type Message, message } from '../i18n/message.ts';
import { inEnglish } from '../i18n/in-english.ts';
import { type Codebook, TagSchema } from '../model/codebook.ts';
import { TimestampSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import { codebookProblem } from './codebook-problem.ts';

/** The marker that tells a Glossator codebook file from any other JSON. */
export const codebookFileFormat = 'glossator-codebook';

/** The version of the codebook file format this Glossator writes and reads. */
export const codebookFileVersion = 1;

/** A codebook is a few hundred tags at most; 2 MB leaves ample room and keeps a wrong file from stalling the app. */
export const codebookFileMaxBytes = 2 * 1024 * 1024;

/**
 * A codebook shared between projects and teams, as a JSON file:
 * `{ "format": "glossator-codebook", "version": 1, "name", "exported", "tags" }`.
 */
export const CodebookFileSchema = z.strictObject({
  format: z.literal(codebookFileFormat),
  version: z.literal(codebookFileVersion),
  name: z.string().trim().min(1).max(limits.nameLength),
  exported: TimestampSchema,
  tags: z.array(TagSchema).max(10_000),
});
export type CodebookFile = z.infer<typeof CodebookFileSchema>;

/**
 * The outcome of reading a codebook file: the file, or what is wrong with it
 * as a Message (`errors:codebookFile-…`, for the user's language) and in
 * English.
 */
export type CodebookFileParse = { ok: true; file: CodebookFile } | { ok: false; message: string; text: Message };

/**
 * A codebook as the text of a shareable file (pretty JSON, ending in a
 * newline, tags in stored order so sibling order survives). Only the tag
 * fields of the format are written. A blank name becomes "Codebook".
 */
export function serializeCodebookFile(codebook: Codebook, name: string, now: Date): string {
  const file: CodebookFile = {
    format: codebookFileFormat,
    version: codebookFileVersion,
    name: name.trim() || 'Codebook',
    exported: now.toISOString(),
    tags: codebook.tags.map((t) => ({
      id: t.id,
      name: t.name,
      parent: t.parent,
      color: t.color,
      description: t.description,
      shortcut: t.shortcut,
      kind: t.kind,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a codebook file chosen by the user. Never throws: whatever the
 * file holds, the answer is the codebook or one message that says what the
 * file is instead (another tool's codebook, a newer version, …) or the
 * first thing wrong with it, precisely enough to fix it by hand.
 */
export function parseCodebookFile(text: string): CodebookFileParse {
  try {
    return parse(text);
  } catch {
    return fail(message('errors:codebookFile-unreadable'));
  }
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function parse(text: string): CodebookFileParse {
  const bytes = utf8Length(text);
  if (bytes > codebookFileMaxBytes) {
    return fail(message('errors:codebookFile-tooLarge', { size: megabytes(bytes) }));
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail(message('errors:codebookFile-empty'));
  if (body.startsWith('<')) return fail(xmlMessage(body.slice(0, 4096)));

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    if (/^\s*\[(entities|relations|events|attributes)\]\s*$/m.test(body)) {
      return fail(message('errors:codebookFile-brat'));
    }
    // The JSON parser's own wording of where the file breaks, in English.
    return fail(
      error instanceof Error
        ? message('errors:codebookFile-notJson', { detail: error.message })
        : message('errors:codebookFile-notJsonBare'),
    );
  }

  const forbidden = findForbiddenKey(raw);
  if (forbidden) {
    return fail(
      forbidden.path === null
        ? message('errors:codebookFile-forbiddenKeyTop', { key: forbidden.key })
        : message('errors:codebookFile-forbiddenKey', { key: forbidden.key, path: forbidden.path }),
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(message('errors:codebookFile-noObject'));
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== codebookFileFormat) return fail(otherJsonMessage(record));
  if (typeof record.version === 'number' && record.version > codebookFileVersion) {
    return fail(message('errors:codebookFile-newer', { version: record.version, supported: codebookFileVersion }));
  }
  const result = CodebookFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // zod's own wording of the problem, in English.
    const path = issuePath(issue.path, record);
    return fail(
      path === null
        ? message('errors:codebookFile-damagedTop', { detail: issue.message })
        : message('errors:codebookFile-damaged', { path, detail: issue.message }),
    );
  }
  const problem = codebookProblem(result.data.tags);
  if (problem) return fail(message('errors:codebookFile-unusable', { ...problem.params, problem: problem.key }));
  return { ok: true, file: result.data };
}

function fail(text: Message): CodebookFileParse {
  return { ok: false, message: inEnglish(text), text };
}

function xmlMessage(head: string): Message {
  if (/<CodeBook[\s>/]/.test(head)) return message('errors:codebookFile-refiCodebook');
  if (/<Project[\s>/]/.test(head)) return message('errors:codebookFile-refiProject');
  return message('errors:codebookFile-xml');
}

function otherJsonMessage(record: Record<string, unknown>): Message {
  const format = record.format;
  if (typeof format === 'string' && format.startsWith('glossator-')) {
    return message('errors:codebookFile-otherGlossator', { kind: shorten(format.slice('glossator-'.length)) });
  }
  if (typeof format === 'string') return message('errors:codebookFile-otherFormat', { format: shorten(format) });
  if ('schemaVersion' in record && 'codebook' in record) return message('errors:codebookFile-projectFile');
  return message('errors:codebookFile-noFormat');
}

/** Where a schema problem is, readable: tags[3] (“Terrorism”).color; null for the top level. */
function issuePath(path: readonly PropertyKey[], record: Record<string, unknown>): string | null {
  if (path.length === 0) return null;
  let out = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
    if (i === 1 && path[0] === 'tags' && typeof key === 'number') {
      const tag = (record.tags as unknown[])[key] as { name?: unknown } | null;
      if (tag && typeof tag === 'object' && typeof tag.name === 'string' && tag.name.trim() !== '') {
        out += ` (“${shorten(tag.name)}”)`;
      }
    }
  });
  return out;
}

/** One value of the parsed JSON, with the key it sits under and its container, to name its path when needed. */
interface JsonNode {
  value: unknown;
  key: string | number | null;
  up: JsonNode | null;
}

/** The first key anywhere in the parsed JSON that could reach an object's prototype, with where it is (null: the top level). */
function findForbiddenKey(root: unknown): { key: string; path: string | null } | null {
  // Iterative, so a file nested a million levels deep cannot overflow the stack.
  const stack: JsonNode[] = [{ value: root, key: null, up: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, up: node });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return { key, path: nodePath(node) };
      stack.push({ value: (value as Record<string, unknown>)[key], key, up: node });
    }
  }
  return null;
}

function nodePath(node: JsonNode): string | null {
  const keys: (string | number)[] = [];
  for (let n: JsonNode | null = node; n; n = n.up) if (n.key !== null) keys.push(n.key);
  keys.reverse();
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out === '' ? null : shorten(out, 200);
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Rounded up, so a file just over the limit never reads "2.0 MB (the limit is 2 MB)". */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
}
