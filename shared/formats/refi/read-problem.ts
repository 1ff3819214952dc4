import type { Message } from '../../i18n/message.ts';

/**
 * Why a REFI-QDA file is refused, as a Message (`exchange:refi-…`). Thrown by
 * the pure readers of this folder, which know nothing of the wire's
 * ApiError; the core turns it into `ApiError('invalid-input', text)`.
 */
export class RefiProblem extends Error {
  constructor(readonly text: Message) {
    super(text.key);
    this.name = 'RefiProblem';
  }
}
