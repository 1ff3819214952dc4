import type { Coder } from '../model/coder.ts';
import type { Message } from '../i18n/message.ts';

/** A file of the project that could not be read, and what was done about it. */
export interface StoreProblem {
  /** Path relative to the project folder, with forward slashes. */
  file: string;
  kind: 'empty' | 'invalid-json' | 'wrong-shape' | 'unreadable' | 'missing';
  /** What happened, in words a researcher can act on: in English, for logs (the window shows `text`). */
  message: string;
  /** The same as a code and its parameters (the `problems` namespace), worded in the user's language. */
  text: Message;
  /** Where the damaged file was moved (relative path), if it was. */
  setAsideAs: string | null;
  /**
   * The file is still in place and could not be read, so it is never
   * written: what it holds is read-only (changes to it are refused) until
   * the problem is fixed and the project is opened again.
   */
  readOnly: boolean;
}

/** Something the open did to bring the project back to a consistent state after a crash. */
export interface StoreRecovery {
  kind: 'completed-change' | 'discarded-change' | 'removed-temp-files';
  /** How many files it concerned. */
  files: number;
  /** In English, for logs (the window shows `text`). */
  message: string;
  /** The same as a code and its parameters (the `problems` namespace), worded in the user's language. */
  text: Message;
}

export interface ProjectInfo {
  id: string;
  name: string;
  /** The project folder on disk. */
  path: string;
  schemaVersion: number;
  documentCount: number;
  annotationCount: number;
  /** Who is annotating in this session. */
  coder: Coder;
  /** Everyone who has annotated in this project (names for the ids on annotations and links). */
  coders: Coder[];
  /** Files that were damaged when the project was opened. Empty when all is well. */
  problems: StoreProblem[];
  /** What the open repaired after a crash (an interrupted change completed, temp files removed). */
  recovered: StoreRecovery[];
}
