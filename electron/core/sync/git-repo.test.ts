import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { gitServerUnavailable } from '../testing/git-server.ts';
import { changedPaths } from './changed-paths.ts';
import { commitFiles, indexSlice, initRepo, mergeBase, readBlob, resolveCommit } from './git-repo.ts';
import { projectGitignore } from './project-gitignore.ts';
import { anna, boris, gitCli, readText, remove, writeFiles } from './testing/sync-fixture.ts';

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('a project folder as a git repository (local operations)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function project(): Promise<string> {
    const { dir, cleanup } = await tempDir('glossator-repo-test-');
    cleanups.push(cleanup);
    await initRepo(dir);
    return dir;
  }

  it('commits only the named files: another changed file stays out of the commit', async () => {
    const dir = await project();
    await writeFiles(dir, { 'project.json': '{"name":"Проект"}\n', 'actors.json': '{"id":"a1"}\n' });
    const first = await commitFiles(dir, {
      paths: ['project.json', '.gitignore'],
      removed: [],
      author: anna,
      message: 'one',
    });
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(await resolveCommit(dir, 'main')).toBe(first);
    expect(text(await readBlob(dir, first as string, 'project.json'))).toBe('{"name":"Проект"}\n');
    expect(await readBlob(dir, first as string, 'actors.json')).toBeNull();
    expect(text(await readBlob(dir, first as string, '.gitignore'))).toBe(projectGitignore);
  });

  it('returns null rather than an empty commit when the named files are committed as they are', async () => {
    const dir = await project();
    await writeFiles(dir, { 'project.json': '{}\n' });
    const first = await commitFiles(dir, { paths: ['project.json'], removed: [], author: anna, message: 'one' });
    expect(await commitFiles(dir, { paths: ['project.json'], removed: [], author: anna, message: 'again' })).toBeNull();
    expect(await resolveCommit(dir, 'main')).toBe(first);
  });

  it('records removals and modifications; changedPaths lists exactly them between two commits', async () => {
    const dir = await project();
    await writeFiles(dir, {
      'project.json': '{}\n',
      'documents/d1/document.json': '{"id":"d1"}\n',
      'documents/d1/annotations.anna.json': '{"id":"n1"}\n',
      'documents/d2/document.json': '{"id":"d2"}\n',
    });
    const all = [
      'project.json',
      'documents/d1/document.json',
      'documents/d1/annotations.anna.json',
      'documents/d2/document.json',
    ];
    const one = (await commitFiles(dir, { paths: all, removed: [], author: anna, message: 'one' })) as string;
    await writeFiles(dir, { 'documents/d1/annotations.anna.json': '{"id":"n2"}\n', 'links.anna.json': '{}\n' });
    await remove(dir, 'documents/d2/document.json');
    const two = (await commitFiles(dir, {
      paths: ['documents/d1/annotations.anna.json', 'links.anna.json'],
      removed: ['documents/d2/document.json'],
      author: boris,
      message: 'two',
    })) as string;
    expect(await changedPaths(dir, one, two)).toEqual([
      { path: 'documents/d1/annotations.anna.json', change: 'modified', mode: '100644' },
      { path: 'documents/d2/document.json', change: 'removed', mode: '100644' },
      { path: 'links.anna.json', change: 'added', mode: '100644' },
    ]);
    expect(await readBlob(dir, two, 'documents/d2/document.json')).toBeNull();
    expect(text(await readBlob(dir, one, 'documents/d2/document.json'))).toBe('{"id":"d2"}\n');
    expect((await changedPaths(dir, null, one)).map((c) => `${c.change} ${c.path}`)).toEqual(
      all.sort().map((p) => `added ${p}`),
    );
    expect(await changedPaths(dir, two, two)).toEqual([]);
    expect(await mergeBase(dir, one, two)).toBe(one);
    if (gitServerUnavailable() === null) {
      // Git's own view: sound objects, and an index that matches the commit (only the uncommitted .gitignore shows).
      expect((await gitCli(dir, 'fsck', '--strict')).code).toBe(0);
      expect((await gitCli(dir, 'status', '--porcelain')).stdout).toBe('?? .gitignore');
      expect((await gitCli(dir, 'log', '--format=%an <%ae> %s')).stdout).toBe(
        'Boris <boris@glossator.invalid> two\nAnna <anna@glossator.invalid> one',
      );
    }
  });

  it.skipIf(gitServerUnavailable() !== null)(
    'more files than one index slice: all committed, and git sees the index clean',
    async () => {
      const dir = await project();
      const files = Object.fromEntries(
        Array.from({ length: indexSlice + 1 }, (_, i) => [`documents/d${i}/document.json`, `{"i":${i}}\n`]),
      );
      const paths = ['.gitignore', ...Object.keys(files)];
      await writeFiles(dir, files);
      const commit = (await commitFiles(dir, { paths, removed: [], author: anna, message: 'many' })) as string;
      expect((await changedPaths(dir, null, commit)).length).toBe(paths.length);
      expect((await gitCli(dir, 'status', '--porcelain')).stdout).toBe('');
    },
  );

  it('a commit that removes every file is a commit of the empty tree', async () => {
    const dir = await project();
    await writeFiles(dir, { 'documents/d1/text.json': '{}\n' });
    const one = (await commitFiles(dir, {
      paths: ['documents/d1/text.json'],
      removed: [],
      author: anna,
      message: 'one',
    })) as string;
    await remove(dir, 'documents/d1/text.json');
    const two = (await commitFiles(dir, {
      paths: [],
      removed: ['documents/d1/text.json'],
      author: anna,
      message: 'two',
    })) as string;
    expect(two).not.toBe(one);
    expect(await changedPaths(dir, one, two)).toEqual([
      { path: 'documents/d1/text.json', change: 'removed', mode: '100644' },
    ]);
    expect(await changedPaths(dir, null, two)).toEqual([]);
  });

  it('never commits the machine-local files, even when named', async () => {
    const dir = await project();
    await writeFiles(dir, { 'project.json': '{}\n', 'glossator.lock': 'pid 1\n', 'glossator.journal.json': '{}\n' });
    const commit = (await commitFiles(dir, {
      paths: ['project.json', 'glossator.lock', 'glossator.journal.json'],
      removed: [],
      author: anna,
      message: 'one',
    })) as string;
    expect((await changedPaths(dir, null, commit)).map((c) => c.path)).toEqual(['project.json']);
  });

  it('refuses a path outside the project, and a folder with no repository with not-a-repository', async () => {
    const dir = await project();
    await expect(commitFiles(dir, { paths: ['../x.json'], removed: [], author: anna, message: 'm' })).rejects.toThrow(
      /not a project-relative path/,
    );
    const { dir: plain, cleanup } = await tempDir();
    cleanups.push(cleanup);
    await expect(resolveCommit(plain, 'main')).rejects.toMatchObject({
      code: 'not-a-repository',
      params: { where: 'local' },
    });
    await expect(changedPaths(plain, null, 'main')).rejects.toMatchObject({ code: 'not-a-repository' });
  });

  it.skipIf(gitServerUnavailable() !== null)(
    "the .gitignore ignores what git's own check-ignore should, and no records",
    async () => {
      const dir = await project();
      await mkdir(`${dir}/documents/d1`, { recursive: true });
      const ignored = [
        'glossator.lock',
        'glossator.journal.json',
        '.tmp/x.json',
        'actors.json.damaged-2026',
        'documents/.new-d9/text.json',
      ];
      const kept = [
        'project.json',
        'documents/d1/text.json',
        'documents/d1/annotations.anna.json',
        'curation/d1.json',
        'links.anna.json',
      ];
      for (const path of ignored)
        expect((await gitCli(dir, 'check-ignore', '-q', '--no-index', path)).code, path).toBe(0);
      for (const path of kept) expect((await gitCli(dir, 'check-ignore', '-q', '--no-index', path)).code, path).toBe(1);
      expect(await readText(dir, '.gitignore')).toBe(projectGitignore);
    },
  );
});
