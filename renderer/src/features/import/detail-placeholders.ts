import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { DocumentMetadata } from '../../../../shared/model/document.ts';
import { english } from '../../ui/english.ts';

/**
 * Examples of how to write a field, after the hint. None is a value of a
 * real file (these once were «Orda.kz» and «2023-09-08T12:51», which read as
 * guesses taken from other files of the batch); source and author have none,
 * since any name there would look like one.
 */
const examples = {
  date: 'importing:example-date',
  url: 'importing:example-url',
  language: 'importing:example-language',
} as const satisfies Partial<Record<keyof DocumentMetadata, string>>;

/**
 * The hint an empty detail of an import file shows: why it is empty (nothing
 * was found in the file, or the user cleared what was), and how to write it.
 * Never a value: the field shows a value only when it has one. In the
 * language of `t` (the window's), English without one.
 */
export function detailPlaceholder(
  key: keyof DocumentMetadata,
  guessed: string | undefined,
  t: Translate = english(),
): string {
  const why = t(guessed ? 'importing:leftEmpty' : 'importing:notFound');
  const example = key in examples ? examples[key as keyof typeof examples] : null;
  return example ? t('importing:placeholderWithExample', { why, example: t(example) }) : why;
}
