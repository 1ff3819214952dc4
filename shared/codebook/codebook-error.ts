import type { Message } from '../i18n/message.ts';
import { inEnglish } from '../i18n/in-english.ts';

/** Why a codebook edit was refused, as a code a caller can branch on. */
export type CodebookErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'too-large';

/**
 * A codebook edit refused, with a message for the researcher: `text` is it
 * as a code and parameters (for the window to word in the user's language),
 * `message` the same in English. The edits are domain code and know nothing
 * of the wire; the codebook handlers turn this into an ApiError with the
 * same code and text.
 */
export class CodebookError extends Error {
  readonly code: CodebookErrorCode;
  readonly text: Message;
  constructor(code: CodebookErrorCode, text: Message) {
    super(inEnglish(text));
    this.name = 'CodebookError';
    this.code = code;
    this.text = text;
  }
}
