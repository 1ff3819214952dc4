import type { Message } from '../../i18n/message.ts';

/**
 * Why a bundle is refused, as a Message. Thrown by the pure checks of this
 * folder (which know nothing of the wire's ApiError); the core turns it into
 * `ApiError('invalid-input', text)` at its edge.
 */
export class BundleProblem extends Error {
  constructor(readonly text: Message) {
    super(text.key);
    this.name = 'BundleProblem';
  }
}
