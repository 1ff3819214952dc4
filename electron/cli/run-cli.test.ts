import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSession, type TestSession } from '../core/testing/test-session.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { layout } from '../core/store/project-layout.ts';
import { runCliIn } from './testing/cli-runs.ts';

let t: TestSession;
let config: { dir: string; cleanup: () => Promise<void> };

const cli = (...argv: string[]) => runCliIn(config.dir, argv);

beforeEach(async () => {
  t = await openTestSession();
  config = await tempDir();
  const doc = await t.call('addDocument', {
    title: 'Текст',
    text: 'Эксперт заявил о росте угрозы. Министр предложил.',
  });
  await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
  await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', start: 31, end: 38 });
  await t.call('createActor', { name: 'Министр', type: 'person' });
  // The CLI takes the lock as the app does: the app closes first.
  await t.session.close();
});
afterEach(async () => {
  await t.close();
  await config.cleanup();
});

describe('npm run cli -- info', () => {
  it('prints exactly one JSON object with the counts, per coder, and writes nothing', async () => {
    const before = await readFile(layout.projectFile(t.dir), 'utf8');
    const { code, out, err } = await cli('info', '--project', t.dir, '--json', '--coder', 'Someone Else');
    expect(err).toBe('');
    expect(code).toBe(0);
    const info = JSON.parse(out);
    expect(Object.keys(info)).toEqual([
      'format',
      'documents',
      'annotations',
      'coders',
      'actors',
      'links',
      'concepts',
      'tags',
    ]);
    expect(info).toMatchObject({ format: 4, documents: 1, annotations: { 'coder-test': 2 }, actors: 1, links: 0 });
    expect(info.coders['coder-test']).toBe('Test Coder');
    expect(info.tags).toBeGreaterThan(10);
    // Looking adds no coder to the project.
    expect(await readFile(layout.projectFile(t.dir), 'utf8')).toBe(before);
  });

  it('words the counts for a person, in Russian with --lang ru', async () => {
    const en = await cli('info', '--project', t.dir);
    expect(en.out).toContain('1 document');
    expect(en.out).toContain('Test Coder: 2 annotations');
    const ru = await cli('info', '--project', t.dir, '--lang', 'ru');
    expect(ru.out).toContain('1 документ');
    expect(ru.out).toContain('Test Coder: 2 аннотации');
  });

  it('refuses a folder without a project (status 1, nothing created) and usage errors (status 2)', async () => {
    const empty = join(config.dir, 'nothing-here');
    const refused = await cli('info', '--project', empty);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('holds no Glossator project');
    expect((await cli('info')).code).toBe(2);
    expect((await cli('frobnicate', '--project', t.dir)).code).toBe(2);
    expect((await cli('info', '--project')).code).toBe(2);
    expect((await cli('info', '--project', t.dir, '--bogus')).code).toBe(2);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('info --project DIR [--json]');
    expect((await cli('--help', '--lang', 'ru')).out).toContain('Использование: npm run cli');
  });

  it('is refused while the app has the project open (the lock), with the reason', async () => {
    await t.session.open(t.dir, { withSample: false });
    const locked = await cli('info', '--project', t.dir, '--json');
    expect(locked.code).toBe(1);
    expect(locked.out).toBe('');
    expect(locked.err.length).toBeGreaterThan(10);
  });
});
