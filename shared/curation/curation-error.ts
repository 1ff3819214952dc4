import { inEnglish } from '../i18n/in-english.ts';
import type { Message } from '../i18n/message.ts';

/** Why a curation step was refused, as a code a caller can branch on (the wire's codes of the same name). */
export type CurationErrorCode = 'invalid-input' | 'not-found' | 'conflict';

/**
 * A curation step refused, with a message for the researcher: `text` as a
 * code and parameters (the window or the CLI words it in the user's
 * language), `message` the same in English. The curation rules are domain
 * code and know nothing of the wire; the curation handlers turn this into an
 * ApiError with the same code and text.
 */
export class CurationError extends Error {
  readonly code: CurationErrorCode;
  readonly text: Message;
  constructor(code: CurationErrorCode, text: Message) {
    super(inEnglish(text));
    this.name = 'CurationError';
    this.code = code;
    this.text = text;
  }
}
