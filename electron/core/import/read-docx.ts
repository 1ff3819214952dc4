import { message } from '../../../shared/i18n/message.ts';
import mammoth from 'mammoth';
import type { ReadResult } from './read-result.ts';

/**
 * The text of a Word .docx file, paragraph by paragraph (a blank line
 * between them), read with mammoth. Anything that is not a readable .docx
 * (another format renamed, a damaged zip) gets a reason.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return { ok: false, reason: message('importing:reasonNotDocx') };
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }));
  } catch (error) {
    return { ok: false, reason: message('importing:reasonDocxUnreadable', { detail: shortMessage(error) }) };
  }
  const text = value.replace(/\n{3,}/g, '\n\n').trim();
  if (!text) return { ok: false, reason: message('importing:reasonDocxEmpty') };
  return { ok: true, format: 'docx', text, hints: {}, warnings: [] };
}

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
