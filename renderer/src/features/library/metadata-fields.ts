import type { DocumentMetadata } from '../../../../shared/model/document.ts';

export type MetadataKey = keyof DocumentMetadata;

/** The details a document has besides its title, in the order both details dialogs show them. */
export const metadataFields: ReadonlyArray<{
  key: MetadataKey;
  label: string;
  /** The label inside a sentence ("Change the URL"). */
  noun: string;
  placeholder: string;
}> = [
  { key: 'source', label: 'Source', noun: 'source', placeholder: 'e.g. Aqnews.kz' },
  { key: 'author', label: 'Author', noun: 'author', placeholder: '' },
  { key: 'date', label: 'Date and time', noun: 'date and time', placeholder: 'e.g. 08.09.2023 12:51' },
  { key: 'url', label: 'URL', noun: 'URL', placeholder: 'https://…' },
  { key: 'language', label: 'Language', noun: 'language', placeholder: 'e.g. ru, kk, en' },
];

/** Each field's value as a form holds it: a string, empty when unset. */
export type MetadataForm = Record<MetadataKey, string>;

export function metadataForm(metadata: DocumentMetadata): MetadataForm {
  return {
    source: metadata.source ?? '',
    author: metadata.author ?? '',
    date: metadata.date ?? '',
    url: metadata.url ?? '',
    language: metadata.language ?? '',
  };
}
