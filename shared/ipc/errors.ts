import { inEnglish } from '../i18n/in-english.ts';
import { type Message, message } from '../i18n/message.ts';
import { isMessage } from '../i18n/word.ts';

/**
 * What went wrong, as a code a program can branch on. The message that goes
 * with it is written for the researcher: what happened and what to do.
 */
export type ErrorCode =
  | 'invalid-input' // the call's input failed its schema
  | 'unknown-call' // no such call in the contract
  | 'not-found' // an id that does not exist
  | 'too-large' // text or request over the limits
  | 'conflict' // e.g. an id that already exists
  | 'forbidden' // not this coder's to change: a colleague's layer
  | 'locked' // the project is open in another Glossator
  | 'newer-version' // written by a newer Glossator
  | 'io' // the disk refused (full, read-only, …)
  | 'internal'; // a bug: the message says so

/** An error that crosses the boundary between main process and renderer intact. */
export interface ApiFailure {
  code: ErrorCode;
  /** The English wording, for logs and callers that do not word `text`. */
  message: string;
  /** What went wrong as a code and its parameters, for the window or the CLI to word in the user's language. */
  text?: Message;
}

export { inEnglish } from '../i18n/in-english.ts';

export class ApiError extends Error implements ApiFailure {
  readonly code: ErrorCode;
  readonly text?: Message;
  /**
   * `message` is a Message (`message('errors:noSuchDocument', { id })`), or
   * English text; `text` then gives the Message for an English message worded
   * otherwise (zod's own wording of a refused input).
   */
  constructor(code: ErrorCode, message: Message | string, text?: Message) {
    super(typeof message === 'string' ? message : inEnglish(message));
    this.name = 'ApiError';
    this.code = code;
    const worded = typeof message === 'string' ? text : message;
    if (worded) this.text = worded;
  }
}

/** Every call's answer on the wire: either its value or a failure, never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

const errorCodes: ReadonlySet<string> = new Set<ErrorCode>([
  'invalid-input',
  'unknown-call',
  'not-found',
  'too-large',
  'conflict',
  'forbidden',
  'locked',
  'newer-version',
  'io',
  'internal',
]);

/** Turns an envelope back into a value, or throws its failure as an ApiError. */
export function unwrapEnvelope<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as Envelope<T>;
    if (e.ok) return e.value;
    const code = errorCodes.has(e.error?.code) ? e.error.code : 'internal';
    const error = new ApiError(code, String(e.error?.message ?? 'Unknown error'));
    const text = e.error?.text;
    // The text is kept only if it has a Message's shape; the English message stays what it was sent as.
    if (isMessage(text))
      Object.assign(error, { text: text.params ? { key: text.key, params: { ...text.params } } : { key: text.key } });
    throw error;
  }
  throw new ApiError('internal', message('errors:malformedAnswer'));
}
