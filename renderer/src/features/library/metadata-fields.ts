import type { MessageKey } from '../../../../shared/i18n/message.ts';
import type { DocumentMetadata } from '../../../../shared/model/document.ts';

export type MetadataKey = keyof DocumentMetadata;

/** The details a document has besides its title, in the order both details dialogs show them (their words as message keys). */
export const metadataFields: ReadonlyArray<{
  key: MetadataKey;
  label: MessageKey;
  /** The tick's name ("Change URL"). */
  change: MessageKey;
  placeholder: MessageKey | null;
}> = [
  {
    key: 'source',
    label: 'library:field-source',
    change: 'library:change-source',
    placeholder: 'library:placeholder-source',
  },
  { key: 'author', label: 'library:field-author', change: 'library:change-author', placeholder: null },
  { key: 'date', label: 'library:field-date', change: 'library:change-date', placeholder: 'library:placeholder-date' },
  { key: 'url', label: 'library:field-url', change: 'library:change-url', placeholder: 'library:placeholder-url' },
  {
    key: 'language',
    label: 'library:field-language',
    change: 'library:change-language',
    placeholder: 'library:placeholder-language',
  },
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
