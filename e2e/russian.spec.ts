import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { translator } from '../shared/i18n/i18n.ts';
import { expect, test } from './fixtures.ts';

// The window in Russian, as a researcher whose system speaks Russian meets it: every name below is the Russian
// catalog's, so the test follows the catalog rather than repeating its words.
test.use({ locale: 'ru-RU' });
const ru = translator('ru');

// Texts written for these tests (never copied from the seeds).
const statementText = [
  'Президент Токаев выступил на саммите в Астане.',
  'Токаев предложил принять программу сотрудничества против терроризма.',
  'Третий абзац без имён.',
].join('\n');

test('the keyboard coding pass in Russian: actor, mention, proposal, speaker, stance, next', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('button', { name: ru('common:tab-library') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.getByRole('button', { name: ru('library:addText') }).click();
  const add = page.getByRole('dialog', { name: ru('library:addTextTitle') });
  await add.getByLabel(ru('library:titleField')).fill('Саммит в Астане');
  await add.getByLabel(ru('library:textField'), { exact: true }).fill(statementText);
  await add.getByRole('button', { name: ru('library:addAndOpen') }).click();
  await expect(page.locator('.reader-text')).toBeFocused();
  const keys = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };

  // A new actor (c) from «Токаев», tagged as its mention.
  await keys('ArrowRight', 'Президент '.length);
  await keys('Shift+ArrowRight', 'Токаев'.length);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: ru('reader:newActor') });
  await expect(dialog.getByLabel(ru('reader:canonicalName'))).toHaveValue('Токаев');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const rows = page.locator('.annotation-row');
  await expect(rows.filter({ hasText: 'Токаев' })).toContainText(ru('model:tag-actor-mention'));
  await page.waitForTimeout(100); // the caret is re-placed after focus returns

  // The proposal, selected from the end of the next line, tagged with 2: the tag has its Russian name.
  const proposal = 'принять программу сотрудничества против терроризма';
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await keys('ArrowLeft', 1);
  await keys('Shift+ArrowLeft', proposal.length);
  await page.keyboard.press('2');
  await expect(rows.filter({ hasText: proposal })).toContainText(ru('model:tag-proposal'));
  const panel = page.getByRole('region', { name: ru('reader:selectedLabel') });
  await expect(panel.getByLabel(ru('reader:tag'), { exact: true })).toHaveValue('proposal');

  // Speaker (s: the suggestion first) and stance (t, then 1).
  await page.keyboard.press('s');
  const speaker = page.getByRole('dialog', { name: ru('reader:speaker') });
  await expect(speaker.getByRole('option').first()).toContainText('Токаев');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('detail-speaker')).toHaveText('Токаев');
  await page.keyboard.press('t');
  await page.keyboard.type('1');
  await expect(panel.getByLabel(new RegExp(ru('reader:stance')))).toHaveValue('supports');
  await expect(panel.getByLabel(new RegExp(ru('reader:stance'))).locator('option:checked')).toHaveText(
    ru('model:stance-supports'),
  );

  // p and n move between annotations.
  await page.keyboard.press('p');
  await expect(panel.getByLabel(ru('reader:tag'), { exact: true })).toHaveValue('actor-mention');
  await page.keyboard.press('n');
  await expect(panel.getByLabel(ru('reader:tag'), { exact: true })).toHaveValue('proposal');

  // Switching to English keeps the open document and the selection; back to Russian, too.
  await page.getByRole('button', { name: ru('common:coderLabel', { name: 'E2E Coder' }) }).click();
  const settings = page.getByRole('dialog', { name: ru('settings:title') });
  await settings.getByLabel(ru('settings:language')).selectOption('en');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('region', { name: 'Selected annotation' }).getByLabel('Tag', { exact: true }),
  ).toHaveValue('proposal');
  await expect(page.locator('.reader-title h1')).toHaveText('Саммит в Астане');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Remembered: a restart keeps English.
  const after = await app.restart();
  await expect(after.getByRole('button', { name: 'Library' })).toBeVisible();
});

test('the import dialog and the Network view in Russian', async ({ app }, testInfo) => {
  const { page } = app;
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, name] of ['Первый', 'Второй'].entries()) {
    const path = join(dir, `${i + 1}.txt`);
    await writeFile(path, `${name} документ\n\n08.09.2023, 12:51\n\nТекст номер ${i + 1} о региональной безопасности.`);
    paths.push(path);
  }
  await page.getByRole('button', { name: ru('library:importFiles') }).click();
  const dialog = page.getByRole('dialog', { name: ru('importing:title') });
  await dialog.getByLabel(ru('importing:filesToImport')).setInputFiles(paths);
  await dialog.getByRole('button', { name: ru('importing:importCount', { count: 2 }) }).click();
  await expect(dialog).toContainText(ru('importing:summaryImported', { count: 2 }));
  await dialog.getByRole('button', { name: ru('importing:done') }).click();

  await page.getByRole('button', { name: ru('common:tab-network') }).click();
  await expect(page.getByRole('heading', { name: ru('network:title') })).toBeVisible();
});
