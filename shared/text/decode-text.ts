import { type Message, message } from '../i18n/message.ts';
/**
 * TextDecoder is a global both in Node and in the browser; shared/ is
 * compiled without either's type library, so its shape is declared here.
 */
declare const TextDecoder: {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): { decode(input: Uint8Array): string };
};

/**
 * The encodings Glossator reads texts in. Legacy Cyrillic pages and files
 * come as Windows-1251 or KOI8-R; Windows tools write UTF-16 with a BOM.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r';

export const textEncodings: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'];

export type DecodedText =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** How the encoding was found: a byte-order mark, valid UTF-8, a guess among legacy ones, or the user's choice. */
      by: 'bom' | 'valid-utf-8' | 'guess' | 'override';
      hadBom: boolean;
    }
  | { ok: false; reason: Message };

/**
 * Decodes a file's bytes. With `override`, in that encoding (the user saw
 * the guess and chose another). Otherwise: a BOM decides; else strict UTF-8
 * if the bytes are valid UTF-8; else the legacy Cyrillic encoding whose
 * result reads most like Russian. Empty files, binary files and bytes that
 * are no plausible text get a reason instead. The BOM is kept in the text;
 * normalisation (normalizeText) removes it once, as for pasted text.
 */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: message('importing:reasonEmpty') };
  const bom = bomOf(bytes);
  if (override) return decodeWith(bytes, override, 'override', bom === override);
  if (bom) return decodeWith(bytes, bom, 'bom', true);
  if (looksBinary(bytes)) return { ok: false, reason: message('importing:reasonBinary') };
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', by: 'valid-utf-8', hadBom: false };
  const candidates = (['windows-1251', 'koi8-r'] as const).map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { encoding, text, score: russianScore(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  if (best.score < MIN_RUSSIAN_SCORE) {
    return { ok: false, reason: message('importing:reasonNotCyrillic') };
  }
  return { ok: true, text: best.text, encoding: best.encoding, by: 'guess', hadBom: false };
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding, by: 'bom' | 'override', hadBom: boolean): DecodedText {
  const text = strictDecode(bytes, encoding);
  if (text === null)
    return { ok: false, reason: message('importing:reasonNotEncoding', { encoding: encoding.toUpperCase() }) };
  return { ok: true, text, encoding, by, hadBom };
}

function strictDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    // ignoreBOM: keep a BOM as U+FEFF so offsets are counted the same way as for pasted text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** NUL or many other control bytes (tab, line feed, carriage return and form feed aside) in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

/** The most frequent letters of Russian prose, lower case. */
const COMMON = new Set('оеаинтсрвлкмдпуяыьгзбч');
const MIN_RUSSIAN_SCORE = 0.45;

/**
 * How much a text reads like Russian: among its Cyrillic letters, the share
 * that are common lower-case letters. Text decoded in the wrong legacy
 * encoding turns into mostly capitals and rare letters (KOI8-R read as
 * Windows-1251 and the other way round), and scores far lower.
 */
export function russianScore(text: string): number {
  let cyrillic = 0;
  let common = 0;
  for (const ch of text) {
    if (ch >= '\u0400' && ch <= '\u04ff') {
      cyrillic++;
      if (COMMON.has(ch)) common++;
    }
  }
  return cyrillic < 20 ? 0 : common / cyrillic;
}
