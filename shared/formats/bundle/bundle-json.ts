import { message } from '../../i18n/message.ts';
import { BundleProblem } from './bundle-problem.ts';
import type { z } from 'zod';

/** A bundle's JSON as a person reads it after unzip: two-space indent, a final newline. */
export function bundleJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Keys that reach an object's prototype when copied or merged by careless code: never in a bundle. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses the JSON of bundle file `file`. A reviver sees every key before the
 * object holding it is used, so a `__proto__`, `constructor` or `prototype`
 * key is refused wherever it is nested (JSON.parse itself makes such keys
 * plain own properties; it is the later copies and merges that would pollute).
 */
export function parseBundleJson(file: string, text: string): unknown {
  try {
    // The reviver costs a call per value; a text that cannot hold such a key (not even escaped) goes without it.
    if (!mayHoldForbiddenKey(text)) return JSON.parse(text);
    return JSON.parse(text, (key, value) => {
      if (forbiddenKeys.has(key)) throw new BundleProblem(message('bundles:forbiddenKey', { file, key }));
      return value;
    });
  } catch (error) {
    if (error instanceof BundleProblem) throw error;
    throw new BundleProblem(message('bundles:badJson', { file }));
  }
}

/** False when no key of `text` can be a forbidden one: none is written out, and no escape could spell one. */
function mayHoldForbiddenKey(text: string): boolean {
  return (
    text.includes('\\u') || text.includes('__proto__') || text.includes('constructor') || text.includes('prototype')
  );
}

/** Checks a parsed bundle file against its schema; the refusal names the file and what the schema says (zod's words). */
export function checkBundleRecord<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Where, as a JSON pointer (/tags/0/name; / for the whole file): the same in every language.
  const where = `/${(issue?.path ?? []).map(String).join('/')}`;
  throw new BundleProblem(message('bundles:wrongShape', { file, where, reason: issue?.message ?? 'invalid' }));
}
