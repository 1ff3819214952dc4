import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

const PROGRAMME =
  'принять программу сотрудничества по противодействию терроризму, сепаратизму и экстремизму на 2025-2027 годы';
const WORKING_GROUP = 'Предлагаем активизировать деятельность Рабочей группы экспертов';

test('link a proposal across two imported articles, follow the link both ways, and see both in a concept timeline', async ({
  app,
}, testInfo) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  const { page } = app;
  const g = new GlossatorPage(page);
  const dir = testInfo.outputPath('seeds');
  await mkdir(dir, { recursive: true });
  const files = [];
  for (const prefix of ['003', '004']) {
    const path = join(dir, `${prefix}.txt`);
    await writeFile(path, readSeed(prefix, 'raw'));
    files.push(path);
  }
  await page.getByRole('button', { name: 'Import files…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import files' });
  await dialog.getByLabel('Files to import').setInputFiles(files);
  await dialog.getByRole('button', { name: 'Import 2 files' }).click();
  await expect(dialog.locator('.import-summary')).toContainText('Imported 2 documents');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Seed 004: the SCO programme, tagged as a proposal.
  await page.locator('button.doc-row', { hasText: 'Orda.kz' }).click();
  await g.selectByMouse(PROGRAMME);
  await page.keyboard.press('2');
  await g.waitForSaves();
  const sco = page.url();

  // Seed 003: a proposal that elaborates it, linked with `l`.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.locator('button.doc-row', { hasText: 'О борьбе с терроризмом, наркотиками' }).click();
  await g.selectByMouse(WORKING_GROUP);
  await page.keyboard.press('2');
  await g.waitForSaves();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link to another annotation' });
  await picker.getByRole('combobox', { name: 'Find the annotation to link to' }).fill('программы сотрудничества 2025');
  const option = picker.getByRole('option').filter({ hasText: 'принять программу сотрудничества' });
  await expect(option).toHaveCount(1);
  await option.click();
  await picker.getByLabel('Link type').selectOption({ label: 'Elaborates' });
  await picker.getByRole('button', { name: 'Create link' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('img', { name: '1 link' })).toBeVisible();

  // Follow it to seed 004, and back again from there; the browser's Back returns too.
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await panel.getByRole('button', { name: /^Links to “принять программу сотрудничества/ }).click();
  await expect(page.locator('.reader-title h1')).toContainText('Токаев призвал страны ШОС');
  await expect(panel.getByRole('button', { name: /^Linked from “Предлагаем активизировать/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('linked.png') });
  await page.goBack();
  await expect(page.locator('.reader-title h1')).toContainText('О борьбе с терроризмом, наркотиками');
  await page.goForward();
  await expect(page.locator('.reader-title h1')).toContainText('Токаев призвал страны ШОС');
  expect(page.url()).not.toBe(sco);

  // Group both statements under one concept; its timeline lists both, in date order.
  const concept = panel.getByRole('combobox', { name: 'Concept' });
  await concept.selectOption({ label: 'New concept…' });
  await panel.getByRole('textbox', { name: 'New concept name' }).fill('Программа ШОС 2025–2027 <b>');
  await panel.getByRole('button', { name: 'Add concept' }).click();
  await expect(concept).toHaveValue(/.+/);
  await panel.getByRole('button', { name: /^Linked from “Предлагаем активизировать/ }).click();
  await expect(page.locator('.reader-title h1')).toContainText('О борьбе с терроризмом, наркотиками');
  await panel.getByRole('combobox', { name: 'Concept' }).selectOption({ label: 'Программа ШОС 2025–2027 <b>' });

  await page.getByRole('button', { name: 'Concepts', exact: true }).click();
  await page
    .getByRole('list', { name: 'Concepts' })
    .getByRole('button', { name: /Программа ШОС 2025–2027 <b>/ })
    .click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('concept-timeline.png') });

  await page.getByRole('button', { name: 'Links', exact: true }).click();
  // The sample project's three links, and this one.
  await expect(page.getByText(/^4 links/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('links.png') });

  // Edit it: another type, a memo, and the other way round (004 → 003 now).
  await page
    .locator('.link-table-row')
    .filter({ hasText: 'принять программу сотрудничества' })
    .getByRole('button', { name: 'Edit this Elaborates link' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await edit.getByLabel('Type').selectOption({ label: 'Same proposal' });
  await edit.getByLabel('Memo').fill('Одна программа <i>');
  await edit.getByLabel('Reverse: make it point the other way').check();
  await expect(edit.getByRole('group', { name: 'Direction' }).locator('q').first()).toContainText(
    'принять программу сотрудничества',
  );
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const row = page.locator('.link-table-row').filter({ hasText: 'Same proposal' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.link-end').first()).toContainText('принять программу сотрудничества');
  await expect(row).toHaveAttribute('title', 'Одна программа <i>');

  // Deleting a linked statement asks first; "no" keeps it, selected, with its link.
  await row.getByRole('button', { name: /^Open “Предлагаем активизировать/ }).click();
  await expect(
    panel.getByRole('button', { name: /^Linked from “принять программу сотрудничества.*Same proposal/ }),
  ).toBeVisible();
  // The side panel edits it too.
  await panel.getByRole('button', { name: 'Edit the Same proposal link' }).click();
  await expect(edit.getByLabel('Memo')).toHaveValue('Одна программа <i>');
  await page.screenshot({ path: testInfo.outputPath('edit-link.png') });
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();
  // Asked in the app's own dialog; "Cancel" keeps it, selected, with its link.
  await page.keyboard.press('Delete');
  const ask = page.getByRole('alertdialog');
  await expect(ask).toHaveText(
    /This annotation has a link to other annotations\. Delete the annotation and its link\?/,
  );
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(page.getByRole('img', { name: '1 link' })).toBeVisible();
  // "Delete" deletes both as one step; Undo brings both back.
  await page.locator('.reader-text').focus();
  await page.keyboard.press('Delete');
  await ask.getByRole('button', { name: 'Delete' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('img', { name: '1 link' })).toHaveCount(0);
  await g.waitForSaves();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('img', { name: '1 link' })).toBeVisible();
});
