import { message } from '../../../shared/i18n/message.ts';
import { decodeText, type TextEncoding } from '../../../shared/text/decode-text.ts';
import { importFileProblem, importFormatOf } from '../../../shared/text/import-format.ts';
import { markdownToText } from '../../../shared/text/markdown-to-text.ts';
import { limits } from '../../../shared/model/limits.ts';
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import type { ReadResult } from './read-result.ts';

/**
 * Reads one file of any format Glossator imports, by its extension:
 * .txt and .md are decoded (encoding detected, or the user's `encoding`),
 * .md is then reduced to its readable text; .html through readHtml; .docx
 * through readDocx. Never throws: a file that cannot be read gets a reason.
 */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  encoding?: TextEncoding,
): Promise<ReadResult> {
  const read = await readByFormat(fileName, bytes, encoding);
  if (read.ok && read.text.length > limits.textLength) {
    return {
      ok: false,
      reason: message('importing:reasonTooLong', {
        length: (read.text.length / 2 ** 20).toFixed(0),
        max: limits.textLength / 2 ** 20,
      }),
    };
  }
  return read;
}

async function readByFormat(fileName: string, bytes: Uint8Array, encoding?: TextEncoding): Promise<ReadResult> {
  const problem = importFileProblem(fileName, bytes.length);
  if (problem) return { ok: false, reason: problem };
  try {
    switch (importFormatOf(fileName)) {
      case 'html':
        return readHtml(bytes, encoding);
      case 'docx':
        return await readDocx(bytes);
      case 'markdown':
      case 'text': {
        const decoded = decodeText(bytes, encoding);
        if (!decoded.ok) return { ok: false, reason: decoded.reason };
        const markdown = importFormatOf(fileName) === 'markdown';
        const text = markdown ? markdownToText(decoded.text.replace(/^\uFEFF/, '')) : decoded.text;
        if (!text.trim()) return { ok: false, reason: message('importing:reasonOnlySpaces') };
        return {
          ok: true,
          format: markdown ? 'markdown' : 'text',
          text,
          encoding: decoded.encoding,
          detectedBy: decoded.by,
          hints: {},
          warnings: [],
        };
      }
      default:
        return { ok: false, reason: message('importing:reasonUnknownFormat') };
    }
  } catch (error) {
    // A library failing on a hostile file must not take the import down with it.
    return {
      ok: false,
      reason:
        error instanceof Error
          ? message('importing:reasonUnreadable', { detail: error.message.slice(0, 200) })
          : message('importing:reasonUnreadableFile'),
    };
  }
}
