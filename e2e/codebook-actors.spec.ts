import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

test('codebook editor: sub-tag, shortcut conflicts, recolour, move, merge, delete with annotations moved, export and import', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Кодбук', 'Министр предложил усилить охрану границ. Эксперт считает угрозу высокой.');
  await g.selectByMouse('усилить охрану границ');
  await page.keyboard.press('2');
  await g.waitForSaves();

  await page.getByRole('button', { name: 'Codebook' }).click();
  const tree = page.getByRole('tree', { name: 'Tags' });
  await tree.getByRole('treeitem', { name: 'Proposal', exact: true }).click();
  await page.getByRole('button', { name: 'Add sub-tag' }).click();
  const newTag = page.getByRole('dialog');
  await newTag.getByRole('textbox').fill('Border control <b>');
  await newTag.getByRole('button', { name: 'Create tag' }).click();
  const row = tree.getByRole('treeitem', { name: 'Border control <b>' });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByLabel('Kind')).toHaveValue('statement');

  // A key taken by a Reader command or by another tag is refused, with the reason.
  const shortcut = page.getByLabel('Shortcut');
  await shortcut.fill('s');
  await expect(page.getByRole('alert').filter({ hasText: 'speaker' })).toBeVisible();
  await shortcut.fill('2');
  await expect(page.getByRole('alert').filter({ hasText: 'Proposal' })).toBeVisible();
  await shortcut.fill('b');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Recolour it and move it under Claim; both survive a reload.
  await page.getByLabel('Colour').fill('#aa2200');
  await page.getByLabel('Parent').selectOption('claim');
  await expect(tree.getByRole('treeitem', { name: 'Border control <b>' })).toBeVisible();
  await page.reload();
  await tree.getByRole('treeitem', { name: 'Border control <b>' }).click();
  await expect(page.getByLabel('Colour')).toHaveValue('#aa2200');
  await expect(page.getByLabel('Parent')).toHaveValue('claim');
  await expect(page.getByLabel('Shortcut')).toHaveValue('b');

  // Merge Causal into Threat assessment: Causal is gone.
  await tree.getByRole('treeitem', { name: 'Causal', exact: true }).click();
  await page.getByLabel('Merge into…').selectOption('claim-threat-assessment');
  await page.getByRole('button', { name: 'Merge' }).click();
  // Asked in the app's own dialog, saying what moves.
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('Merge “Causal” into');
  await ask.getByRole('button', { name: 'Merge' }).click();
  await expect(ask).toBeHidden();
  await expect(tree.getByRole('treeitem', { name: 'Causal', exact: true })).toHaveCount(0);

  // Deleting Proposal, which has an annotation, asks where it goes.
  await tree.getByRole('treeitem', { name: 'Proposal', exact: true }).click();
  await page.getByRole('button', { name: 'Delete tag' }).click();
  const dialog = page.getByRole('dialog');
  // The sample texts use Proposal too: every annotation of the tag and its sub-tags is counted.
  await expect(dialog).toContainText(/Together they have \d+ annotations/);
  await dialog.getByLabel(/Move its/).check();
  await dialog.getByRole('combobox').selectOption({ label: 'Claim' });
  await dialog.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tree.getByRole('treeitem', { name: 'Proposal', exact: true })).toHaveCount(0);
  await expect(tree.getByRole('treeitem', { name: 'Border control <b>' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('codebook.png') });

  // Undo brings the tags back; the annotation returns to Proposal.
  await page.keyboard.press('Control+z');
  await expect(tree.getByRole('treeitem', { name: 'Proposal', exact: true })).toBeVisible();

  // Export, then import the same file: nothing new. A foreign file is refused with a message.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export codebook' }).click();
  const file = testInfo.outputPath('codebook.json');
  // The core wrote the file; the browser fetched it once from the server's download URL, named by the project.
  expect((await download).suggestedFilename()).toMatch(/ codebook\.json$/);
  expect((await download).url()).toMatch(/\/files\/[A-Za-z0-9_-]{43}$/);
  await (await download).saveAs(file);
  await page.getByLabel('Import codebook…').setInputFiles(file);
  await expect(page.getByText('Codebook imported: 0 tags added, 0 updated.')).toBeVisible();
  const foreign = join(testInfo.outputDir, 'annotation.conf.json');
  writeFileSync(foreign, '[entities]\nPerson\n');
  await page.getByLabel('Import codebook…').setInputFiles(foreign);
  await expect(page.getByRole('alert')).toContainText('brat');

  await page.getByRole('button', { name: 'Library' }).click();
  await g.openDocument('Кодбук');
  await expect(g.annotationRow('усилить охрану границ')).toContainText('Proposal');
});

test('actor registry: aliases, affiliations, merge, and the actor view jumping to a mention', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Визит', 'Глава государства Токаев принял делегацию. Токаеву доложили о мерах КНБ.');
  await g.selectByMouse('Токаев');
  await page.keyboard.press('c');
  const create = page.getByRole('dialog', { name: 'New actor' });
  await create.getByLabel('Canonical name').fill('Касым-Жомарт Токаев');
  await create.getByLabel(/Aliases/).fill('Tokayev\n«глава государства»');
  await create.getByRole('button', { name: 'Add actor' }).click();
  await expect(create).toBeHidden();

  // The inflected form is found through the aliases (the selected word became one).
  await g.selectByMouse('Токаеву');
  await page.keyboard.press('a');
  await page.keyboard.type('Токаеву');
  await expect(page.getByRole('dialog', { name: 'Actor mentioned' }).getByRole('option').first()).toContainText(
    'Касым-Жомарт Токаев',
  );
  await page.keyboard.press('Enter');
  await expect(g.annotationRows()).toHaveCount(2);

  // A second entry for the same person, made in the registry, then merged into the first.
  await page.getByRole('button', { name: 'Actors' }).click();
  await page.getByRole('button', { name: 'New actor' }).click();
  await page.getByLabel('New actor name').fill('Президент РК');
  await page.getByRole('button', { name: 'Add actor' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Президент РК');
  await page.getByLabel('Merge into…').selectOption({ label: 'Касым-Жомарт Токаев' });
  await page.getByRole('button', { name: 'Merge' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Касым-Жомарт Токаев');
  await expect(page.getByLabel('Aliases')).toHaveValue(/Президент РК/);

  // An affiliation with an organisation of the registry.
  await page.getByRole('button', { name: 'New actor' }).click();
  await page.getByLabel('New actor name').fill('Комитет национальной безопасности');
  await page.getByLabel('New actor type').selectOption({ label: 'State body or agency' });
  await page.getByRole('button', { name: 'Add actor' }).click();
  await page.getByLabel('Find actor').fill('tokayev');
  await page
    .getByRole('button', { name: /Касым-Жомарт Токаев/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Add affiliation' }).click();
  const affiliation = page.getByRole('group', { name: 'Affiliation 1' });
  await affiliation.getByLabel('Organisation').selectOption({ label: 'Комитет национальной безопасности' });
  await affiliation.getByLabel('Role').fill('председатель');
  await affiliation.getByLabel('From').fill('1999');
  await affiliation.getByLabel('Role').press('Tab');

  // The actor view lists both mentions in context; a click opens the document there.
  const mentions = page.getByRole('region', { name: /Mentions/ });
  await expect(mentions).toContainText('Токаеву');
  await page.screenshot({ path: testInfo.outputPath('actors.png') });
  await mentions.locator('.kwic-exact', { hasText: /^Токаеву$/ }).click();
  await expect(page.locator('.reader-title h1')).toHaveText('Визит');
  await expect(page.locator('.ann-selected')).toHaveText('Токаеву');

  await page.reload();
  await page.getByRole('button', { name: 'Actors' }).click();
  await expect(page.getByText('Президент РК')).toHaveCount(0);
});
