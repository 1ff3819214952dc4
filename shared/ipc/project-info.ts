import type { Coder } from '../model/coder.ts';

/** A file of the project that could not be read, and what was done about it. */
export interface StoreProblem {
  /** Path relative to the project folder, with forward slashes. */
  file: string;
  kind: 'empty' | 'invalid-json' | 'wrong-shape' | 'unreadable' | 'missing';
  /** What happened, in words a researcher can act on. */
  message: string;
  /** Where the damaged file was moved (relative path), if it was. */
  setAsideAs: string | null;
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
}
