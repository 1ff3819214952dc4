import type { Coder } from '../../../shared/model/coder.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { WriteFs } from '../fs/durable-write.ts';
import { type ExclusiveWrite, type OpenOptions, ProjectStore } from '../store/project-store.ts';
import { PendingSyncPaths } from '../sync/pending/pending-sync-paths.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { ImportService } from '../import/import-service.ts';
import { SearchService } from '../search/search-service.ts';
import { BackupService } from '../backups/backup-service.ts';
import { History, type Undoable, isRestore } from './history.ts';
import { HistoryLog, historyFile } from './history-log.ts';
import { restoreWrites } from '../backups/backup-restore.ts';
import { Identity } from './identity.ts';
import { undoTouches } from './undo-paths.ts';
import { type SyncCredentialSources, SyncService } from './sync-service.ts';
import { FileGate } from '../files/file-gate.ts';
import { addSampleContent } from './sample-project.ts';
import { fallbackLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { type Message, message } from '../../../shared/i18n/message.ts';
import { relative, sep } from 'node:path';

/** The option of ProjectSession.change for a step that deletes or merges: a backup is taken first. */
export const backUpFirst = { backUpFirst: true } as const;

/** How long after a project opens its search index starts to build. */
const INDEX_DELAY_MS = 1_500;

/**
 * The project this process has open. Opening another one opens it first
 * and only then closes the current one, so a failed open leaves the user
 * where they were.
 */
export class ProjectSession {
  private current: ProjectStore | null = null;
  readonly history = new History();
  private queue: Promise<unknown> = Promise.resolve();
  private searchService: SearchService | null = null;
  private importService: ImportService | null = null;
  private backupService: BackupService | null = null;
  /** Per open store of a git repository, its record of files changed since the last sync commit. */
  private readonly pending = new WeakMap<ProjectStore, PendingSyncPaths>();

  readonly identity: Identity;
  /** Where a sync's credentials come from: the window's vault (safeStorage), none for the loopback server. */
  syncSources: SyncCredentialSources = { order: 'app', vault: null };
  private syncService: SyncService | null = null;
  /** Files crossing between the window and the core: tickets for chosen paths, uploads, downloads. */
  readonly files = new FileGate();

  constructor(
    readonly coder: Coder,
    private readonly fs?: WriteFs,
    identity?: Identity,
    /** The system's language (the shell's locale, the environment's LANG), for a user who chose none. */
    readonly systemLanguage: Language = fallbackLanguage,
  ) {
    this.identity = identity ?? new Identity(coder);
  }

  /** The language new content is worded in: a new project's codebook, link types and sample. */
  get language(): Language {
    return this.identity.language ?? this.systemLanguage;
  }

  /** Gives this session's coder another display name: in the settings, then in the open project's coders. */
  async renameCoder(name: string): Promise<void> {
    await this.exclusive(async () => {
      await this.identity.rename(name);
      await this.current?.renameCoder(this.coder.id, name);
    });
  }

  get store(): ProjectStore {
    if (!this.current) throw new ApiError('not-found', message('errors:noProject'));
    return this.current;
  }

  /** Search over the open project; its index builds in the background from the moment the project opens. */
  get search(): SearchService {
    this.store;
    return this.searchService as SearchService;
  }

  /** The open project's backups. */
  get backups(): BackupService {
    this.store;
    return this.backupService as BackupService;
  }

  /** The open project's files changed since its last sync commit; null when it is not a git repository. */
  get pendingSync(): PendingSyncPaths | null {
    return this.pending.get(this.store) ?? null;
  }

  /** Opens a store; a git repository's changes are recorded for the sync before each commit point. */
  private async openStore(dir: string, options: OpenOptions): Promise<ProjectStore> {
    const pending = PendingSyncPaths.forProject(dir, this.fs);
    const store = await ProjectStore.open(dir, { ...options, beforeWrite: pending?.record });
    if (pending) this.pending.set(store, pending);
    return store;
  }

  /** The team sync of the open project (one service for the session: a sync outlives no project switch). */
  get sync(): SyncService {
    this.store;
    this.syncService ??= new SyncService(this, this.syncSources);
    return this.syncService;
  }

  /** Importing files into the open project. */
  get imports(): ImportService {
    this.store;
    return this.importService as ImportService;
  }

  /**
   * Opens the project in `dir`. With `withSample`, a new empty project gets
   * the sample texts. With `lookOnly`, this session's coder is not added to
   * the project (the CLI's import: a preview or a refused import leaves the
   * project byte-identical). Without `background` (a script's session),
   * no snapshot is taken at open and the search index is not built: a
   * window needs both, a one-off command neither (its import still backs
   * the project up first).
   */
  async open(
    dir: string,
    { withSample, lookOnly, background = true }: { withSample: boolean; lookOnly?: boolean; background?: boolean },
  ): Promise<ProjectStore> {
    if (this.current?.dir === dir) return this.current;
    const next = await this.openStore(dir, { coder: this.coder, fs: this.fs, language: this.language, lookOnly });
    if (withSample && next.isEmpty && next.problems.length === 0) {
      try {
        await addSampleContent(next, this.language);
      } catch (error) {
        await next.close();
        throw error;
      }
    }
    const previous = this.current;
    await this.use(next, background);
    this.history.attach(new HistoryLog(historyFile(dir)));
    await previous?.close();
    // A snapshot of the project as it opened, taken in the background.
    if (background) this.backups.take('open').catch(() => {});
    return next;
  }

  /** Makes `store` the open project, with its search, imports and backups. */
  private async use(store: ProjectStore, background = true): Promise<void> {
    await this.backupService?.idle();
    // The index's cache is written before anything else opens or closes the project.
    await this.searchService?.stop();
    if (this.current?.dir !== store.dir) this.syncService = null; // Its last sync was another project's.
    this.current = store;
    const search = new SearchService(store);
    this.searchService = search;
    // Indexing starts once the window has had time to show the Library (or at the first search).
    if (background) setTimeout(() => void search.build(), INDEX_DELAY_MS).unref();
    this.importService = new ImportService(store);
    this.backupService = new BackupService(store, { pinned: () => this.history.backupsInUse() });
  }

  /**
   * Restores a backup as one undoable step: the project as it is is backed
   * up first (the step's undo restores that backup), then every file that
   * differs is written, all or nothing, and the project is read again.
   */
  restore(backupId: string, label: Message): Promise<void> {
    return this.exclusive(async () => {
      this.history.record(label, await this.restoreNow(backupId, label));
    });
  }

  /** Undo and redo: a restore's step restores a backup, any other step commits its edit. */
  commitUndoable(undo: Undoable): Promise<Undoable> {
    return isRestore(undo) ? this.restoreNow(undo.restoreBackup, null) : this.store.commit(undo);
  }

  private async restoreNow(backupId: string, label: Message | null): Promise<Undoable> {
    const target = this.backups.manifest(backupId);
    const before = await this.backups.take('before-restore', label);
    const writes = await restoreWrites(this.backups, target, this.backups.manifest(before.id));
    await this.store.writeFiles(writes);
    await this.reopen();
    return { restoreBackup: before.id };
  }

  /**
   * Like restoreFiles, with the writes built when it is this step's turn (`build` reads the files as they then
   * are: a sync's merge asked for before it has written them). `build` returns null to write nothing.
   */
  restoreBuilt(
    label: Message,
    build: () => Promise<{ writes: Parameters<ProjectStore['writeFiles']>[0]; after?: () => Promise<void> } | null>,
  ): Promise<void> {
    return this.exclusive(async () => {
      const built = await build();
      if (!built) return;
      if (!built.writes.length) {
        await built.after?.();
        return;
      }
      const before = await this.backups.take('before-restore', label);
      await this.store.writeFiles(built.writes);
      await built.after?.();
      await this.reopen();
      this.history.record(label, { restoreBackup: before.id });
    });
  }

  /** Writes `writes` (one set-aside file's earlier version) as a restore: backed up first, undoable. */
  restoreFiles(label: Message, writes: Parameters<ProjectStore['writeFiles']>[0], after?: () => Promise<void>) {
    return this.exclusive(async () => {
      const before = await this.backups.take('before-restore', label);
      await this.store.writeFiles(writes);
      await after?.();
      await this.reopen();
      this.history.record(label, { restoreBackup: before.id });
    });
  }

  /**
   * Runs `task` with nothing else changing the project: after every change asked for before it, with no save
   * in flight, and none starting until it returns. `write` writes files through the store, all or nothing.
   * When it wrote, the project is read again before anything else may change it (the store is retired first:
   * a change queued behind it is refused rather than written from stale memory), and the undo steps that
   * would write over those files are forgotten (undo covers the user's own changes, not a colleague's).
   * `reloaded` is told how many steps were forgotten. The sync commits and merges so.
   */
  alone<T>(task: (write: ExclusiveWrite) => Promise<T>, reloaded?: (forgotten: number) => void): Promise<T> {
    return this.exclusive(async () => {
      const store = this.store;
      const written = new Set<string>();
      try {
        return await store.exclusively(async (write) => {
          try {
            return await task(async (writes, step) => {
              // Recorded before the write: a write that fails halfway still leaves the memory in doubt.
              for (const w of writes) written.add(relative(store.dir, w.path).split(sep).join('/'));
              await write(writes, step);
            });
          } finally {
            if (written.size) store.retire();
          }
        });
      } finally {
        if (written.size) {
          const forgotten = this.history.forget((undo) => undoTouches(undo, written));
          await this.reopen();
          reloaded?.(forgotten);
        }
      }
    });
  }

  /** Reads the open project again (a folder just made a repository: its saves are recorded from now on). */
  reload(): Promise<void> {
    return this.exclusive(() => this.reopen());
  }

  /** Reads the open project again from its folder (after its files were written as a whole). */
  private async reopen(): Promise<void> {
    const current = this.store;
    await this.backupService?.idle();
    // Search first: its index cache is written while the store it describes is still open.
    await this.searchService?.stop();
    this.searchService = null;
    await current.close();
    await this.use(await this.openStore(current.dir, { coder: this.coder, fs: this.fs }));
  }

  /**
   * Makes a change as one undoable step. Changes run one at a time, in the
   * order they were asked for, so undo steps and files never interleave.
   * `build` runs when it is this change's turn and reads the store as it
   * then is; it returns the edit to make (or null to make none). `label`
   * may be worded from the result, for a step whose words say what it found
   * only once built ("Merge what agrees (12 units)").
   */
  change<T>(
    label: Message | ((result: T) => Message),
    build: (store: ProjectStore) => Promise<{ edit: RecordEdit | null; result: T }>,
    options: { backUpFirst?: boolean } = {},
  ): Promise<T> {
    return this.exclusive(async () => {
      const store = this.store;
      const { edit, result } = await build(store);
      if (!edit) return result;
      const worded = typeof label === 'function' ? label(result) : label;
      // A destructive step is backed up first: the backup starts before the change in the order of writes.
      if (options.backUpFirst) this.backups.take('before-step', worded).catch(() => {});
      this.history.record(worded, await store.commit(edit));
      this.backups.noteChange();
      return result;
    });
  }

  /** Runs `task` after every change asked for before it. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    await this.files.close();
    await this.searchService?.stop();
    this.searchService = null;
    this.importService = null;
    await this.backupService?.idle();
    this.backupService = null;
    await this.history.flushed();
    await this.current?.close();
    this.current = null;
  }
}
