import type { DocumentMetadata } from '../../model/document.ts';
import { limits } from '../../model/limits.ts';
import type { RefiTextSource } from './read-records.ts';

/** Our metadata fields, by the names tools give their document variables (compared in lower case). */
const metadataNames: Record<string, keyof DocumentMetadata> = {
  date: 'date',
  datum: 'date',
  дата: 'date',
  source: 'source',
  quelle: 'source',
  источник: 'source',
  author: 'author',
  autor: 'author',
  автор: 'author',
  url: 'url',
  language: 'language',
  sprache: 'language',
  язык: 'language',
};

/**
 * A source's document variables that name one of our metadata fields
 * (Date, Source, Author, URL, Language — as our export writes them, and as
 * MAXQDA users often name theirs), the first value of each; the names of
 * the others are collected into `others`, to be said.
 */
export function metadataOf(
  source: RefiTextSource,
  variables: ReadonlyMap<string, string>,
  others: Set<string>,
): DocumentMetadata {
  const out: DocumentMetadata = {};
  for (const { variable, value } of source.variables) {
    const name = variables.get(variable) ?? variable;
    // Own keys only: a variable named "constructor" or "__proto__" names no field.
    const key = name.trim().toLowerCase();
    const field = Object.hasOwn(metadataNames, key) ? metadataNames[key] : undefined;
    if (!field) {
      if (value) others.add(name);
      continue;
    }
    if (value && out[field] === undefined)
      out[field] = value.slice(0, field === 'language' ? 35 : limits.metadataFieldLength);
  }
  return out;
}
