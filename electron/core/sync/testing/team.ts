import { afterEach } from 'vitest';
import type { Coder } from '../../../../shared/model/coder.ts';
import { syncFixture } from './sync-fixture.ts';
import { sessionDriver, type SessionDriver } from '../../testing/test-session.ts';
import type { SyncCredentialSources } from '../../services/sync-service.ts';
import { cloneSharedProject } from '../../services/sync-service.ts';
import type { GitServer } from '../../testing/git-server.ts';

/** Coders of the sync tests, with long Russian names as real teams have them. */
export const anna: Coder = { id: 'anna', name: 'Анна Сергеевна Воронцова-Дашкова' };
export const boris: Coder = { id: 'boris', name: 'Борис Никитич Ржевский' };
export const vera: Coder = { id: 'vera', name: 'Вера Павловна Мельникова' };

const text =
  'Секретарь Совбеза заявил, что ШОС должна принять программу сотрудничества против терроризма и экстремизма.';
export const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

/** A coder's copy of the shared project, driven through the contract as the window drives it. */
export interface CoderCopy extends SessionDriver {
  dir: string;
}

export async function openCopy(dir: string, coder: Coder, sources?: SyncCredentialSources): Promise<CoderCopy> {
  const driver = await sessionDriver(dir, coder);
  if (sources) driver.session.syncSources = sources;
  return { dir, ...driver };
}

/**
 * Anna's project with one document and one actor, connected to a new repository on `server` and published
 * (its first sync). Returns her copy and the repository's URL.
 */
export async function publishedProject(
  server: GitServer,
  folder: (name: string) => string,
  repo = 'team.git',
): Promise<{ a: CoderCopy; url: string; documentId: string }> {
  await server.makeBareRepo(repo);
  const url = server.url(repo);
  const a = await openCopy(folder('anna'), anna);
  const doc = await a.call('addDocument', { title: 'Заявление секретаря Совета безопасности', text });
  await a.call('createActor', { name: 'Совет безопасности РФ', type: 'organization' });
  await a.call('connectSync', { url });
  await a.call('syncProject', {});
  return { a, url, documentId: doc.id };
}

/** A colleague's copy cloned from `url`. */
export async function clonedCopy(url: string, dir: string, coder: Coder): Promise<CoderCopy> {
  await cloneSharedProject(url, dir, { order: 'app', vault: null });
  return openCopy(dir, coder);
}

/**
 * For a describe block of sync tests: the fixtures and coders' copies a test makes are closed and removed after
 * it, last made first (copies close before their server stops).
 */
export function syncTestScope() {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    async fixture(options?: Parameters<typeof syncFixture>[0]) {
      const f = await syncFixture(options);
      cleanups.push(f.cleanup);
      return f;
    },
    closing<T extends CoderCopy>(copy: T): T {
      cleanups.push(() => copy.session.close());
      return copy;
    },
    /** Anna's published project and Boris's clone, each synced once (Boris has joined as a coder on both). */
    async syncedPair(f: Awaited<ReturnType<typeof syncFixture>>) {
      const { a, url, documentId } = await publishedProject(f.server, f.folder);
      this.closing(a);
      const b = this.closing(await clonedCopy(url, f.folder('boris'), boris));
      await b.call('syncProject', {});
      await a.call('syncProject', {});
      return { a, b, url, documentId };
    },
    /** Anything else to undo after the test (a server of its own). */
    later(cleanup: () => Promise<void>): void {
      cleanups.push(cleanup);
    },
  };
}
