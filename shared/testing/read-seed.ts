import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../text/normalize-text.ts';

/**
 * The team's seed articles (../shared/seeds beside the repository), for
 * tests only: they run in Node, the app never reads them. Absent on a
 * machine without the team folder; tests then skip with `seedsMissing`.
 */
export const seedsDir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

function seedNames(): string[] {
  try {
    return readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch {
    return [];
  }
}

/** Why seed tests are skipped, or null when the seeds are there. */
export const seedsMissing: string | null = seedNames().length ? null : `${seedsDir} is absent`;

/** The seed whose file name starts with `prefix` ("002"), as written (raw) or normalised like an import. */
export function readSeed(prefix: string, form: 'raw' | 'normalized' = 'normalized'): string {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`No seed ${prefix} in ${seedsDir}`);
  const text = readFileSync(resolve(seedsDir, name), 'utf8');
  return form === 'raw' ? text : normalizeText(text);
}

/** Every seed's file name prefix, in order ("000", "001", …). */
export function seedPrefixes(): string[] {
  return seedNames().map((n) => n.slice(0, 3));
}
