import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { asCoder, callFromPage } from './coder-server.ts';
import { expect, type GlossatorApp, test } from './fixtures.ts';

/**
 * The codebook comparison in the Agreement view: coder A (a long Russian
 * name) tags seed 004 with a tag of their own and a sub-tag; the fixture's
 * coder B tags it with the codebook's tags. B compares the two, maps A's tag
 * onto B's, sees the lists change, undoes and removes the mapping.
 */
const coderA = 'Анастасия Владимировна Колесникова-Щербакова';
const coderB = 'Борис Игоревич Шестаков';
const shots = resolve(import.meta.dirname, '..', 'reports', 'tag-mapping');

test.use({ coderName: coderB });

const spansOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
};

/** A adds seed 004 and tags it (their own tag «Угроза региональной стабильности и безопасности» too); B tags it. */
async function twoCoders(app: GlossatorApp): Promise<{ ownTag: string }> {
  const text = readSeed('004');
  const title = text.split('\n')[0] as string;
  let ownTag = '';
  await app.restart(() =>
    asCoder(app.projectDir, coderA, async (call) => {
      const doc = await call<{ id: string }>('addDocument', { title, text });
      const tag = await call<{ id: string }>('createTag', {
        name: 'Угроза региональной стабильности и безопасности',
        parent: 'claim',
      });
      ownTag = tag.id;
      await call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...spansOf(text, 'Борьба с терроризмом') });
      await call('createAnnotation', {
        documentId: doc.id,
        tagId: tag.id,
        ...spansOf(text, 'региональная стабильность'),
      });
      await call('createAnnotation', {
        documentId: doc.id,
        tagId: 'claim-causal',
        ...spansOf(text, 'реальным действиям'),
      });
    }),
  );
  const page = app.page;
  await expect(page.locator('.library')).toBeVisible();
  const documents = await callFromPage<Array<{ id: string; title: string }>>(page, 'listDocuments', {});
  const doc = documents.find((d) => d.title === title);
  expect(doc).toBeTruthy();
  const id = doc?.id as string;
  await callFromPage(page, 'createAnnotation', {
    documentId: id,
    tagId: 'claim',
    ...spansOf(text, 'Борьба с терроризмом'),
  });
  await callFromPage(page, 'createAnnotation', {
    documentId: id,
    tagId: 'claim-threat-assessment',
    ...spansOf(text, 'региональная стабильность'),
  });
  await callFromPage(page, 'createAnnotation', {
    documentId: id,
    tagId: 'proposal',
    ...spansOf(text, 'реальным действиям'),
  });
  return { ownTag };
}

test('codebook comparison: lists per coder, a mapping made with the picker, undone, made again and removed', async ({
  app,
}) => {
  if (seedsMissing) test.skip(true, seedsMissing);
  await mkdir(shots, { recursive: true });
  await twoCoders(app);
  const page = app.page;
  // Reloaded so the window knows A (the project's coders and codebook are read at start).
  await page.reload();
  await page.evaluate(() => {
    location.hash = '#/agreement';
  });
  const section = page.locator('section.codebook-comparison');
  await expect(section).toBeVisible();
  await section.scrollIntoViewIfNeeded();

  // Choose A against B (the order the window offers may be either).
  const [first, second] = await section.locator('.cbc-pair select').all();
  await first?.selectOption({ label: coderA });
  await second?.selectOption({ label: `${coderB} (you)` });
  const onlyA = section.getByRole('region', { name: `Only ${coderA} used` });
  const onlyB = section.getByRole('region', { name: `Only ${coderB} (you) used` });
  const both = section.getByRole('region', { name: 'Both used' });
  await expect(onlyA.locator('.cbc-tag')).toHaveCount(2);
  await expect(onlyA).toContainText('Угроза региональной стабильности и безопасности');
  await expect(onlyA).toContainText('Causal');
  await expect(onlyB).toContainText('Threat assessment');
  await expect(onlyB).toContainText('Proposal');
  await expect(both).toContainText('Claim');
  await expect(section.getByRole('region', { name: 'Mappings' })).toContainText('No mappings yet');
  await section.screenshot({ path: `${shots}/comparison-before.png` });

  // Map A's own tag onto B's «Threat assessment» with the picker: B's tags come first.
  await onlyA.getByRole('button', { name: /Map .* Угроза региональной/ }).click();
  const picker = page.locator('.picker-backdrop');
  await expect(picker).toBeVisible();
  // (The sample texts hold B's annotations too: counts include them.)
  await expect(picker.locator('[role=option]').first()).toContainText(`${coderB} (you):`);
  await page.screenshot({ path: `${shots}/picker.png` });
  await page.keyboard.type('threat');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const mappings = section.getByRole('region', { name: 'Mappings' });
  await expect(mappings.locator('.cbc-mapping')).toHaveCount(1);
  await expect(mappings).toContainText('counts as');
  await expect(onlyA.locator('.cbc-tag')).toHaveCount(1);
  await expect(both).toContainText('Threat assessment');
  await expect(both).toContainText('with Угроза региональной стабильности и безопасности (mapped)');
  await section.screenshot({ path: `${shots}/comparison-mapped.png` });

  // Undo (the window's Undo) takes it back; the section follows.
  await page.keyboard.press('Control+z');
  await expect(mappings.locator('.cbc-mapping')).toHaveCount(0);
  await expect(onlyA.locator('.cbc-tag')).toHaveCount(2);

  // Map A's «Causal» onto «Proposal», change it to «Claim», then remove it.
  await onlyA.getByRole('button', { name: /Map .* Causal/ }).click();
  await page.keyboard.type('Proposal');
  await page.keyboard.press('Enter');
  await expect(mappings.locator('.cbc-mapping')).toHaveCount(1);
  await mappings.getByRole('button', { name: /Change what .* Causal/ }).click();
  await page.keyboard.type('Claim');
  await page.keyboard.press('Enter');
  await expect(mappings.locator('.cbc-mapping')).toHaveCount(1);
  await expect(mappings.locator('.cbc-mapping-tags')).toContainText('Claim');
  await mappings.getByRole('button', { name: /Remove the mapping .* Causal/ }).click();
  await expect(mappings.locator('.cbc-mapping')).toHaveCount(0);
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the comparison in Russian: long names fit, counts with their plurals', async ({ app }) => {
    if (seedsMissing) test.skip(true, seedsMissing);
    await mkdir(shots, { recursive: true });
    await twoCoders(app);
    const page = app.page;
    await page.reload();
    await page.evaluate(() => {
      location.hash = '#/agreement';
    });
    const section = page.locator('section.codebook-comparison');
    await expect(section).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Соответствие тегов' })).toBeVisible();
    await expect(section).toContainText('1 раз');
    const [first, second] = await section.locator('.cbc-pair select').all();
    await first?.selectOption({ label: coderA });
    await second?.selectOption({ label: `${coderB} (вы)` });
    await section.getByRole('button', { name: /Сопоставить тег Угроза региональной/ }).click();
    await page.keyboard.press('Enter');
    await expect(section.locator('.cbc-mapping')).toHaveCount(1);
    // Nothing wider than the section: long names wrap or are cut with their full text in a tooltip.
    const overflow = await section.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await section.screenshot({ path: `${shots}/comparison-ru.png` });
  });
});
