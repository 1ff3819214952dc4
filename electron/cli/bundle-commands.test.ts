import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestSession } from '../core/testing/test-session.ts';
import { projectHashes } from '../core/testing/project-hashes.ts';
import { projectsAandB, runCliIn } from './testing/cli-runs.ts';

let a: TestSession;
let work: { dir: string; cleanup: () => Promise<void> };
let bundle: string;
let projectB: string;

/** One CLI run as a user whose settings live in `config` (so each config is another coder). */
const cli = (config: string, ...argv: string[]) => runCliIn(join(work.dir, config), argv);

async function counts(dir: string) {
  return JSON.parse((await cli('looker', 'info', '--project', dir, '--json')).out);
}

beforeEach(async () => {
  // B's project knows a second coder of its own, to map a layer onto.
  ({ a, work, projectB } = await projectsAandB(
    {
      title: 'Текст',
      text: 'Эксперт заявил о росте угрозы. Министр предложил.',
      claim: { start: 0, end: 7 },
      proposal: { start: 31, end: 38 },
    },
    { id: 'coder-other', name: 'Другой' },
  ));
  bundle = join(work.dir, 'a.glossator');
});
afterEach(async () => {
  await a.close();
  await work.cleanup();
});

describe('npm run cli -- export / import', () => {
  it('exports a bundle, previews it without changing anything, imports it as a new layer, and a second import is nothing new', async () => {
    const exported = await cli('alice', 'export', '--project', a.dir, '--format', 'bundle', '--out', bundle);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('1 document, 1 link');
    expect(exported.out).toContain('Test Coder: 2 annotations');

    const before = await projectHashes(projectB);
    const dry = await cli('bob', 'import', '--project', projectB, bundle, '--dry-run', '--json', '--coder', 'Борис');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.out);
    expect(
      preview.coders.map((c: { coder: { id: string }; defaultTarget: string }) => [c.coder.id, c.defaultTarget]),
    ).toEqual([['coder-test', 'new']]);
    expect(preview.counts.added).toMatchObject({ documents: 1, annotations: 2, links: 1, coders: 1 });
    expect(await projectHashes(projectB)).toEqual(before);
    const text = await cli('bob', 'import', '--project', projectB, bundle, '--dry-run', '--coder', 'Борис');
    expect(text.out).toContain('Test Coder: 2 annotations → a new layer');
    expect(text.out).toContain('Documents: new 1, already here 0, with a different text 0');

    const imported = await cli('bob', 'import', '--project', projectB, bundle, '--coder', 'Борис');
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Imported 1 document, 2 annotations, 1 link.');
    const after = await counts(projectB);
    expect(after.annotations['coder-test']).toBe(2);
    expect(after.links).toBe(1);
    expect(after.coders['coder-test']).toBe('Test Coder');

    const same = await projectHashes(projectB);
    const again = await cli('bob', 'import', '--project', projectB, bundle, '--coder', 'Борис');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing new');
    expect(await projectHashes(projectB)).toEqual(same);
  });

  it('maps a layer onto a coder of the project with --coder-map, and narrows an export with --layer and --document', async () => {
    await cli('alice', 'export', '--project', a.dir, '--format', 'bundle', '--out', bundle, '--layer', 'Test Coder');
    const mapped = await cli(
      'bob',
      'import',
      '--project',
      projectB,
      bundle,
      '--coder-map',
      'Test Coder=Другой',
      '--json',
    );
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.out)).toMatchObject({ documents: 1, annotations: 2, coders: 0 });
    expect((await counts(projectB)).annotations).toEqual({ 'coder-other': 2 });

    const unknown = await cli(
      'alice',
      'export',
      '--project',
      a.dir,
      '--format',
      'bundle',
      '--out',
      bundle,
      '--layer',
      'Nobody',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no coder “Nobody”');
    const noDoc = await cli(
      'alice',
      'export',
      '--project',
      a.dir,
      '--format',
      'bundle',
      '--out',
      bundle,
      '--document',
      'no-such',
    );
    expect(noDoc.code).toBe(1);
  });

  it('refuses a file that is no bundle (status 1, the project byte-identical) and usage errors (status 2)', async () => {
    const junk = join(work.dir, 'notes.glossator');
    await writeFile(junk, 'just some text, not a zip');
    const before = await projectHashes(projectB);
    const refused = await cli('bob', 'import', '--project', projectB, junk);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err.length).toBeGreaterThan(10);
    expect(await projectHashes(projectB)).toEqual(before);

    expect((await cli('bob', 'import', '--project', projectB)).code).toBe(2);
    // Several files are taken (issue 18): one that is not there is refused, nothing imported.
    expect((await cli('bob', 'import', '--project', projectB, junk, 'extra')).code).toBe(1);
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'bundle')).code).toBe(2);
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'docx', '--out', bundle)).code).toBe(2);
    expect((await cli('bob', 'import', '--project', projectB, junk, '--coder-map', 'nonsense')).code).toBe(2);
    expect((await cli('bob', '--help')).out).toContain('import --project DIR FILE');
  });
});
