import type { Message } from '../i18n/message.ts';

/**
 * Why a backup was taken. A code, worded by the screen: "before" reasons
 * carry the label of the step they came before.
 */
export type BackupReason = 'open' | 'interval' | 'manual' | 'before-import' | 'before-step' | 'before-restore';

export interface BackupCounts {
  documents: number;
  annotations: number;
  links: number;
  actors: number;
  concepts: number;
  tags: number;
}

/** One backup as the Backups view lists it. */
export interface BackupInfo {
  id: string;
  /** ISO time it was taken. */
  created: string;
  reason: BackupReason;
  /** The step it came before (before-step, before-import, before-restore), else null. */
  step: Message | null;
  counts: BackupCounts;
  /** Bytes of the project's files at that moment. */
  projectBytes: number;
  /** Bytes this backup alone adds on disk (what no other kept backup shares). */
  ownBytes: number;
  files: number;
}

/** A damaged file set aside when the project opened (`<name>.damaged-<time>.json`). */
export interface SetAsideFile {
  /** Relative to the project folder. */
  path: string;
  /** The file it was, relative to the project folder. */
  original: string;
  /** ISO time it was set aside. */
  setAside: string;
  bytes: number;
  /** The newest backup holding a readable version of the original, if any. */
  restorableFrom: { backupId: string; created: string } | null;
  /** True when a file has been written in the original's place since: restoring replaces it. */
  replacesCurrent: boolean;
}

export interface BackupList {
  backups: BackupInfo[];
  /** Bytes all kept backups take together. */
  usedBytes: number;
  capBytes: number;
  /** Minutes of changes between automatic backups. */
  intervalMinutes: number;
  setAside: SetAsideFile[];
  /** The last backup that failed, and why (cleared by the next one that succeeds). */
  lastFailure: { at: string; message: string } | null;
}

/** What inspecting a set-aside file shows: its beginning, as text. */
export interface SetAsideContent {
  path: string;
  bytes: number;
  text: string;
  truncated: boolean;
}
