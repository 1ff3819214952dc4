import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

const seedFile = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds', '003_28dc914398d34b77.txt');

test('the sample project opens with its texts and annotations', async ({ app }) => {
  const g = new GlossatorPage(app.page);
  await expect(app.page.locator('.library-header h1')).toHaveText('Sample project: security cooperation');
  await expect(app.page.locator('button.doc-row')).toHaveCount(4);
  const row = g.documentRow('На совещании в Астане');
  // Dates as the window's language writes them (English: day, short month, year).
  await expect(row).toContainText('14 Mar 2024');
  await expect(row).toContainText('Пример: пресс-служба');
  await expect(row.locator('.num')).toHaveText('4');

  await g.openDocument('На совещании в Астане обсудили противодействие вербовке в сети');
  await expect(g.annotationRows()).toHaveCount(4);
  await expect(g.annotationRow('Ерлан Садыков')).toContainText('Actor mention');
  // Each annotation is drawn in the text, in its tag's colour.
  const mention = app.page.locator('.reader-text .ann', { hasText: 'Ерлан Садыков' });
  await expect(mention).toHaveCSS('border-bottom-color', 'rgb(76, 175, 110)');
});

test('a pasted article, a sentence highlighted as a Claim, survives reload and restart', async ({ app }) => {
  test.skip(
    !existsSync(seedFile),
    `../shared/seeds is absent (looked for ${seedFile}); this test needs the seed texts.`,
  );
  const seed = readFileSync(seedFile, 'utf8');
  const lines = seed.split('\n');
  const title = (lines[0] as string).trim();
  // A sentence from the middle of a paragraph: the second sentence of the fourth line.
  const sentence = (lines[3] as string).split(/(?<=[.!?])\s+/)[1] as string;
  expect(sentence.length).toBeGreaterThan(40);

  let g = new GlossatorPage(app.page);
  await g.addText(title, seed);
  await g.selectByMouse(sentence);
  await app.page.keyboard.press('1');
  await expect(g.annotationRow(sentence)).toContainText('Claim');
  await expect(app.page.locator('.reader-text .ann').first()).toBeVisible();
  await g.waitForSaves();

  await app.page.reload();
  await expect(app.page.locator('.reader-title h1')).toHaveText(title);
  await expect(g.annotationRows()).toHaveCount(1);
  await expect(g.annotationRow(sentence)).toContainText('Claim');

  g = new GlossatorPage(await app.restart());
  await expect(g.documentRow(title).locator('.num')).toHaveText('1');
  await g.openDocument(title);
  await expect(g.annotationRows()).toHaveCount(1);
  await expect(g.annotationRow(sentence).locator('.annotation-quote')).toHaveText(sentence);
  await expect(app.page.locator('.reader-text .ann')).toHaveText(sentence);
});

test('the tag toolbar tags a selection, and an annotation can be deleted', async ({ app }) => {
  const g = new GlossatorPage(app.page);
  await g.openDocument('Analysts: prevention works better than prohibition');
  await g.selectByMouse('fund community prevention centres');
  await app.page
    .getByRole('toolbar', { name: 'Tags' })
    .getByRole('button', { name: /Proposal/ })
    .click();
  await expect(g.annotationRow('fund community prevention centres')).toContainText('Proposal');
  await g.waitForSaves();
  await expect(g.annotationRows()).toHaveCount(2);

  await g
    .annotationRow('fund community prevention centres')
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(g.annotationRows()).toHaveCount(1);
  await app.page.reload();
  await expect(g.annotationRows()).toHaveCount(1);
  await expect(app.page.locator('.reader-text .ann')).toHaveCount(1);
});

test('clicking an annotation in the list scrolls to it and flashes it', async ({ app }) => {
  const g = new GlossatorPage(app.page);
  await g.openDocument('Совет министров обороны: угроза на южных рубежах сохраняется');
  await g.annotationRow('развернуть совместную систему').locator('.annotation-jump').click();
  const flash = app.page.locator('.reader-text .ann-flash');
  await expect(flash).toHaveText('развернуть совместную систему мониторинга границы');
  await expect(flash).toBeInViewport();
  await expect(flash).toHaveCount(0, { timeout: 5000 });
});

test('a shortcut with nothing selected explains what to do, and typing in a field never tags', async ({ app }) => {
  const g = new GlossatorPage(app.page);
  await g.openDocument('Ministers pledge joint action on terrorist financing');
  await app.page.keyboard.press('2');
  await expect(app.page.getByRole('status')).toContainText('Select some text first');
  await expect(g.annotationRows()).toHaveCount(3);

  await app.page.getByRole('button', { name: '← Library' }).click();
  await app.page.getByRole('button', { name: '+ Add text' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Add text' });
  await dialog.getByLabel('Title').fill('123');
  await dialog.getByRole('button', { name: 'Add and open' }).click();
  await expect(dialog.getByRole('alert')).toContainText('paste the text');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.page.locator('button.doc-row')).toHaveCount(4);
});

test('text and titles with markup are shown as plain text', async ({ app }) => {
  const g = new GlossatorPage(app.page);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await g.addText(`Заявление ${hostile}`, `Первая строка ${hostile}\nВторая строка.`);
  await expect(app.page.locator('.reader-title h1')).toContainText('<img src=x');
  await expect(app.page.locator('.reader-text')).toContainText('<script>');
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await app.page.locator('.reader-text img, .reader-text script').count()).toBe(0);
});

/** The sample document's layer file of the app's coder (the sample is annotated by whoever opens it first). */
function sampleLayer(projectDir: string, documentId: string): { file: string; name: string } {
  const folder = join(projectDir, 'documents', documentId);
  const name = readdirSync(folder).find((n) => /^annotations\..+\.json$/.test(n));
  if (!name) throw new Error(`no layer file in ${folder}`);
  return { file: join(folder, name), name: `documents/${documentId}/${name}` };
}

test('a damaged project file is reported in the Library, and the rest of the project opens', async ({ app }) => {
  const layer = sampleLayer(app.projectDir, 'sample-en-think-tank');
  writeFileSync(layer.file, '{"schemaVersion": 4, "documentId": "sample-en-think-tank", "annot');
  const page = await app.restart();
  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(banner).toContainText(`${layer.name} is not valid JSON`);
  await expect(banner).toContainText('nothing was overwritten');
  await expect(page.locator('button.doc-row')).toHaveCount(4);
  const kept = readdirSync(join(app.projectDir, 'documents', 'sample-en-think-tank')).filter((n) =>
    n.includes('.damaged-'),
  );
  expect(kept).toHaveLength(1);
});

test('a file that cannot be read opens read-only with the reason, and everything else works', async ({ app }) => {
  const layer = sampleLayer(app.projectDir, 'sample-en-think-tank');
  const before = readFileSync(layer.file);
  // Running as root, permissions would not stop the read: a folder in the file's place fails the same way.
  rmSync(layer.file);
  mkdirSync(layer.file);
  const page = await app.restart();
  const g = new GlossatorPage(page);
  const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(banner).toContainText(`${layer.name} could not be read`);
  await expect(banner).toContainText('cannot be changed until then');
  await expect(page.locator('button.doc-row')).toHaveCount(4);

  await g.openDocument('Analysts: prevention works better than prohibition');
  await expect(page.getByRole('status', { name: 'Read-only' })).toContainText(layer.name);
  await g.selectByMouse('independent research institute');
  await page.keyboard.press('1');
  await expect(page.locator('.notice').filter({ hasText: 'This change is refused' })).toBeVisible();
  await expect(g.annotationRow('independent research institute')).toHaveCount(0);
  expect(statSync(layer.file).isDirectory()).toBe(true);

  // Another document is coded as usual, and keeps its work across a restart.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await g.openDocument('Ministers pledge joint action on terrorist financing');
  await expect(page.getByRole('status', { name: 'Read-only' })).toHaveCount(0);
  await g.selectByMouse('joint training programme');
  await page.keyboard.press('1');
  await expect(g.annotationRow('joint training programme')).toBeVisible();
  await g.waitForSaves();

  // Fixed, the file reads again with everything it held.
  rmSync(layer.file, { recursive: true });
  writeFileSync(layer.file, before);
  const fixed = await app.restart();
  await expect(fixed.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  const h = new GlossatorPage(fixed);
  await h.openDocument('Ministers pledge joint action on terrorist financing');
  await expect(h.annotationRow('joint training programme')).toBeVisible();
});
