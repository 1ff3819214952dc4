import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { type GitServer, gitServerUnavailable, startGitServer } from '../electron/core/testing/git-server.ts';
import type { Codebook } from '../shared/model/codebook.ts';
import { type Call, pageApi, serveAs } from './coder-server.ts';
import { expect, startServer, stopServer, test } from './fixtures.ts';

/**
 * The History view and an annotation's "Changes from the history", after a real round of team sync. Anna's
 * project is published to a git server (`git http-backend` on 127.0.0.1) by the CLI; Boris clones it, adds a
 * document, an actor and an annotation through his own loopback server, and syncs by the CLI; Anna syncs by
 * the CLI. Her window then lists Boris's sync (his name, "+1" annotations, the document, the actors) above her
 * first sync, and Boris's annotation names him in its history. Screenshots in English and Russian:
 * reports/sync/history-*.png.
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин-Преображенский';
const TEXT = 'Совет безопасности обсудил меры по противодействию терроризму и экстремизму.';
const WORD = 'противодействию';
const shots = resolve(import.meta.dirname, '..', 'reports', 'sync');
const cliEntry = resolve(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const run = promisify(execFile);

/** The CLI as a lab's script runs it (async: the git server answers on this process's event loop). */
async function cli(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [cliEntry, ...args], { env: { ...process.env, LANG: 'C.UTF-8' } });
  return stdout;
}

/** Boris's work through his own loopback server on his clone. */
async function editAs(dir: string, config: string, work: (call: Call) => Promise<void>): Promise<void> {
  const boris = await serveAs(dir, config, BORIS);
  try {
    await work(boris.call);
  } finally {
    await boris.stop();
  }
}

/** Anna's window on her project (her settings in `config`), opened afresh. */
async function openAnna(page: Page, dir: string, config: string, sample: boolean) {
  const { url, proc } = await startServer(dir, config, ['--coder', ANNA], process.env, { sample });
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('.library')).toBeVisible();
  return { stop: () => stopServer(proc) };
}

test('the History view and an annotation’s history show a colleague’s sync', async ({ page }) => {
  const unavailable = gitServerUnavailable();
  test.skip(unavailable !== null, `no git server: ${unavailable}`);
  test.setTimeout(180_000);
  await mkdir(shots, { recursive: true });
  const temp = await mkdtemp(join(tmpdir(), 'glossator-e2e-history-'));
  const [a, b, configA, configB] = ['anna', 'boris', 'anna-config', 'boris-config'].map((n) => join(temp, n)) as [
    string,
    string,
    string,
    string,
  ];
  let server: GitServer | null = null;
  let anna: { stop: () => Promise<void> } | null = null;
  try {
    server = await startGitServer();
    await server.makeBareRepo('team.git');
    const remote = server.url('team.git');

    // Anna's project (the sample texts), made by her window, then published by the CLI while closed.
    anna = await openAnna(page, a, configA, true);
    await page.setViewportSize({ width: 1280, height: 800 });
    // Not shared yet: the History says how it begins, and an annotation offers no history.
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(page.getByText('The history begins once the project is shared')).toBeVisible();
    const call = pageApi(page);
    const [sampleDoc] = await call<Array<{ id: string }>>('listDocuments', {});
    const [annas] = await call<Array<{ id: string }>>('listAnnotations', { documentId: sampleDoc?.id });
    await page.evaluate(([doc, ann]) => (location.hash = `#/doc/${doc}/${ann}`), [sampleDoc?.id, annas?.id]);
    await expect(page.locator('.annotation-detail')).toBeVisible();
    await expect(page.getByTestId('annotation-history')).toHaveCount(0);
    await anna.stop();
    await cli(['sync', '--project', a, '--remote', remote, '--config', configA, '--coder', ANNA]);

    // Boris clones it and works through his own loopback server: a document, an actor, an annotation.
    await cli(['clone', remote, b]);
    let annotationId = '';
    let documentId = '';
    await editAs(b, configB, async (call) => {
      documentId = (await call<{ id: string }>('addDocument', { title: 'Заседание Совета безопасности', text: TEXT }))
        .id;
      await call('createActor', { name: 'Совет Безопасности Российской Федерации', type: 'organization' });
      const { tags } = await call<Codebook>('getCodebook', {});
      const words = 'Совет безопасности';
      const made = await call<{ id: string }>('createAnnotation', {
        documentId,
        start: 0,
        end: words.length,
        tagId: tags[0]?.id,
      });
      annotationId = made.id;
    });
    await cli(['sync', '--project', b, '--config', configB, '--coder', BORIS]);
    await cli(['sync', '--project', a, '--config', configA, '--coder', ANNA]);

    // Anna's window: the History tab lists Boris's sync above her publishing.
    anna = await openAnna(page, a, configA, false);
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await expect(page).toHaveURL(/#\/history$/);
    const rows = page.getByTestId('history-entry');
    const borisRow = rows.filter({ hasText: BORIS }).first();
    await expect(borisRow).toContainText(`${BORIS}: +1 ~0 −0 annotations`);
    await expect(borisRow).toContainText('1 document added');
    await expect(borisRow).toContainText('actors');
    // Anna's first sync published the sample texts (the engine commits it as her changes, not as 'publish').
    const annaRow = rows.filter({ hasText: `${ANNA}: +` });
    await expect(annaRow).toHaveCount(1);
    await expect(annaRow).toContainText('documents added');
    // Newest first: Boris's sync comes before Anna's first one.
    const texts = await rows.allTextContents();
    const borisAt = texts.findIndex((row) => row.includes(`${BORIS}: +1`));
    const annaAt = texts.findIndex((row) => row.includes(`${ANNA}: +`));
    expect(borisAt).toBeGreaterThanOrEqual(0);
    expect(borisAt).toBeLessThan(annaAt);

    // Boris annotates again and syncs; Anna syncs from her window: the open History follows.
    await editAs(b, configB, async (borisCall) => {
      const { tags } = await borisCall<Codebook>('getCodebook', {});
      await borisCall('createAnnotation', {
        documentId,
        start: TEXT.indexOf(WORD),
        end: TEXT.indexOf(WORD) + WORD.length,
        tagId: tags[1]?.id,
      });
    });
    await cli(['sync', '--project', b, '--config', configB, '--coder', BORIS]);
    const before = await rows.count();
    await page.locator('#nav-sync').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('#nav-sync')).toHaveAttribute('data-syncs-ended', '1');
    if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
    await expect(rows).toHaveCount(before + 1);
    await expect(rows.first()).toContainText(`${BORIS}: +1 ~0 −0 annotations`);
    await page.screenshot({ path: join(shots, 'history-en.png') });

    // Boris's annotation in the reader: its history names him.
    await page.evaluate(([doc, ann]) => (location.hash = `#/doc/${doc}/${ann}`), [documentId, annotationId]);
    const block = page.getByTestId('annotation-history');
    await expect(block).toBeVisible();
    await block.locator('summary').click();
    await expect(block.locator('li')).toHaveCount(1);
    await expect(block.locator('li')).toContainText(`added by ${BORIS}`);
    await page.screenshot({ path: join(shots, 'history-annotation-en.png') });

    // In Russian.
    await pageApi(page)('setLanguage', { language: 'ru' });
    await page.evaluate(() => (location.hash = '#/history'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'История' })).toBeVisible();
    await expect(rows.filter({ hasText: BORIS }).first()).toContainText(`${BORIS}: аннотаций +1 ~0 −0`);
    await expect(rows.filter({ hasText: `${ANNA}: аннотаций +` })).toContainText(/добавлено \d+ документ/);
    await page.screenshot({ path: join(shots, 'history-ru.png') });
    await page.setViewportSize({ width: 900, height: 700 });
    await page.screenshot({ path: join(shots, 'history-ru-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(([doc, ann]) => (location.hash = `#/doc/${doc}/${ann}`), [documentId, annotationId]);
    await block.locator('summary').click();
    await expect(block.locator('li')).toContainText(`добавил(а) ${BORIS}`);
    await page.screenshot({ path: join(shots, 'history-annotation-ru.png') });

    // The API agrees with what the window shows.
    const entries = await pageApi(page)<Array<{ coderName: string }>>('getSyncHistory', { limit: 5 });
    expect(entries.map((e) => e.coderName)).toContain(BORIS);
  } finally {
    await anna?.stop();
    await server?.stop();
    await rm(temp, { recursive: true, force: true });
  }
});
