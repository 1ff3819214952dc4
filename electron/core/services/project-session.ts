import type { Coder } from '../../../shared/model/coder.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { WriteFs } from '../fs/durable-write.ts';
import { ProjectStore } from '../store/project-store.ts';
import { addSampleContent } from './sample-project.ts';

/**
 * The project this process has open. Opening another one opens it first
 * and only then closes the current one, so a failed open leaves the user
 * where they were.
 */
export class ProjectSession {
  private current: ProjectStore | null = null;

  constructor(
    readonly coder: Coder,
    private readonly fs?: WriteFs,
  ) {}

  get store(): ProjectStore {
    if (!this.current) throw new ApiError('not-found', 'No project is open. Open a project folder first.');
    return this.current;
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
    this.current = next;
    await previous?.close();
    return next;
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = null;
  }
}
