/**
 * Why a file could not be merged, as a code a caller branches on (the sync
 * words it for the user from the catalogs; nothing here is English):
 * - `not-project-file`: the path is not one of the project layout's data files;
 * - `not-json`: a side does not parse as JSON;
 * - `not-store-format`: it parses, but is not shaped like the store's file of that kind;
 * - `duplicate-id`: a list holds two records with one id (the store never writes that);
 * - `newer-format`: a side was written by a newer Glossator (its schemaVersion is above ours);
 * - `invalid-result`: the merged file would not pass the schema the store reads it with
 *   (a limit exceeded by the two sides together, say). Never a guess: the sync stops.
 */
export type SyncMergeErrorCode =
  | 'not-project-file'
  | 'not-json'
  | 'not-store-format'
  | 'duplicate-id'
  | 'newer-format'
  | 'invalid-result';

export type MergeSide = 'base' | 'ours' | 'theirs';

export interface SyncMergeErrorParams {
  path: string;
  side?: MergeSide;
  /** The offending record id (duplicate-id) or the newer schemaVersion (newer-format). */
  id?: string;
  version?: number;
  /** For invalid-result: the schema's first complaint (a diagnostic for logs, not for the user). */
  detail?: string;
}

/** A merge refused: a code and its parameters; `message` is the code and path only (logs, not the user). */
export class SyncMergeError extends Error {
  readonly code: SyncMergeErrorCode;
  readonly params: SyncMergeErrorParams;
  constructor(code: SyncMergeErrorCode, params: SyncMergeErrorParams) {
    super(`${code}: ${params.path}`);
    this.name = 'SyncMergeError';
    this.code = code;
    this.params = params;
  }
}
