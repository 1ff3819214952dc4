/**
 * The one normalisation rule, applied once when a text enters a project so
 * that annotation offsets never drift afterwards:
 *   1. a leading byte-order mark is removed;
 *   2. every line ending (CRLF, lone CR, U+2028, U+2029) becomes LF;
 *   3. the text is put in Unicode NFC (so "й" is one code unit, not "и" + breve).
 * Nothing else changes: spaces, tabs, quotes and dashes are kept as written.
 * The text as it arrived is stored alongside as the document's original.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .normalize('NFC');
}
