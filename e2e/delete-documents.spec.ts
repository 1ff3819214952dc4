import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, test } from './fixtures.ts';

// The sample project's titles (resources/sample-project.json) and what each holds: annotations, and links to others.
const communique = 'Ministers pledge joint action on terrorist financing';
const meeting = 'На совещании в Астане обсудили противодействие вербовке в сети';
const statement = 'Совет министров обороны: угроза на южных рубежах сохраняется';
const thinkTank = 'Analysts: prevention works better than prohibition';
const shots = '/tmp/shots';

const titles = async (page: Page) =>
  (await page.locator('button.doc-row .doc-title').allInnerTexts()).map((t) => t.trim());

test('deleting documents: from a row’s menu (asked with counts; Cancel keeps it), several ticked at once, and Ctrl+Z brings them back', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(shots, { recursive: true });
  await expect.poll(() => titles(page)).toEqual([meeting, statement, communique, thinkTank]);

  // The row's menu, opened with the mouse; Cancel changes nothing.
  const menuButton = page.getByRole('button', { name: `Actions for “${communique}”` });
  await menuButton.click();
  const menu = page.getByRole('menu', { name: `Actions for “${communique}”` });
  await expect(menu.getByRole('menuitem')).toHaveText(['Open', 'Edit details…', 'Delete…']);
  await page.screenshot({ path: `${shots}/library-row-menu.png` });
  await menu.getByRole('menuitem', { name: 'Delete…' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(`Delete “${communique}” with 3 annotations and 1 link?`);
  await page.screenshot({ path: `${shots}/library-delete-confirm.png` });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(menuButton).toBeFocused();
  expect(await titles(page)).toContain(communique);

  // The same with the keyboard: Enter opens the menu on its first item, ↓ ↓ reaches Delete…, Enter asks.
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await question.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => titles(page)).toEqual([meeting, statement, thinkTank]);
  await expect(page.getByText('Showing 3 of 3 documents')).toBeVisible();

  // Two ticked at once: the links between what is left and them go too.
  await page.getByLabel(`Select “${meeting}”`).check();
  await page.getByLabel(`Select “${statement}”`).check();
  await page.getByRole('region', { name: 'Selected documents' }).getByRole('button', { name: 'Delete…' }).click();
  await expect(question).toContainText('Delete 2 documents with 7 annotations and 2 links?');
  await question.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => titles(page)).toEqual([thinkTank]);
  await expect(page.getByRole('region', { name: 'Selected documents' })).toBeHidden();

  // Undo brings each step back whole, counts and links included.
  await page.keyboard.press('Control+z');
  await expect.poll(() => titles(page)).toEqual([meeting, statement, thinkTank]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => titles(page)).toEqual([meeting, statement, communique, thinkTank]);
  const row = page.locator('button.doc-row', { hasText: meeting });
  await expect(row.locator('.num')).toHaveText('4');
  await page.locator('button.doc-row', { hasText: communique }).click();
  await expect(page.locator('.reader-text')).toContainText('terrorist financing');

  // Redone while its Reader is open: the Reader goes back to the Library.
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => titles(page)).toEqual([meeting, statement, thinkTank]);
  await expect(page).toHaveURL(/#\/$/);
  await page.keyboard.press('Control+z');
  await expect.poll(() => titles(page)).toEqual([meeting, statement, communique, thinkTank]);

  // And so it stays, read from disk after a restart.
  const restarted = await app.restart();
  await expect.poll(() => titles(restarted)).toEqual([meeting, statement, communique, thinkTank]);
});

test('“Remove the sample texts” is offered once the project has a text of its own, and is one undo step', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(shots, { recursive: true });
  await expect.poll(() => titles(page)).toHaveLength(4);
  const notice = page.getByRole('region', { name: 'Sample texts' });
  // Only the samples: nothing to offer yet.
  await expect(notice).toBeHidden();

  const own = seedsMissing
    ? 'Своя статья о сотрудничестве в области безопасности.\n\nМинистры обсудили обмен данными.'
    : readSeed('001');
  await page.getByRole('button', { name: '+ Add text' }).click();
  const adding = page.getByRole('dialog', { name: 'Add text' });
  await adding.getByLabel('Title').fill('Моя статья');
  await adding.getByLabel('Text', { exact: true }).fill(own);
  await adding.getByRole('button', { name: 'Add and open' }).click();
  await expect(page.locator('.reader-text')).toBeVisible();
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  await expect(notice).toContainText('4 sample texts from the first run are still in this project');
  await notice.getByRole('button', { name: 'Remove the sample texts' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('Remove the 4 sample texts with 11 annotations and 3 links?');
  await page.screenshot({ path: `${shots}/library-remove-samples.png` });
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => titles(page)).toHaveLength(5);

  await notice.getByRole('button', { name: 'Remove the sample texts' }).click();
  await question.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => titles(page)).toEqual(['Моя статья']);
  await expect(notice).toBeHidden();
  // The sample actors went with them: nothing of the user's named them.
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await expect(page.getByText('Ерлан Садыков')).toHaveCount(0);
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  await page.keyboard.press('Control+z');
  await expect.poll(() => titles(page)).toHaveLength(5);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await expect(page.getByText('Ерлан Садыков').first()).toBeVisible();
});
