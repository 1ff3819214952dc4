import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { asCoder } from './coder-server.ts';
import { expect, test } from './fixtures.ts';

/**
 * The curated layer as the project's result: a coder (a long Russian name)
 * makes two statements on seed 003, and a curated layer keeps one of them
 * (written as curation writes it: annotations.curated.json and the coder
 * entry, before the app opens). The network, concepts, links and search
 * say they show the curated layer and switch to every coder's layers and
 * back; the Export… dialog starts on the curated layer, saying so.
 */
const coderA = 'Анастасия Владимировна Колесникова-Щербакова';
const shots = resolve(import.meta.dirname, '..', 'reports', 'result-layer');

test('the result layer: the curated one once it exists, said so, switched, remembered', async ({ app }) => {
  if (seedsMissing) {
    console.log(`result-layer.spec: skipped, ${seedsMissing}`);
    test.skip(true, seedsMissing);
  }
  await mkdir(shots, { recursive: true });
  const text = readSeed('003');
  const title = text.split('\n')[0] as string;
  let documentId = '';
  await app.restart(async () => {
    await asCoder(app.projectDir, coderA, async (call) => {
      documentId = (await call<{ id: string }>('addDocument', { title, text })).id;
      const concept = await call<{ id: string }>('createConcept', {
        name: 'Программа сотрудничества государств — членов ШОС по противодействию терроризму',
      });
      const speaker = async (name: string) =>
        (await call<{ actor: { id: string } }>('createActor', { name, type: 'person' })).actor.id;
      const first = await speaker('Касым-Жомарт Кемелевич Токаев');
      const second = await speaker('Эмомали Рахмон');
      const words = ['международному терроризму', 'антитеррористической составляющей'];
      for (const [i, w] of words.entries()) {
        const start = text.indexOf(w);
        expect(start).toBeGreaterThanOrEqual(0);
        const a = await call<{ id: string }>('createAnnotation', {
          documentId,
          tagId: 'proposal',
          start,
          end: start + w.length,
          speakerId: i === 0 ? first : second,
          stance: i === 0 ? 'supports' : 'opposes',
        });
        await call('updateAnnotation', { annotationId: a.id, conceptId: concept.id });
      }
    });
    // The curated layer keeps the first statement only, as curation would write it.
    const folder = join(app.projectDir, 'documents', documentId);
    const layerName = (await readdir(folder)).find((n) => n.startsWith('annotations.') && n !== 'annotations.json');
    const layer = JSON.parse(await readFile(join(folder, layerName as string), 'utf8'));
    const kept = [...layer.annotations].sort((x: { start: number }, y: { start: number }) => x.start - y.start)[0];
    const curated = { ...layer, coderId: 'curated', annotations: [{ ...kept, id: 'curated-1', coderId: 'curated' }] };
    await writeFile(join(folder, 'annotations.curated.json'), JSON.stringify(curated));
    const projectFile = join(app.projectDir, 'project.json');
    const project = JSON.parse(await readFile(projectFile, 'utf8'));
    project.coders.push({ id: 'curated', name: 'Curated' });
    await writeFile(projectFile, JSON.stringify(project, null, 2));
  });
  const page = app.page;
  const notice = page.getByTestId('result-layer-notice');
  const status = page.locator('.network-status');

  // The network: the curated layer's, said so; one statement, one edge.
  await page.goto(`${page.url().split('#')[0]}#/network`);
  await expect(notice).toHaveAttribute('data-layer', 'curated');
  await expect(notice).toContainText('Showing the curated layer');
  await expect(status).toContainText('2 nodes, 1 edge');
  await expect(page.locator('.network-controls select').last()).toBeDisabled();
  await page.screenshot({ path: join(shots, 'network-curated.png') });

  // Every coder's layers: both statements (and the sample's, which the project starts with).
  await page.getByTestId('result-layer-switch').click();
  await expect(notice).toHaveAttribute('data-layer', 'all');
  await expect(status).not.toContainText('2 nodes, 1 edge');
  await expect(status).toContainText(/\d+ nodes, \d+ edges/);
  await page.screenshot({ path: join(shots, 'network-all.png') });

  // Remembered for the project: a reload still shows every layer; switched back, the curated one.
  await page.reload();
  await expect(notice).toHaveAttribute('data-layer', 'all');
  await page.getByTestId('result-layer-switch').click();
  await expect(notice).toHaveAttribute('data-layer', 'curated');
  await expect(status).toContainText('2 nodes, 1 edge');

  // Concepts count the curated statements.
  await page.goto(`${page.url().split('#')[0]}#/concepts`);
  await expect(notice).toHaveAttribute('data-layer', 'curated');
  const count = page
    .locator('.concept-row', { hasText: 'по противодействию терроризму' })
    .locator('.concept-row-count');
  await expect(count).toHaveText('1');
  await page.getByTestId('result-layer-switch').click();
  // Every layer: the coder's two and the curated one.
  await expect(count).toHaveText('3');
  await page.getByTestId('result-layer-switch').click();

  // Search: annotations of the curated layer; the notice is not shown over the texts' concordance.
  await page.goto(`${page.url().split('#')[0]}#/search`);
  await expect(notice).toHaveCount(0);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await expect(notice).toHaveAttribute('data-layer', 'curated');

  // Links view: the notice is there too.
  await page.goto(`${page.url().split('#')[0]}#/links`);
  await expect(notice).toHaveAttribute('data-layer', 'curated');

  // The Export… dialog starts on the curated layer, saying so; the other layers can still be chosen.
  await page.goto(`${page.url().split('#')[0]}#/`);
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('export-result-layer-hint')).toBeVisible();
  const coders = dialog.getByRole('list', { name: 'Coders whose layers to export' });
  await expect(dialog.getByRole('checkbox', { name: /Curated/ })).toBeChecked();
  await expect(coders.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(coders.getByRole('checkbox', { checked: false })).not.toHaveCount(0);
  await page.screenshot({ path: join(shots, 'export-dialog.png') });
});
