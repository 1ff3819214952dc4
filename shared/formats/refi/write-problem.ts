import type { Message } from '../../i18n/message.ts';

/**
 * Why a REFI-QDA export stops, as a Message (`exchange:refi-…`): thrown by
 * the pure writers of this folder, turned into an ApiError by the core
 * (electron/core/exchange/refi-export.ts). `changed`: the text no longer
 * fits its annotations (a correction during the export) — a conflict, not
 * bad input.
 */
export class RefiWriteProblem extends Error {
  constructor(
    readonly text: Message,
    readonly changed = false,
  ) {
    super(text.key);
    this.name = 'RefiWriteProblem';
  }
}
