import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { translator } from '../shared/i18n/i18n.ts';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, startServer, stopServer, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

// Two researchers, each with a project of their own on their own machine: bundles go between them as files.
const ANNA = 'Анна Ковалёва';
// A long name, as Russian full names are: the dialogs must hold it.
const BORIS = 'Борис Александрович Петров-Водкин';
test.use({ coderName: ANNA });
const en = translator('en');
const ru = translator('ru');

const SPEAKER = 'Касым-Жомарт Токаев';
const PROGRAMME =
  'принять программу сотрудничества по противодействию терроризму, сепаратизму и экстремизму на 2025-2027 годы';
const CONFLICTS = 'число региональных и локальных конфликтов выросло почти на 30 процентов';
const ATTENTION = 'пристальное внимание будет уделяться антитеррористической составляющей';
const BORIS_CLAIM = 'В Астане прошла встреча главы государства';
const BORIS_SECOND = 'Это наивысший показатель за последние три десятилетия';
const SCO = 'Токаев призвал страны ШОС';
const CSTO = 'О борьбе с терроризмом, наркотиками';

// A long Russian project name: the dialogs and the Library's header must hold it.
const PROJECT = 'ШОС и ОДКБ: как президенты говорят о терроризме, экстремизме и сепаратизме (2023–2025)';
const CAUSAL_THEIRS = '#aa2200';

const shots = resolve(import.meta.dirname, '..', 'reports', 'bundles');

/** SHA-256 of each coder-layer file of a project (annotations and links), by path. */
async function layerFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && (at !== dir || entry.name === 'documents')) await walk(path);
      else if (entry.isFile() && /^(annotations|links)\.[^.]+\.json$/.test(entry.name)) {
        out[relative(dir, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      }
    }
  };
  await walk(dir);
  return out;
}

/** Library → Export bundle…, with the layers chosen, saved as the browser's download. */
async function exportBundle(page: Page, file: string, layers: 'mine' | string[], screenshot?: string) {
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: en('bundleUi:exportButtonLibrary') }).click();
  const dialog = page.getByRole('dialog', { name: en('bundleUi:exportTitle') });
  await expect(dialog.getByRole('radio', { name: /^All documents/ })).toBeChecked();
  if (layers !== 'mine') {
    await dialog.getByRole('radio', { name: en('bundleUi:layersChosen') }).check();
    const list = dialog.getByRole('list', { name: en('bundleUi:codersToExport') });
    for (const name of layers) await list.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  if (screenshot) await page.screenshot({ path: join(shots, screenshot) });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: en('bundleUi:exportButton') }).click();
  await (await download).saveAs(file);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Saved .*\.glossator/ })).toBeVisible();
}

/** Library → Import bundle…, the file chosen in the page's file picker; the preview dialog. */
async function openBundle(page: Page, file: string, name = en('bundleUi:importTitle')) {
  await page.getByRole('button', { name: /^Library$|^Библиотека$/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Import…|Импорт…)$/ }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog.locator('.bundle-origin')).toBeVisible();
  return dialog;
}

/** Shows a colleague's layer beside mine in the Reader (the Layers control). */
async function showLayer(page: Page, coder: string) {
  await page.locator('.layers-control > button').click();
  await page
    .locator('.layers-list')
    .getByRole('checkbox', { name: new RegExp(coder) })
    .check();
  await page.keyboard.press('Escape');
}

test('a bundle round trip: Anna exports, Boris imports her layer read-only and sends his back, Anna imports it as a layer beside hers; nothing new the second time; undo takes it back', async ({
  app,
  browser,
}, testInfo) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  test.setTimeout(240_000);
  await mkdir(shots, { recursive: true });
  const { page } = app;
  const g = new GlossatorPage(page);

  // Anna imports seeds 003 and 004.
  const seeds = testInfo.outputPath('seeds');
  await mkdir(seeds, { recursive: true });
  const files = [];
  for (const prefix of ['003', '004']) {
    const path = join(seeds, `${prefix}.txt`);
    await writeFile(path, readSeed(prefix, 'raw'));
    files.push(path);
  }
  await page.getByRole('button', { name: 'Import files…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import files' });
  await importDialog.getByLabel('Files to import').setInputFiles(files);
  await importDialog.getByRole('button', { name: 'Import 2 files' }).click();
  await expect(importDialog.locator('.import-summary')).toContainText('Imported 2 documents');
  await importDialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Rename the project' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename the project' });
  await rename.getByLabel('Project name').fill(PROJECT);
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.locator('.library-title h1')).toHaveText(PROJECT);

  // In 004: the speaker as an actor, a claim, and a proposal with speaker and stance.
  await g.documentRow(SCO).click();
  await g.selectByMouse(SPEAKER);
  await page.keyboard.press('c');
  const newActor = page.getByRole('dialog', { name: 'New actor' });
  await expect(newActor.getByLabel('Canonical name')).toHaveValue(SPEAKER);
  await page.keyboard.press('Enter');
  await expect(newActor).toBeHidden();
  await g.waitForSaves();
  await g.selectByMouse(CONFLICTS);
  await page.keyboard.press('1');
  await g.waitForSaves();
  await g.selectByMouse(PROGRAMME);
  await page.keyboard.press('2');
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await expect(panel.getByLabel('Tag', { exact: true })).toHaveValue('proposal');
  await page.keyboard.press('s');
  const speaker = page.getByRole('dialog', { name: 'Speaker' });
  await page.keyboard.type('Токаев');
  await expect(speaker.getByRole('option').first()).toContainText(SPEAKER);
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('detail-speaker')).toHaveText(SPEAKER);
  await page.keyboard.press('t');
  await page.keyboard.type('1');
  await expect(panel.getByLabel(/Stance/)).toHaveValue('supports');
  await g.waitForSaves();

  // In 003: a claim, linked to the proposal.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await g.documentRow(CSTO).click();
  await g.selectByMouse(ATTENTION);
  await page.keyboard.press('1');
  await g.waitForSaves();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link to another annotation' });
  await picker.getByRole('combobox', { name: 'Find the annotation to link to' }).fill('программу сотрудничества');
  await picker.getByRole('option').filter({ hasText: 'принять программу сотрудничества' }).click();
  await picker.getByLabel('Link type').selectOption({ label: 'Elaborates' });
  await picker.getByRole('button', { name: 'Create link' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('img', { name: '1 link' })).toBeVisible();

  // Anna exports her layer.
  const annasBundle = testInfo.outputPath('anna.glossator');
  await exportBundle(page, annasBundle, 'mine', 'export-dialog-en.png');

  // Boris, in a project of his own (another machine, another coder), imports it.
  const borisDir = await mkdtemp(join(tmpdir(), 'glossator-e2e-boris-'));
  const borisConfig = await mkdtemp(join(tmpdir(), 'glossator-e2e-boris-config-'));
  const server = await startServer(borisDir, borisConfig, ['--coder', BORIS], process.env);
  const boris = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await boris.goto(server.url);
    const b = new GlossatorPage(boris);
    const preview = await openBundle(boris, annasBundle);
    await expect(preview.locator('.bundle-origin')).toContainText(ANNA);
    const annaRow = preview.getByRole('row', { name: new RegExp(ANNA) });
    await expect(annaRow.getByRole('combobox')).toHaveValue('new');
    await expect(annaRow.getByRole('combobox').locator('option:checked')).toHaveText(
      en('bundleUi:defaultOption', { label: en('bundleUi:newLayer') }),
    );
    await expect(preview.locator('summary').filter({ hasText: /^New: \d+ documents?$/ })).toBeVisible();
    await boris.screenshot({ path: join(shots, 'import-preview-en.png') });
    await preview.getByRole('button', { name: en('bundleUi:import'), exact: true }).click();
    await expect(preview.locator('.bundle-summary')).toContainText(`Imported from ${ANNA}: 2 documents`);
    await preview.getByRole('button', { name: en('bundleUi:done') }).click();
    await expect(preview).toBeHidden();

    // Anna's layer in Boris's Reader: shown when he asks, read-only.
    await b.documentRow(SCO).click();
    await showLayer(boris, ANNA);
    await expect(b.annotationRow(CONFLICTS)).toBeVisible();
    await b.annotationRow(CONFLICTS).click();
    await expect(boris.getByText(en('reader:readOnlyLayer', { coder: ANNA }))).toBeVisible();
    await boris.keyboard.press('Escape');

    // Boris's own claim, then his bundle with both layers (Anna's comes back to her as her own).
    await b.selectByMouse(BORIS_CLAIM);
    await boris.keyboard.press('1');
    await b.waitForSaves();
    // He also recolours a tag: in Anna's preview a difference to decide.
    await boris.getByRole('button', { name: 'Codebook' }).click();
    await boris.getByRole('tree', { name: 'Tags' }).getByRole('treeitem', { name: 'Causal', exact: true }).click();
    await boris.getByLabel('Colour').fill(CAUSAL_THEIRS);
    await expect(boris.getByLabel('Colour')).toHaveValue(CAUSAL_THEIRS);
    const borisBundle = testInfo.outputPath('boris.glossator');
    await exportBundle(boris, borisBundle, [BORIS, ANNA]);

    // Anna imports Boris's bundle; her own layer files do not change.
    const before = await layerFiles(app.projectDir);
    const fromBoris = await openBundle(page, borisBundle);
    await expect(fromBoris.locator('.bundle-origin')).toContainText(BORIS);
    await expect(fromBoris.getByRole('row', { name: new RegExp(ANNA) })).toContainText(en('bundleUi:mineIgnored'));
    await expect(fromBoris.getByRole('row', { name: new RegExp(BORIS) }).getByRole('combobox')).toHaveValue('new');
    const causal = fromBoris.getByRole('combobox', { name: /^Causal/ });
    await expect(causal).toHaveValue('ours');
    await expect(causal.locator('option:checked')).toHaveText(
      en('bundleUi:defaultOption', { label: en('bundleUi:keepOurs') }),
    );
    await expect(fromBoris).toContainText(en('bundleUi:differsIn', { fields: 'colour' }));
    await causal.selectOption('theirs');
    await page.screenshot({ path: join(shots, 'import-preview-back-en.png') });
    await fromBoris.getByRole('button', { name: en('bundleUi:import'), exact: true }).click();
    await expect(fromBoris.locator('.bundle-summary')).toContainText(`Imported from ${BORIS}:`);
    await fromBoris.getByRole('button', { name: en('bundleUi:done') }).click();
    const after = await layerFiles(app.projectDir);
    for (const [path, hash] of Object.entries(before)) expect(after[path], path).toBe(hash);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);

    // Their colour taken, as chosen.
    await page.getByRole('button', { name: 'Codebook' }).click();
    await page.getByRole('tree', { name: 'Tags' }).getByRole('treeitem', { name: 'Causal', exact: true }).click();
    await expect(page.getByLabel('Colour')).toHaveValue(CAUSAL_THEIRS);

    // Boris's layer beside Anna's in her Reader.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await g.documentRow(SCO).click();
    await showLayer(page, BORIS);
    await expect(g.annotationRow(BORIS_CLAIM)).toBeVisible();
    await expect(g.annotationRow(PROGRAMME)).toBeVisible();
    await page.screenshot({ path: join(shots, 'reader-two-layers-en.png') });

    // The same bundle again, dropped on the window: nothing new, Import disabled.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await dropFile(page, borisBundle);
    const again = page.getByRole('dialog', { name: en('bundleUi:importTitle') });
    await expect(again.getByText(en('bundleUi:nothingNew'))).toBeVisible();
    await expect(again.getByRole('button', { name: en('bundleUi:import'), exact: true })).toBeDisabled();
    await again.getByRole('button', { name: 'Cancel' }).click();
    await expect(again).toBeHidden();

    // In Russian: the export dialog; then undo takes the import back, and the preview offers it again.
    await g.switchToRussian(ANNA);
    await page.getByRole('button', { name: ru('bundleUi:exportButtonLibrary') }).click();
    const exportRu = page.getByRole('dialog', { name: ru('bundleUi:exportTitle') });
    await expect(exportRu).toContainText(ru('bundleUi:layersLegend'));
    await page.screenshot({ path: join(shots, 'export-dialog-ru.png') });
    await exportRu.getByRole('button', { name: ru('common:cancel') }).click();
    await expect(exportRu).toBeHidden();

    await g.documentRow(SCO).click();
    await expect(g.annotationRow(BORIS_CLAIM)).toBeVisible();
    await page.screenshot({ path: join(shots, 'reader-two-layers-ru.png') });
    await page.locator('.reader-text').focus();
    await page.keyboard.press('Control+z');
    await expect(g.annotationRow(BORIS_CLAIM)).toHaveCount(0);
    await expect(g.annotationRow(PROGRAMME)).toBeVisible();
    const undone = await layerFiles(app.projectDir);
    for (const [path, hash] of Object.entries(before)) expect(undone[path], path).toBe(hash);

    const previewRu = await openBundle(page, borisBundle, ru('bundleUi:importTitle'));
    await expect(previewRu.getByRole('row', { name: new RegExp(BORIS) }).getByRole('combobox')).toHaveValue('new');
    await expect(previewRu.getByText(ru('bundleUi:nothingNew'))).toHaveCount(0);
    await page.screenshot({ path: join(shots, 'import-preview-ru.png') });
    await previewRu.getByRole('button', { name: ru('common:cancel') }).click();
    await expect(previewRu).toBeHidden();
    expect(await layerFiles(app.projectDir)).toEqual(undone);

    // Boris's layer back; then a newer bundle from him, with a claim taken back: it replaces part of his layer
    // here, which the preview says and Import asks (D9). Anna's own layer is still untouched.
    const back = await openBundle(page, borisBundle, ru('bundleUi:importTitle'));
    await back.getByRole('button', { name: ru('bundleUi:import'), exact: true }).click();
    await back.getByRole('button', { name: ru('bundleUi:done') }).click();
    await b.documentRow(SCO).click();
    await b.annotationRow(BORIS_CLAIM).click();
    await boris.locator('.reader-text').focus();
    await boris.keyboard.press('Delete');
    await expect(b.annotationRow(BORIS_CLAIM)).toHaveCount(0);
    await b.selectByMouse(BORIS_SECOND);
    await boris.keyboard.press('1');
    await b.waitForSaves();
    const newer = testInfo.outputPath('boris-newer.glossator');
    await exportBundle(boris, newer, [BORIS, ANNA]);

    await page.setViewportSize({ width: 1920, height: 1080 });
    const replacing = await openBundle(page, newer, ru('bundleUi:importTitle'));
    const row = replacing.getByRole('row', { name: new RegExp(BORIS) });
    // His layer goes where it went before: onto him, not a new layer.
    await expect(row.getByRole('combobox')).not.toHaveValue('new');
    const layers = replacing.getByRole('region', { name: ru('bundleUi:layersHeading') });
    await expect(layers).toContainText(`Заменит слой кодировщика ${BORIS}`);
    await page.screenshot({ path: join(shots, 'import-preview-replaces-ru-1920.png') });
    await replacing.getByRole('button', { name: ru('bundleUi:import'), exact: true }).click();
    const ask = page.getByRole('alertdialog');
    await expect(ask).toContainText(`слой кодировщика ${BORIS}`);
    await ask.getByRole('button', { name: ru('bundleUi:replaceAndImport') }).click();
    await expect(replacing.locator('.bundle-summary')).toContainText('удалено 1 аннотация');
    await replacing.getByRole('button', { name: ru('bundleUi:done') }).click();
    await g.documentRow(SCO).click();
    await expect(g.annotationRow(BORIS_SECOND)).toBeVisible();
    await expect(g.annotationRow(BORIS_CLAIM)).toHaveCount(0);
    const replaced = await layerFiles(app.projectDir);
    for (const [path, hash] of Object.entries(before)) expect(replaced[path], path).toBe(hash);
  } finally {
    await boris.close();
    await stopServer(server.proc);
    await rm(borisDir, { recursive: true, force: true });
    await rm(borisConfig, { recursive: true, force: true });
  }
});

/** Drops a file on the window as the desktop would (a drag carrying Files). */
async function dropFile(page: Page, path: string) {
  const bytes = (await readFile(path)).toString('base64');
  const name = path.split('/').at(-1) ?? 'bundle.glossator';
  await page.evaluate(
    ({ bytes, name }) => {
      const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/zip' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { bytes, name },
  );
}
