import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

// Texts written for these tests (never copied from the seeds).
const text = 'Министр предложил расширить обмен данными о деятельности экстремистских групп в регионе.';

test('Ctrl+Z after a restart undoes the last change made before the app was closed', async ({ app }) => {
  let page = app.page;
  let g = new GlossatorPage(page);
  await g.addText('Обмен данными', text);
  await g.selectByMouse('обмен данными');
  await page.keyboard.press('1');
  await expect(g.annotationRow('обмен данными')).toBeVisible();
  await g.waitForSaves();

  page = await app.restart();
  g = new GlossatorPage(page);
  await g.openDocument('Обмен данными');
  await expect(g.annotationRow('обмен данными')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.locator('.reader-text').focus();
  await page.keyboard.press('Control+z');
  await expect(g.annotationRows()).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('the Backups view lists backups, restores one exactly, and the restore is undone', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Обмен данными', text);
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('row', { name: /Backed up by you/ })).toBeVisible();
  const withOne = page.getByRole('row', { name: /Backed up by you/ }).first();
  await expect(withOne.getByRole('cell').nth(2)).toHaveText(/\d+/);
  const documentsThen = Number(await withOne.getByRole('cell').nth(2).innerText());

  // A second text after the backup; restoring the backup takes it away again.
  await page.getByRole('button', { name: 'Library' }).click();
  await g.addText('Второй текст', 'Ещё один текст о сотрудничестве ШОС.');
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  await page
    .getByRole('row', { name: /Backed up by you/ })
    .first()
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The project becomes exactly what it was then');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Restored the backup of/)).toBeVisible();
  // The restore itself was backed up first, and is undoable.
  await expect(page.getByRole('row', { name: /Before: Restore the backup of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(g.documentRow('Второй текст')).toHaveCount(0);
  await expect(page.locator('button.doc-row')).toHaveCount(documentsThen);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(g.documentRow('Второй текст')).toBeVisible();
});

test('a damaged file set aside at open is inspected and restored from the Backups view', async ({ app }) => {
  let page = app.page;
  let g = new GlossatorPage(page);
  await g.addText('Обмен данными', text);
  await g.selectByMouse('обмен данными');
  await page.keyboard.press('1');
  await g.waitForSaves();
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('row', { name: /Backed up by you/ })).toBeVisible();

  page = await app.restart(async () => {
    const documents = join(app.projectDir, 'documents');
    for (const id of await readdir(documents)) {
      // Only this test's document (the sample texts have annotations too).
      if (!(await readFile(join(documents, id, 'document.json'), 'utf8')).includes('Обмен данными')) continue;
      for (const name of await readdir(join(documents, id))) {
        if (name.startsWith('annotations.')) await writeFile(join(documents, id, name), '{"annotations": [');
      }
    }
  });
  g = new GlossatorPage(page);
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  const row = page.locator('.set-aside-row');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Inspect' }).click();
  await expect(page.locator('.set-aside-content')).toHaveText('{"annotations": [');
  await page.getByRole('button', { name: 'Close' }).click();
  await row.getByRole('button', { name: /^Restore from/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Library' }).click();
  await g.openDocument('Обмен данными');
  await expect(g.annotationRow('обмен данными')).toBeVisible();
});
