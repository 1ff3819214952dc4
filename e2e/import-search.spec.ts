import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeLegacy, representable, utf16 } from '../shared/testing/encode-text.ts';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

/** Seed 003 as a saved web page, with page furniture, a script and an iframe that must never run or show. */
function seedAsHtml(text: string): string {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const paragraphs = rest.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Akorda.kz"></head><body>
<nav><a href="/">Главная</a> · <a href="/news">Новости</a></nav>
<article><h1>${title}</h1>${paragraphs}
<script>window.pwned = true; document.title = 'PWNED'</script>
<img src="x" onerror="window.pwned = true"><iframe src="https://example.com/"></iframe></article>
<footer>Все права защищены</footer></body></html>`;
}

test('import files by dialog and by drop, accept a cleanup, search in any case and open a concordance line', async ({
  app,
}, testInfo) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  const { page } = app;
  const dir = testInfo.outputPath('files');
  const file = async (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
  await writeFile(testInfo.outputPath('.keep'), '');
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
  const seed002 = readSeed('002', 'raw');
  const paths = [
    await file(
      'ulys-1251.txt',
      encodeLegacy(representable(seed002.replace(/\n/g, '\r\n'), 'windows-1251'), 'windows-1251'),
    ),
    await file('orda-utf16.txt', utf16(readSeed('004', 'raw'), 'le')),
    await file('akorda.html', seedAsHtml(readSeed('003', 'raw'))),
    await file('empty.txt', ''),
    await file('huge.txt', ''),
  ];
  // 200 MB on disk without writing them: the app must refuse it by its size, before reading it.
  await truncate(paths[4]!, 200 * 1024 * 1024);

  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles(paths);
  const files = dialog.getByRole('list', { name: 'Files' });
  await expect(files.getByRole('listitem')).toHaveCount(5);
  await expect(files.getByText('the file is empty')).toBeVisible();
  await expect(files.getByText(/the file is 200 MB/)).toBeVisible();

  // Seed 002 in Windows-1251: the guess, the details, and its ticker struck through.
  await files.getByRole('button', { name: /ulys-1251\.txt/ }).click();
  await expect(dialog.getByLabel('Encoding')).toHaveValue('windows-1251');
  await expect(dialog.getByLabel('Date and time')).toHaveValue('08.09.2023 12:51');
  await expect(dialog.getByLabel('Source')).toHaveValue('Ulysmedia.kz');
  const preview = dialog.getByRole('document', { name: /Text of ulys-1251/ });
  const struck = preview.locator('.cleanup-span.removed del');
  await expect(struck.filter({ hasText: '494.87' }).first()).toBeVisible();
  await expect(struck.filter({ hasText: /#/ }).first()).toBeVisible();
  // Another encoding is shown at once, and back again.
  await dialog.getByLabel('Encoding').selectOption('koi8-r');
  await expect(dialog.getByLabel('Encoding')).toHaveValue('koi8-r');
  await expect(preview).not.toContainText('Сейсембаев');
  await dialog.getByLabel('Encoding').selectOption('windows-1251');
  await expect(preview).toContainText('Сейсембаев');
  // Adjust the cleanup: keep the hashtag row.
  await preview.locator('.cleanup-span', { hasText: /#/ }).first().click();
  await expect(preview.locator('.cleanup-span.kept', { hasText: /#/ })).toHaveCount(1);

  await files.getByRole('button', { name: /akorda\.html/ }).click();
  await expect(dialog.getByText(/none was run or loaded/)).toBeVisible();
  await expect(dialog.getByLabel('Source')).toHaveValue('Akorda.kz');
  await page.screenshot({ path: testInfo.outputPath('import-preview.png') });

  await dialog.getByRole('button', { name: 'Import 3 files' }).click();
  const summary = dialog.locator('.import-summary');
  await expect(summary).toContainText('Imported 3 documents; 2 failed.');
  await expect(summary.getByRole('region', { name: 'Failed' })).toContainText('empty.txt: the file is empty');
  await expect(summary.getByRole('region', { name: 'Failed' })).toContainText('huge.txt: the file is 200 MB');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // A drop anywhere opens the dialog: one new article, one duplicate of an imported one.
  const dropped = [
    { name: 'aqnews.txt', text: readSeed('001', 'raw') },
    { name: 'orda-again.txt', text: readSeed('004', 'raw') },
  ];
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, dropped);
  await expect(files.getByRole('listitem')).toHaveCount(2);
  await expect(files.getByText(/duplicate of/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 1 file' }).click();
  await expect(summary).toContainText('Imported 1 document; skipped 1 duplicate.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
  expect(await page.title()).not.toBe('PWNED');

  // The Library shows the outlets found; the cleaned article lost its ticker but keeps the kept hashtags.
  const g = new GlossatorPage(page);
  await expect(page.locator('button.doc-row', { hasText: 'Ulysmedia.kz' })).toHaveCount(1);
  await page.locator('button.doc-row', { hasText: 'Ulysmedia.kz' }).click();
  const text = page.locator('.reader-text');
  await expect(text).toContainText('Сейсембаев');
  await expect(text).toContainText('#');
  await expect(text).not.toContainText('494.87');
  await page.getByRole('button', { name: 'Original' }).click();
  await expect(page.locator('.original-text')).toContainText('494.87');
  await page.keyboard.press('Escape');

  // Search: Токаеву finds Токаев and Токаева; sort by the left context; open a line.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search query').fill('Токаеву');
  const lines = page.locator('.concordance-list .concordance-row');
  await expect(lines.first()).toBeVisible();
  const matches = await lines.locator('.kwic-exact').allTextContents();
  expect(new Set(matches)).toEqual(new Set(['Токаев', 'Токаева']));
  await expect(page.locator('.search-summary')).toContainText(/in 3 documents/);
  await page.getByRole('button', { name: 'Left context' }).click();
  await expect(page.getByRole('button', { name: /Left context/ })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: testInfo.outputPath('search.png') });
  await lines
    .filter({ has: page.locator('.kwic-exact', { hasText: /^Токаева$/ }) })
    .first()
    .click();
  await expect(page.locator('.reader-title h1')).toBeVisible();
  await expect(page.locator('.ann-flash')).toHaveText('Токаева');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Токаева');
  // The selected match can be tagged at once.
  await page.keyboard.press('1');
  await g.waitForSaves();
  await expect(g.annotationRow('Токаева')).toHaveCount(1);

  // Annotations are searched too: by their words in any form and their tag, and open where they are.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByLabel('Search query').fill('Токаеву claim');
  const found = page.locator('.concordance-list .concordance-row');
  await expect(found).toHaveCount(1);
  await expect(found.locator('.kwic-exact')).toHaveText('Токаева');
  await page.getByLabel('Only annotations with this tag').selectOption({ label: 'Proposal' });
  await expect(found).toHaveCount(0);
  await page.getByLabel('Only annotations with this tag').selectOption({ label: 'Any tag' });
  await found.first().click();
  await expect(page.locator('.annotation-row.selected')).toContainText('Токаева');
});

test('cleaning an annotated document keeps its annotations on their words, and undo restores the text', async ({
  app,
}) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText(
    'С мусором',
    '494.87\n520.65\nМинистр заявил о росте угроз терроризма в регионе.\nЧитайте также:\nКурс валют\nПогода на выходные',
  );
  await g.selectByMouse('росте угроз');
  await page.keyboard.press('1');
  await g.waitForSaves();
  await page.getByRole('button', { name: 'Clean up…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clean up page furniture' });
  await expect(dialog.locator('.cleanup-span.removed')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Remove 2 stretches' }).click();
  await expect(dialog).toBeHidden();
  const text = page.locator('.reader-text');
  await expect(text).toHaveText('Министр заявил о росте угроз терроризма в регионе.\n');
  await expect(page.locator('.reader-text [data-annotation-id]')).toHaveText('росте угроз');
  await page.keyboard.press('Control+z');
  await expect(text).toContainText('494.87');
  await expect(page.locator('.reader-text [data-annotation-id]')).toHaveText('росте угроз');
});

test('library: sort, filter and edit the details of several documents at once', async ({ app }, testInfo) => {
  const { page } = app;
  await expect(page.locator('button.doc-row').first()).toBeVisible();
  const count = await page.locator('button.doc-row').count();
  expect(count).toBeGreaterThan(2);
  const boxes = page.getByRole('checkbox', { name: /^Select “/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Edit details…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit details of 2 documents' });
  await dialog.getByRole('combobox', { name: 'Language' }).fill('kk');
  await dialog.getByRole('button', { name: 'Apply to 2 documents' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Filter by language').selectOption('kk');
  await expect(page.locator('button.doc-row')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('library.png') });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('button.doc-row')).toHaveCount(count);

  // One document's details, edited from its row; then sort by source, both ways.
  const title = (await page.locator('button.doc-row .doc-title').first().textContent()) ?? '';
  await page.getByRole('button', { name: `Edit details of “${title}”` }).click();
  const details = page.getByRole('dialog', { name: 'Edit details' });
  // Sources of mixed languages sort as the window's language does (English: Latin first).
  await details.getByRole('combobox', { name: 'Source' }).fill('Aaa <Издание>');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details).toBeHidden();
  await page.getByRole('button', { name: /^Source/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Source/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('button.doc-row').first()).toContainText('Aaa <Издание>');
  await page.getByRole('button', { name: /^Source/ }).click();
  await expect(page.locator('button.doc-row').last()).toContainText('Aaa <Издание>');
  await page.reload();
  await page.getByLabel('Filter by source').selectOption({ label: 'Aaa <Издание> (1)' });
  await expect(page.locator('button.doc-row')).toHaveCount(1);
});
