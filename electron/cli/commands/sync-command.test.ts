import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../../core/testing/git-server.ts';
import { projectHashes } from '../../core/testing/project-hashes.ts';
import { sessionDriver } from '../../core/testing/test-session.ts';
import { gitCli, syncFixture } from '../../core/sync/testing/sync-fixture.ts';
import { runCli } from '../run-cli.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`CLI sync tests skipped: ${unavailable}`);

const text = 'Директор ФСБ заявил о предотвращении теракта в Москве и призвал к бдительности.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

/** One CLI run in the C locale with `env` (credentials) and its own settings folder per coder. */
async function cli(config: string, argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--config', config], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    env: { LANG: 'C', ...env },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(unavailable !== null)('npm run cli -- clone URL DIR / sync --project DIR [--remote URL]', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('publishes with --remote, clones, syncs both ways from the command line; --json prints the report', async () => {
    const f = await syncFixture();
    cleanups.push(f.cleanup);
    await f.server.makeBareRepo('team.git');
    const url = f.server.url('team.git');
    const a = f.folder('a');
    const anna = await sessionDriver(a, { id: 'anna', name: 'Анна' });
    const doc = await anna.call('addDocument', { title: 'Заявление директора ФСБ', text });
    await anna.session.close();

    const published = await cli(f.folder('config-a'), ['sync', '--project', a, '--remote', url, '--coder', 'Анна']);
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain(`Connected the project to ${url}`);
    expect(published.out).toMatch(/your changes are shared/);
    expect((await gitCli(join(f.server.root, 'team.git'), 'ls-tree', '-r', '--name-only', 'main')).stdout).toContain(
      `documents/${doc.id}/text.json`,
    );

    const b = f.folder('b');
    const cloned = await cli(f.folder('config-b'), ['clone', url, b]);
    expect(cloned.code, cloned.err).toBe(0);
    expect(cloned.out).toBe(`Cloned ${url} into ${b}.`);
    const boris = await sessionDriver(b, { id: 'boris', name: 'Борис' });
    await boris.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Директор ФСБ заявил') });
    await boris.session.close();
    const sent = await cli(f.folder('config-b'), ['sync', '--project', b, '--coder', 'Борис', '--json']);
    expect(sent.code, sent.err).toBe(0);
    expect(JSON.parse(sent.out)).toMatchObject({ pushed: true, conflicts: 0, rounds: 1 });

    const got = await cli(f.folder('config-a'), ['sync', '--project', a, '--coder', 'Анна', '--json']);
    expect(got.code, got.err).toBe(0);
    const report = JSON.parse(got.out);
    expect(report.written).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(a, 'documents', doc.id, 'annotations.boris.json'))).toBe(true);
  });

  it('reads GLOSSATOR_GIT_USER / GLOSSATOR_GIT_TOKEN; a wrong token is refused with exit 1 and nothing changed', async () => {
    const f = await syncFixture({ auth: { user: 'lab', token: 'nightly-token' } });
    cleanups.push(f.cleanup);
    await f.server.makeBareRepo('team.git');
    const url = f.server.url('team.git');
    const a = f.folder('a');
    const anna = await sessionDriver(a, { id: 'anna', name: 'Анна' });
    await anna.call('addDocument', { title: 'Заявление', text });
    await anna.session.close();
    const config = f.folder('config');
    const none = await cli(config, ['sync', '--project', a, '--remote', url, '--coder', 'Анна']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/asks for a user name and an access token/);
    const before = await projectHashes(a);
    const wrong = await cli(config, ['sync', '--project', a, '--coder', 'Анна'], {
      GLOSSATOR_GIT_USER: 'lab',
      GLOSSATOR_GIT_TOKEN: 'stale-token',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/refused the user name and token/);
    expect(wrong.err).not.toContain('stale-token');
    expect(await projectHashes(a)).toEqual(before);
    const right = await cli(config, ['sync', '--project', a, '--coder', 'Анна'], {
      GLOSSATOR_GIT_USER: 'lab',
      GLOSSATOR_GIT_TOKEN: 'nightly-token',
    });
    expect(right.code, right.err).toBe(0);
    const cloned = await cli(config, ['clone', url, f.folder('b')], {
      GLOSSATOR_GIT_USER: 'lab',
      GLOSSATOR_GIT_TOKEN: 'nightly-token',
    });
    expect(cloned.code, cloned.err).toBe(0);
  });

  it('clone refuses a remote that is no repository or holds no project, leaving no folder behind; usage errors exit 2', async () => {
    const f = await syncFixture();
    cleanups.push(f.cleanup);
    const config = f.folder('config');
    const missing = await cli(config, ['clone', f.server.url('none.git'), f.folder('x')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/No git repository answers/);
    expect(existsSync(f.folder('x'))).toBe(false);
    await f.server.makeBareRepo('empty.git');
    const empty = await cli(config, ['clone', f.server.url('empty.git'), f.folder('y')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/holds no Glossator project/);
    expect(existsSync(f.folder('y'))).toBe(false);
    expect((await cli(config, ['clone', f.server.url('x.git')])).code).toBe(2);
    const withToken = await cli(config, ['clone', 'https://lab:secret-token@git.example.org/t/p.git', f.folder('t')]);
    expect(withToken.code).toBe(1);
    expect(withToken.err).toMatch(/user name or token in it/);
    expect(withToken.err).not.toContain('secret-token');
    expect(existsSync(f.folder('t'))).toBe(false);
    const fileUrl = await cli(config, ['clone', 'file:///srv/shared/project.git', f.folder('z')]);
    expect(fileUrl.code).toBe(1);
    expect(fileUrl.err).toMatch(/exchange bundles/);
  });
});
