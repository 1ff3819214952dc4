import { existsSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../testing/git-server.ts';
import { changedPaths } from './changed-paths.ts';
import type { GitCredentials } from './git-credentials.ts';
import { clone, fetchRemote, push } from './git-remote.ts';
import { commitFiles, initRepo, mergeBase, readBlob, resolveCommit, setRemote } from './git-repo.ts';
import { anna, boris, gitCli, readText, syncFixture, writeFiles } from './testing/sync-fixture.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`git transport tests skipped: ${unavailable}`);

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe.skipIf(unavailable !== null)('git transport against a real git http-backend on 127.0.0.1', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function fixture(options?: Parameters<typeof syncFixture>[0]) {
    const f = await syncFixture(options);
    cleanups.push(f.cleanup);
    return f;
  }

  /** Anna's project, published to an empty repository on the server. */
  async function published(f: Awaited<ReturnType<typeof fixture>>, onAuth?: () => GitCredentials) {
    const bare = await f.server.makeBareRepo('team.git');
    const a = f.folder('anna');
    await initRepo(a);
    await writeFiles(a, {
      'project.json': '{"name":"Проект"}\n',
      'documents/d1/annotations.anna.json': '{"id":"n1"}\n',
    });
    const first = await commitFiles(a, {
      paths: ['.gitignore', 'project.json', 'documents/d1/annotations.anna.json'],
      removed: [],
      author: anna,
      message: 'publish',
    });
    await setRemote(a, f.server.url('team.git'));
    return { bare, a, first: first as string, push: () => push(a, onAuth ? { onAuth } : {}) };
  }

  it('publishes to an empty repository, a second copy clones it, pushes; the first is then refused and fetches exactly that', async () => {
    const f = await fixture();
    const { bare, a, first, push: pushAnna } = await published(f);
    expect(await fetchRemote(a)).toEqual({ remoteCommit: null }); // Empty repository: nothing to fetch yet.
    expect(await pushAnna()).toEqual({ kind: 'pushed', commit: first });
    expect((await gitCli(bare, 'log', '--format=%an %s', 'main')).stdout).toBe('Anna publish');
    expect(await pushAnna()).toEqual({ kind: 'nothing-to-push', commit: first });

    const b = f.folder('boris');
    expect(await clone(f.server.url('team.git'), b)).toEqual({ commit: first });
    expect(await readText(b, 'documents/d1/annotations.anna.json')).toBe('{"id":"n1"}\n');
    await writeFiles(b, { 'documents/d1/annotations.boris.json': '{"id":"n9"}\n', 'actors.json': '{"id":"x"}\n' });
    const borisCommit = (await commitFiles(b, {
      paths: ['documents/d1/annotations.boris.json', 'actors.json'],
      removed: [],
      author: boris,
      message: "Boris's day",
    })) as string;
    expect(await push(b)).toEqual({ kind: 'pushed', commit: borisCommit });

    await writeFiles(a, { 'documents/d1/annotations.anna.json': '{"id":"n2"}\n' });
    const annaCommit = (await commitFiles(a, {
      paths: ['documents/d1/annotations.anna.json'],
      removed: [],
      author: anna,
      message: "Anna's day",
    })) as string;
    expect(await pushAnna()).toEqual({ kind: 'rejected-non-fast-forward' });
    expect((await gitCli(bare, 'rev-parse', 'main')).stdout).toBe(borisCommit); // The server kept Boris's.

    expect(await fetchRemote(a)).toEqual({ remoteCommit: borisCommit });
    expect(await resolveCommit(a, 'main')).toBe(annaCommit); // Fetch merges nothing.
    const base = await mergeBase(a, annaCommit, borisCommit);
    expect(base).toBe(first);
    expect(await changedPaths(a, base, borisCommit)).toEqual([
      { path: 'actors.json', change: 'added', mode: '100644' },
      { path: 'documents/d1/annotations.boris.json', change: 'added', mode: '100644' },
    ]);
    expect(text(await readBlob(a, borisCommit, 'documents/d1/annotations.boris.json'))).toBe('{"id":"n9"}\n');
    expect(existsSync(`${a}/actors.json`)).toBe(false); // The working files are the sync's to merge.

    // The retry: take Boris's files in, commit the merge with his commit as second parent, push, and he fetches Anna's.
    await writeFiles(a, { 'documents/d1/annotations.boris.json': '{"id":"n9"}\n', 'actors.json': '{"id":"x"}\n' });
    const merge = (await commitFiles(a, {
      paths: ['actors.json', 'documents/d1/annotations.boris.json'],
      removed: [],
      author: anna,
      message: 'sync',
      mergeParent: borisCommit,
    })) as string;
    expect((await gitCli(a, 'log', '--format=%P', '-1', merge)).stdout).toBe(`${annaCommit} ${borisCommit}`);
    expect(await pushAnna()).toEqual({ kind: 'pushed', commit: merge });
    expect(await fetchRemote(b)).toEqual({ remoteCommit: merge });
    expect(await changedPaths(b, borisCommit, merge)).toEqual([
      { path: 'documents/d1/annotations.anna.json', change: 'modified', mode: '100644' },
    ]);
    expect((await gitCli(bare, 'fsck', '--strict')).code).toBe(0);
  });

  it('cloning an empty repository (made on GitLab, say) gives a repository with no commit, which then publishes', async () => {
    const f = await fixture();
    const bare = await f.server.makeBareRepo('empty.git');
    const c = f.folder('carol');
    expect(await clone(f.server.url('empty.git'), c)).toEqual({ commit: null });
    await initRepo(c);
    await writeFiles(c, { 'project.json': '{}\n' });
    const first = await commitFiles(c, {
      paths: ['.gitignore', 'project.json'],
      removed: [],
      author: anna,
      message: 'm',
    });
    expect(await push(c)).toEqual({ kind: 'pushed', commit: first });
    expect((await gitCli(bare, 'rev-parse', 'main')).stdout).toBe(first);
  });

  it('credentials: none → auth-required, a wrong token → auth-refused, the right one → pushed and cloned', async () => {
    const f = await fixture({ auth: { user: 'anna', token: 'right-token' } });
    const asked: string[] = [];
    const wrong = await published(f, () => ({ user: 'anna', token: 'wrong-token' }));
    await expect(push(wrong.a)).rejects.toMatchObject({ code: 'auth-required' });
    await expect(wrong.push()).rejects.toMatchObject({ code: 'auth-refused' });
    expect((await gitCli(wrong.bare, 'rev-parse', '--verify', '-q', 'main')).code).not.toBe(0); // Nothing landed.
    const onAuth = (url: string) => {
      asked.push(url);
      return { user: 'anna', token: 'right-token' };
    };
    expect(await push(wrong.a, { onAuth })).toEqual({ kind: 'pushed', commit: wrong.first });
    expect(asked).toEqual([f.server.url('team.git')]);

    const b = f.folder('boris');
    await expect(
      clone(f.server.url('team.git'), b, { onAuth: () => ({ user: 'anna', token: 'nope' }) }),
    ).rejects.toMatchObject({
      code: 'auth-refused',
    });
    expect(existsSync(b)).toBe(false); // A refused clone leaves nothing behind.
    expect(await clone(f.server.url('team.git'), b, { onAuth })).toEqual({ commit: wrong.first });
  });

  it('a URL that serves no repository → not-a-repository, for clone and for fetch', async () => {
    const f = await fixture();
    const b = f.folder('boris');
    await expect(clone(f.server.url('no-such.git'), b)).rejects.toMatchObject({ code: 'not-a-repository' });
    expect(existsSync(b)).toBe(false);
    const { a } = await published(f);
    await setRemote(a, f.server.url('no-such.git'));
    await expect(fetchRemote(a)).rejects.toMatchObject({ code: 'not-a-repository' });
  });

  it('a server that has gone → offline, and the local repository is as it was', async () => {
    const f = await fixture();
    const { a, first, push: pushAnna } = await published(f);
    await f.server.stop();
    await expect(fetchRemote(a)).rejects.toMatchObject({ code: 'offline' });
    await expect(pushAnna()).rejects.toMatchObject({ code: 'offline' });
    await expect(clone(f.server.url('team.git'), f.folder('boris'))).rejects.toMatchObject({ code: 'offline' });
    expect(await resolveCommit(a, 'main')).toBe(first);
    expect(await resolveCommit(a, 'origin/main')).toBeNull();
  });

  it('another push landing between our look at the refs and our pack: the server refuses, push returns rejected', async () => {
    const f = await fixture();
    const { bare, a, push: pushAnna } = await published(f);
    await pushAnna();
    const b = f.folder('boris');
    await clone(f.server.url('team.git'), b);
    await writeFiles(b, { 'links.boris.json': '{}\n' });
    const borisCommit = await commitFiles(b, { paths: ['links.boris.json'], removed: [], author: boris, message: 'b' });
    await writeFiles(a, { 'links.anna.json': '{}\n' });
    await commitFiles(a, { paths: ['links.anna.json'], removed: [], author: anna, message: 'a' });
    // Anna's client sees main at her first commit (a fast-forward), then Boris's push lands before her pack does.
    f.server.beforeNextReceivePack(async () => {
      expect(await push(b)).toEqual({ kind: 'pushed', commit: borisCommit });
    });
    expect(await pushAnna()).toEqual({ kind: 'rejected-non-fast-forward' });
    expect((await gitCli(bare, 'rev-parse', 'main')).stdout).toBe(borisCommit);
  });

  it.each([
    ['symlink', ['symlink', '/etc/passwd', 'documents/d1/text.json']],
    ['submodule', ['update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},documents/d1`]],
    ['outside-layout', ['file', 'tools/run.sh']],
  ])('a remote whose tree holds a %s: clone refuses with unsafe-tree and writes nothing', async (reason, setup) => {
    const f = await fixture();
    const bare = await f.server.makeBareRepo('hostile.git');
    const work = f.folder('hostile-work');
    await writeFiles(work, { 'project.json': '{}\n' });
    await gitCli(work, 'init', '-q', '-b', 'main');
    if (setup[0] === 'symlink') {
      await mkdir(`${work}/documents/d1`, { recursive: true });
      await symlink(setup[1] as string, `${work}/${setup[2]}`);
      await gitCli(work, 'add', '-A');
    } else if (setup[0] === 'file') {
      await writeFiles(work, { [setup[1] as string]: '#!/bin/sh\nrm -rf ~\n' });
      await gitCli(work, 'add', '-A');
    } else {
      await gitCli(work, 'add', '-A');
      await gitCli(work, ...setup);
    }
    await gitCli(work, '-c', 'user.name=M', '-c', 'user.email=m@x', 'commit', '-q', '-m', 'hostile');
    expect((await gitCli(work, 'push', '-q', bare, 'main')).code).toBe(0);
    const b = f.folder('boris');
    await expect(clone(f.server.url('hostile.git'), b)).rejects.toMatchObject({
      code: 'unsafe-tree',
      params: {
        path: { symlink: 'documents/d1/text.json', submodule: 'documents/d1' }[reason] ?? 'tools/run.sh',
        reason,
      },
    });
    expect(existsSync(b)).toBe(false);
  });

  it('a URL git cannot use → bad-url', async () => {
    const f = await fixture();
    await expect(clone('file:///tmp/x.git', f.folder('c'))).rejects.toMatchObject({ code: 'bad-url' });
  });
});
