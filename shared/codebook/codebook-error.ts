/** Why a codebook edit was refused, as a code a caller can branch on. */
export type CodebookErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'too-large';

/**
 * A codebook edit refused, with a message for the researcher. The edits
 * are domain code and know nothing of the wire; the codebook handlers turn
 * this into an ApiError with the same code and message.
 */
export class CodebookError extends Error {
  readonly code: CodebookErrorCode;
  constructor(code: CodebookErrorCode, message: string) {
    super(message);
    this.name = 'CodebookError';
    this.code = code;
  }
}
