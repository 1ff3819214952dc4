import type { DocumentMetadata } from '../../../../shared/model/document.ts';

/**
 * Examples of how to write a field, after the hint. None is a value of a
 * real file (these once were «Orda.kz» and «2023-09-08T12:51», which read as
 * guesses taken from other files of the batch); source and author have none,
 * since any name there would look like one.
 */
const examples: Partial<Record<keyof DocumentMetadata, string>> = {
  date: 'e.g. 31.12.2024 18:30',
  url: 'e.g. https://…',
  language: 'e.g. ru, kk, en',
};

/**
 * The hint an empty detail of an import file shows: why it is empty (nothing
 * was found in the file, or the user cleared what was), and how to write it.
 * Never a value: the field shows a value only when it has one.
 */
export function detailPlaceholder(key: keyof DocumentMetadata, guessed: string | undefined): string {
  const why = guessed ? 'left empty' : 'not found in the file';
  const example = examples[key];
  return example ? `${why} · ${example}` : why;
}
