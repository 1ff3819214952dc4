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
  | 'locked' // the project is open in another Glossator
  | 'newer-version' // written by a newer Glossator
  | 'io' // the disk refused (full, read-only, …)
  | 'internal'; // a bug: the message says so

/** An error that crosses the boundary between main process and renderer intact. */
export interface ApiFailure {
  code: ErrorCode;
  message: string;
}

export class ApiError extends Error implements ApiFailure {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
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
    throw new ApiError(code, String(e.error?.message ?? 'Unknown error'));
  }
  throw new ApiError('internal', 'The app received a malformed answer from its core.');
}
