import { message } from '../../i18n/message.ts';
import type { DocumentInfo } from '../../model/document.ts';
import { normalizeText } from '../../text/normalize-text.ts';
import { BundleProblem } from './bundle-problem.ts';

/** A global in Node and in the browser; shared/ is compiled without either's type library. */
declare const TextDecoder: {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): { decode(input: Uint8Array): string };
};

// Fatal: a byte that is not UTF-8 refuses the file instead of becoming U+FFFD and shifting nothing but the meaning.
// ignoreBOM: a byte-order mark is kept as a character, so an original that began with one comes back byte for byte.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A bundle text file's bytes as a string, refused when they are not UTF-8. */
export function decodeBundleText(file: string, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new BundleProblem(message('bundles:textNotUtf8', { file }));
  }
}

/**
 * Checks a document's text.txt: already normalised (every offset refers to
 * the normalised text; one that is not would be normalised on the way in and
 * shift them) and as long as its record says.
 */
export function checkDocumentText(file: string, text: string, info: DocumentInfo): void {
  if (normalizeText(text) !== text) throw new BundleProblem(message('bundles:textNotNormalised', { file }));
  if (text.length !== info.textLength) {
    throw new BundleProblem(
      message('bundles:textLengthDiffers', { file, expected: info.textLength, actual: text.length }),
    );
  }
}

/** True when `text` can be written as UTF-8 and read back the same (no lone surrogate). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
