import type { Coder } from '../../../shared/model/coder.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { WriteFs } from '../fs/durable-write.ts';
import { ProjectStore } from '../store/project-store.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { ImportService } from '../import/import-service.ts';
import { SearchService } from '../search/search-service.ts';
import { History } from './history.ts';
import { Identity } from './identity.ts';
import { addSampleContent } from './sample-project.ts';

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

  readonly identity: Identity;

  constructor(
    readonly coder: Coder,
    private readonly fs?: WriteFs,
    identity?: Identity,
  ) {
    this.identity = identity ?? new Identity(coder);
  }

  /** Gives this session's coder another display name: in the settings, then in the open project's coders. */
  async renameCoder(name: string): Promise<void> {
    await this.exclusive(async () => {
      await this.identity.rename(name);
      await this.current?.renameCoder(this.coder.id, name);
    });
  }

  get store(): ProjectStore {
    if (!this.current) throw new ApiError('not-found', 'No project is open. Open a project folder first.');
    return this.current;
  }

  /** Search over the open project; its index builds in the background from the moment the project opens. */
  get search(): SearchService {
    this.store;
    return this.searchService as SearchService;
  }

  /** Importing files into the open project. */
  get imports(): ImportService {
    this.store;
    return this.importService as ImportService;
  }

  /** Opens the project in `dir`. With `withSample`, a new empty project gets the sample texts. */
  async open(dir: string, { withSample }: { withSample: boolean }): Promise<ProjectStore> {
    if (this.current?.dir === dir) return this.current;
    const next = await ProjectStore.open(dir, { coder: this.coder, fs: this.fs });
    if (withSample && next.isEmpty && next.problems.length === 0) {
      try {
        await addSampleContent(next);
      } catch (error) {
        await next.close();
        throw error;
      }
    }
    const previous = this.current;
    // The index's cache is written before anything else opens or closes the project.
    await this.searchService?.stop();
    this.current = next;
    this.history.clear();
    const search = new SearchService(next);
    this.searchService = search;
    // Indexing starts once the window has had time to show the Library (or at the first search).
    setTimeout(() => void search.build(), INDEX_DELAY_MS).unref();
    this.importService = new ImportService(next);
    await previous?.close();
    return next;
  }

  /**
   * Makes a change as one undoable step. Changes run one at a time, in the
   * order they were asked for, so undo steps and files never interleave.
   * `build` runs when it is this change's turn and reads the store as it
   * then is; it returns the edit to make (or null to make none).
   */
  change<T>(
    label: string,
    build: (store: ProjectStore) => Promise<{ edit: RecordEdit | null; result: T }>,
  ): Promise<T> {
    return this.exclusive(async () => {
      const store = this.store;
      const { edit, result } = await build(store);
      if (edit) this.history.record(label, await store.commit(edit));
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
    await this.searchService?.stop();
    this.searchService = null;
    this.importService = null;
    await this.current?.close();
    this.current = null;
  }
}
