import { z } from 'zod';
import type { Message } from '../i18n/message.ts';

/**
 * What the Sync button shows: whether the project is connected, how many saved changes wait, whether the
 * remote (as last fetched) has commits this copy lacks, the last sync's end, and the conflicts still open.
 */
export interface SyncStatus {
  /** False: not a repository, or no remote yet (the Sync view offers to connect). */
  connected: boolean;
  /** The remote's address as .git/config has it (never with credentials: those are refused at connect). */
  remote: string | null;
  /** Files saved since the last sync commit; null when unknown (the next sync compares every file once). */
  localChanges: number | null;
  /** Commits of ours the remote lacks (a sync that failed after its commit). */
  ahead: boolean;
  /** Commits of the remote's this copy lacks, as of the last fetch. */
  behind: boolean;
  syncing: boolean;
  /** The last sync of this session: when it ended and how (null: none yet). */
  last: { at: string; ok: boolean; error: Message | null; offline: boolean } | null;
  openConflicts: number;
  /** The last look at the remote (a sync's fetch, or getSyncStatus with `fetch`): reachable or not, and when. */
  lastFetch: { at: string; offline: boolean } | null;
}

export const SyncStatusQuerySchema = z.strictObject({
  /** Look at the remote first (kept credentials only, never asking): `behind` is then current. */
  fetch: z.boolean().optional(),
});

export const SyncCredentialsSchema = z.strictObject({
  user: z.string().trim().min(1).max(200),
  token: z.string().min(1).max(4_000),
});

export const SyncInputSchema = z.strictObject({
  /** Typed by the user after the remote asked for them; kept (encrypted) only once they worked. */
  credentials: SyncCredentialsSchema.optional(),
});

/** A sync's outcome (the contract's SyncReport adds the change set and the undo labels). */
export interface SyncOutcome {
  status: SyncStatus;
  /** Files the sync wrote here, documents it brought, conflicts it found, undo steps it made unsafe. */
  written: number;
  documentsAdded: number;
  conflicts: number;
  pushed: boolean;
  rounds: number;
  forgottenUndoSteps: number;
  /** Why the typed token was not kept (CredentialError code as a Message), or null. */
  credentialsNotice: Message | null;
}

/** A true conflict as the dialog shows it: one record (or field, or file) with its two versions. */
export interface SyncConflictView {
  key: string;
  path: string;
  /** The record kind (`actors`, `tags`, …), `field` or `file`. */
  kind: string;
  id: string;
  /** The record's name on either side, when it has one (an actor's, a tag's), for the list. */
  label: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
  /**
   * A colleague's merge kept their version over this coder's: `ours` is what the project now holds (their
   * choice), `theirs` the version that was this coder's. Keep leaves it so; take puts this coder's back.
   */
  replaced: boolean;
}

export const ResolveConflictsSchema = z.strictObject({
  choices: z
    .array(z.strictObject({ key: z.string().min(1).max(2_000), choice: z.enum(['ours', 'theirs']) }))
    .min(1)
    .max(10_000),
});

/** One commit of the project's history as the History view shows it. */
export interface SyncHistoryEntry {
  commit: string;
  /** The coder by id (from the commit's trailer) and name (the project's coders, else the commit's author). */
  coderId: string | null;
  coderName: string;
  /** ISO time. */
  at: string;
  kind: 'changes' | 'merge' | 'publish' | 'other';
  documentsAdded: number;
  documentsRemoved: number;
  /** Annotations added, changed and removed, per coder whose layer the commit changed. */
  annotations: Array<{ coderId: string; coderName: string; added: number; changed: number; removed: number }>;
  /** Shared files changed (codebook, actors, concepts, link types, curation). */
  sharedFiles: string[];
}

export const SyncHistoryQuerySchema = z.strictObject({
  limit: z.number().int().min(1).max(500).optional(),
});

/** One change to an annotation, from the history: who made it, when, and what it was. */
export interface AnnotationHistoryEntry {
  commit: string;
  coderId: string | null;
  coderName: string;
  at: string;
  change: 'added' | 'changed' | 'removed';
}
