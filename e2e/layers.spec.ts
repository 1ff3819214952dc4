import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { asCoder, envelopeFromPage } from './coder-server.ts';
import { expect, type GlossatorApp, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

/**
 * Two coders on one project folder: A (a long Russian name, which must fit
 * wherever it shows) serves the folder first and annotates a seed article;
 * then B (the fixture's coder) opens it. B sees A's layer only when shown,
 * read-only, with A's name; the core refuses B's edits of it.
 */
const coderA = 'Анастасия Владимировна Колесникова-Щербакова';
const coderB = 'Борис Игоревич Шестаков';
const shots = resolve(import.meta.dirname, '..', 'reports', 'layers');

test.use({ coderName: coderB });

/** The seed's spans A tags: two overlapping, one further on. */
const spansOfA = [
  { words: 'сотрудничества по противодействию международному терроризму', tagId: 'claim' },
  { words: 'международному терроризму и экстремизму', tagId: 'proposal', note: 'Приоритет председательства' },
  { words: 'пристальное внимание будет уделяться антитеррористической составляющей', tagId: 'claim' },
];

/** The annotations drawn in the text (one may take several DOM spans where spans overlap). */
function drawn(page: Page, selector = '.reader-text .ann'): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((spans) => new Set(spans.map((s) => s.getAttribute('data-annotation-id'))).size);
}

/** Stops the fixture's server (coder B), serves the folder as A, who adds the seed article and tags it; B again. */
async function annotateAsA(app: GlossatorApp): Promise<{ title: string; idsOfA: string[]; documentId: string }> {
  const text = readSeed('003');
  const title = text.split('\n')[0] as string;
  const idsOfA: string[] = [];
  let documentId = '';
  await app.restart(() =>
    asCoder(app.projectDir, coderA, async (call) => {
      const doc = await call<{ id: string }>('addDocument', { title, text });
      documentId = doc.id;
      for (const span of spansOfA) {
        const start = text.indexOf(span.words);
        expect(start).toBeGreaterThanOrEqual(0);
        const annotation = await call<{ id: string }>('createAnnotation', {
          documentId,
          tagId: span.tagId,
          start,
          end: start + span.words.length,
        });
        if (span.note) await call('updateAnnotation', { annotationId: annotation.id, note: span.note });
        idsOfA.push(annotation.id);
      }
      await call('createLink', { fromId: idsOfA[0], toId: idsOfA[2], typeId: 'elaborates' });
    }),
  );
  return { title, idsOfA, documentId };
}

test("a colleague's layer: hidden by default, shown on request beside mine, read-only, with their name; the core refuses edits", async ({
  app,
}) => {
  if (seedsMissing) {
    console.log(`layers.spec: skipped, ${seedsMissing}`);
    test.skip(true, seedsMissing);
  }
  await mkdir(shots, { recursive: true });
  const { title, idsOfA, documentId } = await annotateAsA(app);
  let page = app.page;
  const g = new GlossatorPage(page);

  // The Library says who annotated the article: A's chip, A's full name in its tooltip.
  const row = g.documentRow(title);
  await expect(row.locator('.coder-chip')).toHaveCount(1);
  await expect(row.locator('.coder-chips')).toHaveAttribute('title', `Annotated by ${coderA}`);
  await expect(row.locator('.coder-chip')).toHaveText('АВ');

  // My layer alone by default: none of A's spans drawn, none listed.
  await g.openDocument(title);
  await expect.poll(() => drawn(page, '.reader-text .ann')).toBe(0);
  await expect(g.annotationRows()).toHaveCount(0);
  // B tags words inside A's first span: overlapping layers, each with its underline row.
  await g.selectByMouse('сотрудничества по противодействию');
  await page.keyboard.press('2');
  await g.waitForSaves();
  await expect.poll(() => drawn(page, '.reader-text .ann')).toBe(1);

  // Show A's layer: the list gives each coder with their count in this document.
  const layersButton = page.getByRole('button', { name: 'Layers: 1' });
  await layersButton.click();
  const list = page.getByRole('group', { name: 'Show the layers of' });
  await expect(list.getByRole('checkbox', { name: new RegExp(`${coderB} \\(you\\)`) })).toBeDisabled();
  const showA = list.getByRole('checkbox', { name: new RegExp(coderA) });
  await expect(list.locator('.layer-row', { hasText: coderA })).toContainText('3 annotations here');
  await showA.check();
  await expect(page.getByRole('button', { name: 'Layers: 2' })).toBeVisible();
  await expect.poll(() => drawn(page, '.reader-text .ann')).toBe(4);
  await expect.poll(() => drawn(page, '.reader-text .ann-other')).toBe(3);
  await expect(g.annotationRows()).toHaveCount(4);
  // Overlaps keep working: nested spans of both layers, each on its own underline row.
  const rowsOf = await page
    .locator('.reader-text .ann')
    .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).style.getPropertyValue('--layer').trim()));
  expect(new Set(rowsOf).size).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: `${shots}/reader-layers-list.png` });
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // Hovering A's span names A's layer, read-only.
  const spanOfA = page.locator(`.reader-text .ann-other[data-annotation-id="${idsOfA[2]}"]`);
  await spanOfA.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText(`Read-only: ${coderA}’s layer`);
  await page.screenshot({ path: `${shots}/reader-two-layers-hover.png` });

  // Selected, A's annotation is shown as it is: no tag select, no Delete, no memo field; A's name on top.
  await spanOfA.click();
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await expect(panel.getByTestId('layer-owner')).toHaveText(`Read-only: ${coderA}’s layer`);
  await expect(panel.locator('#detail-tag')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(panel.locator('textarea')).toHaveCount(0);
  // A's link from another of A's annotations: listed, without Edit or Delete.
  await expect(panel.locator('.link-item')).toHaveCount(1);
  await expect(panel.locator('.link-item .link-actions')).toHaveCount(0);
  await expect(panel.locator('.link-coder')).toHaveText(coderA);
  await page.screenshot({ path: `${shots}/reader-two-layers-panel.png` });
  // The keys that would change it say why they do not; it stays.
  await page.locator('.reader-text').focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('.notices')).toContainText(`Read-only: ${coderA}’s layer`);
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => drawn(page, '.reader-text .ann-other')).toBe(3);
  // A's rows in the list have no ×; mine has.
  await expect(page.locator('.annotation-row .annotation-delete')).toHaveCount(1);
  await expect(page.locator('.annotation-row .annotation-coder')).toHaveCount(3);

  // The core refuses an edit of A's annotation, whatever the window shows, and names A.
  const refused = await envelopeFromPage(page, 'updateAnnotation', { annotationId: idsOfA[1], note: 'B was here' });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('forbidden');
  expect(refused.error?.message).toContain(coderA);
  const deleted = await envelopeFromPage(page, 'deleteAnnotation', { annotationId: idsOfA[0], withLinks: true });
  expect(deleted.error?.code).toBe('forbidden');

  // The Links view lists A's link with A's name, not with Edit and Delete.
  await page.getByRole('button', { name: 'Links', exact: true }).click();
  const linkRow = page.locator('.link-table-row', { hasText: `Read-only: ${coderA}’s layer` });
  await expect(linkRow).toHaveCount(1);
  await expect(linkRow.getByRole('button', { name: /^(Edit|Delete)/ })).toHaveCount(0);

  // The choice is remembered for the project: after a restart A's layer is shown again.
  page = await app.restart();
  const again = new GlossatorPage(page);
  await again.openDocument(title);
  await expect.poll(() => drawn(page, '.reader-text .ann-other')).toBe(3);
  const memo = await envelopeFromPage(page, 'listAnnotations', { documentId });
  expect(JSON.stringify(memo)).toContain('Приоритет председательства');
  expect(JSON.stringify(memo)).not.toContain('B was here');
  // Hidden again: my layer alone.
  await page.getByRole('button', { name: 'Layers: 2' }).click();
  await page
    .getByRole('group', { name: 'Show the layers of' })
    .getByRole('checkbox', { name: new RegExp(coderA) })
    .uncheck();
  await expect.poll(() => drawn(page, '.reader-text .ann')).toBe(1);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.screenshot({ path: `${shots}/library-coders.png` });
  // The Library's coder filter works on layers: A's layer is in the seed article only.
  await page
    .locator('select', { has: page.locator('option', { hasText: 'Any coder' }) })
    .selectOption({ label: coderA });
  await expect(page.locator('button.doc-row')).toHaveCount(1);
  await expect(g.documentRow(title)).toBeVisible();
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the layers list, the hover card and the read-only panel fit a long Russian name', async ({ app }) => {
    if (seedsMissing) {
      console.log(`layers.spec: skipped, ${seedsMissing}`);
      test.skip(true, seedsMissing);
    }
    await mkdir(shots, { recursive: true });
    const { title, idsOfA } = await annotateAsA(app);
    const page = app.page;
    const g = new GlossatorPage(page);
    await expect(g.documentRow(title).locator('.coder-chips')).toHaveAttribute('title', `Аннотировали: ${coderA}`);
    await page.screenshot({ path: `${shots}/library-coders-ru.png` });
    await g.openDocument(title);
    await page.getByRole('button', { name: 'Слои: 1' }).click();
    const list = page.getByRole('group', { name: 'Показать слои' });
    await expect(list.locator('.layer-row', { hasText: coderA })).toContainText('здесь 3 аннотации');
    await list.getByRole('checkbox', { name: new RegExp(coderA) }).check();
    await expect.poll(() => drawn(page, '.reader-text .ann-other')).toBe(3);
    await page.screenshot({ path: `${shots}/reader-layers-list-ru.png` });
    await page.keyboard.press('Escape');
    const spanOfA = page.locator(`.reader-text .ann-other[data-annotation-id="${idsOfA[2]}"]`);
    await spanOfA.click();
    await spanOfA.hover();
    await expect(page.getByRole('tooltip')).toContainText(`Только для чтения: слой «${coderA}»`);
    const panel = page.getByRole('complementary');
    await expect(panel.getByTestId('layer-owner')).toHaveText(`Только для чтения: слой «${coderA}»`);
    // Nothing of the panel runs out of it: the name wraps inside the side panel.
    const [owner, aside] = await Promise.all([
      panel.getByTestId('layer-owner').boundingBox(),
      panel.first().boundingBox(),
    ]);
    expect(owner && aside && owner.x + owner.width <= aside.x + aside.width + 0.5).toBe(true);
    await page.screenshot({ path: `${shots}/reader-two-layers-ru.png` });
  });
});
