import { join } from 'node:path';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import { ApiError, type ErrorCode } from '../../../shared/ipc/errors.ts';
import { type Message, message } from '../../../shared/i18n/message.ts';
import { applyConflictChoice } from '../../../shared/sync/apply-conflict-choice.ts';
import type { SyncReport } from '../../../shared/ipc/results.ts';
import type { RecordConflict } from '../../../shared/sync/record-conflict.ts';
import { SyncMergeError } from '../../../shared/sync/sync-merge-error.ts';
import type {
  AnnotationHistoryEntry,
  SyncConflictView,
  SyncHistoryEntry,
  SyncStatus,
} from '../../../shared/sync/sync-types.ts';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { CredentialError } from '../sync/credentials/credential-error.ts';
import { type AuthAttempt, authAttempt } from '../sync/credentials/auth-attempt.ts';
import type { CredentialVault } from '../sync/credentials/credential-vault.ts';
import { cloneProject, connectProject } from '../sync/engine/connect-project.ts';
import { conflictKey, readOpenConflicts, writeOpenConflicts } from '../sync/engine/open-conflicts.ts';
import { annotationHistory, syncHistory } from '../sync/engine/sync-history.ts';
import { aheadBehind, remoteUrl, runSync } from '../sync/engine/sync-run.ts';
import type { GitCredentials } from '../sync/git-credentials.ts';
import { GitSyncError } from '../sync/git-error.ts';
import { fetchRemote } from '../sync/git-remote.ts';
import { layout } from '../store/project-layout.ts';
import type { ProjectSession } from './project-session.ts';

/** Where the credentials of a sync come from: the CLI reads the environment first, the window never does. */
export interface SyncCredentialSources {
  order: 'app' | 'cli';
  vault: CredentialVault | null;
  env?: NodeJS.ProcessEnv;
}

/**
 * The team sync of the open project (issue 19), for the window and the CLI alike: its status, connecting it to
 * a remote, the sync itself (one at a time: a second request while one runs gets the same sync), the conflicts
 * it found and the user's choices, and the history. Failures come out as ApiErrors worded from the `sync`
 * catalog: the window and the CLI word them in the user's language.
 */
export class SyncService {
  private running: Promise<SyncReport> | null = null;
  private last: SyncStatus['last'] = null;
  private lastFetch: SyncStatus['lastFetch'] = null;
  /** A look at the remote under way: a sync waits for it (two fetches must not write .git at once). */
  private looking: Promise<unknown> | null = null;

  constructor(
    private readonly session: ProjectSession,
    private readonly sources: SyncCredentialSources,
  ) {}

  private get dir(): string {
    return this.session.store.dir;
  }

  async status(): Promise<SyncStatus> {
    const dir = this.dir;
    const pending = this.session.pendingSync;
    const remote = pending ? await remoteUrl(dir) : null;
    const taken = pending?.peek() ?? null;
    // A repository a killed sync left damaged (the next sync repairs it) still gets a status, not an error.
    const { ahead, behind } = remote
      ? await aheadBehind(dir).catch(() => ({ ahead: false, behind: false }))
      : { ahead: false, behind: false };
    return {
      connected: remote !== null,
      remote,
      localChanges: taken === null ? null : taken,
      ahead,
      behind,
      syncing: this.running !== null,
      last: this.last,
      openConflicts: pending ? readOpenConflicts(dir).length : 0,
      lastFetch: this.lastFetch,
    };
  }

  /**
   * Looks at the remote (fetch only: nothing in the folder changes) with kept credentials, never asking, then
   * tells the status: the Sync button's periodic look, so that "behind" means behind now. A look that fails
   * (offline, credentials needed) is told in `lastFetch` and `last`'s place is left to real syncs.
   */
  async look(): Promise<SyncStatus> {
    const dir = this.dir;
    if (this.session.pendingSync && !this.running && !this.looking && (await remoteUrl(dir))) {
      const attempt = this.attempt();
      const fetching = fetchRemote(dir, { onAuth: attempt.onAuth });
      this.looking = fetching.catch(() => {});
      try {
        await fetching;
        this.lastFetch = { at: new Date().toISOString(), offline: false };
      } catch (error) {
        const offline = error instanceof GitSyncError && error.code === 'offline';
        this.lastFetch = { at: new Date().toISOString(), offline };
        if (!(error instanceof GitSyncError)) throw syncApiError(error);
      } finally {
        this.looking = null;
      }
    }
    return this.status();
  }

  /** Connects the open project to `url` (publishing happens at the next sync). */
  async connect(url: string): Promise<SyncStatus> {
    try {
      const { madeRepository } = await connectProject(this.dir, url);
      // The store records saves for the sync only in a repository: opened again, it does from now on.
      if (madeRepository) await this.session.reload();
    } catch (error) {
      throw syncApiError(error);
    }
    return this.status();
  }

  /** Syncs now, or joins the sync already running. */
  sync(credentials?: GitCredentials): Promise<SyncReport> {
    if (this.running) return this.running;
    const run = (this.looking ?? Promise.resolve())
      .then(() => this.syncNow(credentials))
      .finally(() => {
        this.running = null;
      });
    this.running = run;
    return run;
  }

  private async syncNow(typed?: GitCredentials): Promise<SyncReport> {
    const session = this.session;
    const pending = session.pendingSync;
    if (!pending) throw syncApiError(new GitSyncError('no-remote'));
    const attempt = this.attempt(typed);
    // Ids only: listDocuments words every row's facets (0.2 s at 10,000 documents, on a sync with nothing to do).
    const before = new Set(session.store.listDocumentInfos().map((d) => d.id));
    const coder = session.coder;
    let forgotten = 0;
    try {
      const result = await runSync({
        dir: this.dir,
        author: { name: coder.name, email: `${coder.id}@glossator.invalid`, coderId: coder.id },
        pending: () => session.pendingSync ?? pending,
        alone: (task) =>
          session.alone(
            (write) => task((writes) => write(writes, 'writeSynced')),
            (count) => {
              forgotten += count;
            },
          ),
        onAuth: attempt.onAuth,
      });
      const notice = await attempt.settle('succeeded');
      const documentsAdded = result.written.length
        ? session.store.listDocumentInfos().filter((d) => !before.has(d.id)).length
        : 0;
      this.last = { at: new Date().toISOString(), ok: true, error: null, offline: false };
      this.lastFetch = { at: this.last.at, offline: false };
      return {
        // Told as it will be once this answer is sent: no longer syncing.
        status: { ...(await this.status()), syncing: false },
        change: { ...emptyChangeSet(), reload: result.written.length > 0 },
        history: session.history.labels(),
        written: result.written.length,
        documentsAdded,
        conflicts: result.conflicts.length,
        pushed: result.pushed,
        rounds: result.rounds,
        forgottenUndoSteps: forgotten,
        credentialsNotice: notice ? message(`sync:credentials-${notice.code}`, notice.params) : null,
      };
    } catch (error) {
      const refused = error instanceof GitSyncError && error.code === 'auth-refused';
      await attempt.settle(refused ? 'auth-refused' : 'failed').catch(() => null);
      const failure = syncApiError(error);
      this.last = {
        at: new Date().toISOString(),
        ok: false,
        error: failure.text ?? null,
        offline: error instanceof GitSyncError && error.code === 'offline',
      };
      if (this.last.offline) this.lastFetch = { at: this.last.at, offline: true };
      throw failure;
    }
  }

  private attempt(typed?: GitCredentials): AuthAttempt {
    const { order, vault, env } = this.sources;
    return authAttempt(order, {
      env,
      vault: vault ?? undefined,
      ask: typed ? async () => typed : undefined,
    });
  }

  /** The open conflicts as the dialog lists them. */
  conflicts(): SyncConflictView[] {
    if (!this.session.pendingSync) return [];
    return readOpenConflicts(this.dir).map((c) => ({
      key: conflictKey(c),
      path: c.path,
      kind: c.kind,
      id: c.id,
      label: labelOf(c.ours) ?? labelOf(c.theirs),
      base: c.base,
      ours: c.ours,
      theirs: c.theirs,
      replaced: c.replaced === true,
    }));
  }

  /**
   * The user's choices for open conflicts, as one undo step (the project is backed up first; undo restores
   * that backup): `theirs` puts the colleague's version in the file, `ours` keeps the file as it is. The
   * chosen conflicts are closed; the next sync shares the choice.
   */
  async resolve(choices: ReadonlyArray<{ key: string; choice: 'ours' | 'theirs' }>): Promise<void> {
    const dir = this.dir;
    const theirs = choices.filter((c) => c.choice === 'theirs').length;
    // Read and written in one step of the order of changes: a sync's merge asked for before it has written its
    // files, and its new conflicts, by then (reading before would write the older file over the merge).
    await this.session.restoreBuilt(message('sync:history-resolveConflicts', { count: theirs }), async () => {
      const open = readOpenConflicts(dir);
      const byKey = new Map(open.map((c) => [conflictKey(c), c]));
      const byFile = new Map<string, RecordConflict[]>();
      for (const { key, choice } of choices) {
        const conflict = byKey.get(key);
        if (!conflict) throw new ApiError('not-found', message('sync:error-no-conflict'));
        if (choice === 'theirs') byFile.set(conflict.path, [...(byFile.get(conflict.path) ?? []), conflict]);
      }
      const writes: Array<{ path: string; data: string | null }> = [];
      try {
        for (const [path, list] of byFile) {
          const file = join(dir, path);
          let text: string | null = existsSync(file) ? await readFile(file, 'utf8') : null;
          for (const conflict of list) text = applyConflictChoice(text, conflict, 'theirs');
          writes.push({ path: file, data: text });
        }
      } catch (error) {
        throw syncApiError(error);
      }
      const chosen = new Set(choices.map((c) => c.key));
      const rest = open.filter((c) => !chosen.has(conflictKey(c)));
      return { writes, after: () => writeOpenConflicts(dir, rest) };
    });
  }

  async history(limit: number): Promise<SyncHistoryEntry[]> {
    if (!this.session.pendingSync) return [];
    const names = this.coderNames();
    return (await syncHistory(this.dir, limit)).map((c) => ({
      commit: c.commit,
      coderId: c.coderId,
      coderName: (c.coderId && names.get(c.coderId)) || c.authorName,
      at: new Date(c.timestamp * 1000).toISOString(),
      kind: c.kind,
      documentsAdded: c.documentsAdded,
      documentsRemoved: c.documentsRemoved,
      annotations: [...c.annotations].map(([coderId, counts]) => ({
        coderId,
        coderName: names.get(coderId) ?? coderId,
        ...counts,
      })),
      sharedFiles: c.sharedFiles,
    }));
  }

  async annotationHistory(annotationId: string): Promise<AnnotationHistoryEntry[]> {
    if (!this.session.pendingSync) return [];
    const store = this.session.store;
    const annotation = store.annotation(annotationId);
    const file = layout.layerFile('', annotation.documentId, annotation.coderId).replace(/^[/\\]+/, '');
    const names = this.coderNames();
    return (await annotationHistory(this.dir, file.split('\\').join('/'), annotationId)).map((c) => ({
      commit: c.commit,
      coderId: c.coderId,
      coderName: (c.coderId && names.get(c.coderId)) || c.authorName,
      at: new Date(c.timestamp * 1000).toISOString(),
      change: c.change,
    }));
  }

  private coderNames(): Map<string, string> {
    return new Map(this.session.store.info().coders.map((c) => [c.id, c.name]));
  }
}

/** Clones a shared project (the CLI's `clone`, the window's "Clone a shared project"). */
export async function cloneSharedProject(
  url: string,
  dir: string,
  sources: SyncCredentialSources,
  typed?: GitCredentials,
): Promise<{ commit: string; credentialsNotice: Message | null }> {
  const attempt = authAttempt(sources.order, {
    env: sources.env,
    vault: sources.vault ?? undefined,
    ask: typed ? async () => typed : undefined,
  });
  try {
    const { commit } = await cloneProject(url, dir, attempt.onAuth);
    const notice = await attempt.settle('succeeded');
    return { commit, credentialsNotice: notice ? message(`sync:credentials-${notice.code}`, notice.params) : null };
  } catch (error) {
    const refused = error instanceof GitSyncError && error.code === 'auth-refused';
    await attempt.settle(refused ? 'auth-refused' : 'failed').catch(() => null);
    throw syncApiError(error);
  }
}

/** A record's name, for the conflicts list: an actor's, a tag's, a concept's. */
function labelOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = (value as { name?: unknown; label?: unknown; title?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

const apiCodes: Record<string, ErrorCode> = {
  'auth-required': 'forbidden',
  'auth-refused': 'forbidden',
  offline: 'io',
  'remote-error': 'io',
  'remote-busy': 'conflict',
};

/** A sync failure as the window and the CLI word it (`sync:error-<code>` with its params). */
export function syncApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof GitSyncError) {
    return new ApiError(apiCodes[error.code] ?? 'invalid-input', message(`sync:error-${error.code}`, error.params));
  }
  if (error instanceof CredentialError) {
    return new ApiError('invalid-input', message(`sync:credentials-${error.code}`, error.params));
  }
  if (error instanceof SyncMergeError) {
    return new ApiError(
      'invalid-input',
      message('sync:error-unreadable-file', { path: error.params.path, reason: error.code }),
    );
  }
  const reason = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
  return new ApiError('io', message('sync:error-failed', { reason: String(reason) }));
}
