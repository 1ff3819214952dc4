import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

test('statements under a concept make the actor networks; the view draws them and exports GraphML', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await g.openDocument('На совещании в Астане обсудили противодействие вербовке в сети');
  await g.annotationRow('создать общую базу данных').click();
  await panel.getByRole('combobox', { name: 'Concept' }).selectOption({ label: 'New concept…' });
  await panel.getByRole('textbox', { name: 'New concept name' }).fill('Обмен данными <script>');
  await panel.getByRole('button', { name: 'Add concept' }).click();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await g.openDocument('Ministers pledge joint action on terrorist financing');
  await g.annotationRow('a regional register of designated persons').click();
  await panel.getByRole('combobox', { name: 'Concept' }).selectOption({ label: 'Обмен данными <script>' });
  await g.waitForSaves();

  await page.getByRole('button', { name: 'Network', exact: true }).click();
  await expect(page.getByRole('img', { name: 'The network: 3 nodes, 2 edges' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Node details' })
    .getByRole('combobox')
    .selectOption({ label: 'Ерлан Садыков' });
  await expect(page.getByText('Degree: 1')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('network.png') });
  await page.getByRole('combobox', { name: /^Network/ }).selectOption({ label: 'Actor congruence' });
  await expect(page.getByRole('img', { name: 'The network: 2 nodes, 1 edge' })).toBeVisible();
  await page.getByRole('combobox', { name: /^Network/ }).selectOption({ label: 'Actor–concept' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export GraphML' }).click();
  const graphml = await readFile((await (await download).path()) as string, 'utf8');
  expect(graphml).toContain('<graphml');
  expect(graphml).toContain('Обмен данными &lt;script&gt;');
});

test('suggested mentions: an inflected name is proposed, accepted as a mention, and undone', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Доклад', 'Садыкову доложили о новых угрозах. Позже Садыкова поддержала Нурланова.');
  await page.getByRole('button', { name: 'Actors', exact: true }).click();
  await page
    .getByRole('button', { name: /Ерлан Садыков/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Suggested mentions' }).click();
  const list = page.getByRole('list', { name: 'Suggested mentions' });
  await expect(list.getByRole('button', { name: 'Accept “Садыкову” in Доклад' })).toBeVisible();
  await list.getByRole('button', { name: 'Accept “Садыкову” in Доклад' }).click();
  await expect(list.getByRole('button', { name: 'Accept “Садыкову” in Доклад' })).toHaveCount(0);
  await list.getByRole('button', { name: 'Reject “Садыкова” in Доклад' }).click();
  await expect(list.getByRole('button', { name: /“Садыкова” in Доклад/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await g.openDocument('Доклад');
  await expect(g.annotationRow('Садыкову')).toHaveCount(1);
  await page.keyboard.press('Control+z'); // the rejection
  await page.keyboard.press('Control+z'); // the accepted mention
  await expect(g.annotationRow('Садыкову')).toHaveCount(0);
});
