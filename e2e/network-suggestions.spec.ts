import { readFile, rm } from 'node:fs/promises';
import { writeNetworkProject } from '../bench/network-bench.ts';
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
  // Both statements under the new concept, beside the sample's statement on border monitoring.
  await expect(page.getByRole('img', { name: 'The network: 5 nodes, 3 edges' })).toBeVisible();
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
  expect((await download).suggestedFilename()).toMatch(/ actor-concept network\.graphml$/);
  const graphml = await readFile((await (await download).path()) as string, 'utf8');
  expect(graphml).toContain('<graphml');
  expect(graphml).toContain('Обмен данными &lt;script&gt;');
});

test('a network of hundreds of actors is drawn on the overview canvas: click, select, zoom, drag and export it', async ({
  app,
}, testInfo) => {
  // 330 actors with one statement each on the same concept: 331 nodes, over the force layout's limit.
  const page = await app.restart(async () => {
    await rm(app.projectDir, { recursive: true, force: true });
    writeNetworkProject(app.projectDir, { actors: 330, concepts: 1, documents: 66 });
  });
  await page.getByRole('button', { name: 'Network', exact: true }).click();
  const drawing = page.getByRole('img', { name: 'The network: 331 nodes, 330 edges' });
  await expect(drawing).toBeVisible();
  await expect(page.getByText(/large network: drawn as an overview/)).toBeVisible();
  // It opens at once in two columns, then settles by force; the view follows it.
  await expect(page.getByText('Arranging…')).toBeHidden({ timeout: 20_000 });
  const details = page.getByRole('region', { name: 'Node details' });
  const box = (await drawing.boundingBox()) as { x: number; y: number; width: number; height: number };
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

  // Chosen from the list, a node comes to the middle, where a click selects it; a click on empty canvas clears.
  await details.getByRole('combobox').selectOption({ label: 'Концепт 0' });
  await expect(details.getByRole('heading', { name: 'Концепт 0' })).toBeVisible();
  await expect(details.getByText('Degree: 330')).toBeVisible();
  await page.mouse.click(box.x + 5, box.y + 5);
  await expect(details.getByText('Click a node to see its details.')).toBeVisible();
  await page.mouse.click(centre.x, centre.y);
  await expect(details.getByRole('heading', { name: 'Концепт 0' })).toBeVisible();

  // Zooming towards the pointer keeps the concept under it; dragging it moves it there.
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await page.mouse.click(box.x + 5, box.y + 5);
  await page.mouse.click(centre.x, centre.y);
  await expect(details.getByRole('heading', { name: 'Концепт 0' })).toBeVisible();
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 150, centre.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.mouse.click(box.x + 5, box.y + 5);
  await page.mouse.click(centre.x - 150, centre.y + 40);
  await expect(details.getByRole('heading', { name: 'Концепт 0' })).toBeVisible();
  await page.mouse.click(centre.x, centre.y);
  await expect(details.getByRole('heading', { name: 'Концепт 0' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('large-network.png') });

  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const pngBytes = await readFile((await (await png).path()) as string);
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(10_000);
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svgText = await readFile((await (await svg).path()) as string, 'utf8');
  expect(svgText.match(/<ellipse /g)).toHaveLength(330);
  expect(svgText).toContain('>Актор 329</text>');
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
