import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

// Written for these tests (never copied from the seeds): three statements on their own lines.
const text = [
  'Токаев предложил принять программу сотрудничества.',
  'Министр призвал усилить обмен данными о вербовке.',
  'Эксперты считают, что профилактика работает лучше запретов.',
].join('\n');

/** The memo of the annotation on `exact`, read from its side panel after clicking it in the list. */
async function memoOf(page: Page, g: GlossatorPage, exact: string): Promise<string> {
  await g.annotationRow(exact).click();
  return page.getByLabel(/^Memo/).inputValue();
}

test('after a memo, a new tag and `s` open the speaker picker: no key lands in a memo', async ({ app }) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Три заявления', text);

  // Tag a span, m, type a memo, Esc, Esc: exactly the sequence that wrote "s" into the next memo.
  await g.selectByMouse('принять программу');
  await page.keyboard.press('2');
  await expect(g.annotationRow('принять программу')).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.getByLabel(/^Memo/)).toBeFocused();
  await page.keyboard.type('первая заметка');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader-text')).toBeFocused();

  await g.selectByMouse('усилить обмен');
  await page.keyboard.press('2');
  await expect(g.annotationRow('усилить обмен')).toBeVisible();
  await expect(page.getByLabel(/^Memo/)).not.toBeFocused();
  await page.keyboard.press('s');
  const speaker = page.getByRole('dialog', { name: 'Speaker' });
  await expect(speaker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(speaker).toBeHidden();

  // The other pickers, after the same memo: a, t, g open; none types into a memo.
  await g.selectByMouse('профилактика');
  await page.keyboard.press('a');
  await expect(page.getByRole('dialog', { name: 'Actor mentioned' })).toBeVisible();
  await page.keyboard.press('Escape');
  await g.selectByMouse('профилактика');
  await page.keyboard.press('g');
  await expect(page.getByRole('dialog', { name: 'Tag' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Clicking an annotation when nothing was selected does not move the focus into its memo either.
  await g.annotationRow('принять программу').click();
  await expect(page.getByLabel(/^Memo/)).not.toBeFocused();
  await page.locator('.reader-text').focus();
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: 'Stance' })).toBeVisible();
  await page.keyboard.press('Escape');

  await g.waitForSaves();
  expect(await memoOf(page, g, 'усилить обмен')).toBe('');
  expect(await memoOf(page, g, 'принять программу')).toBe('первая заметка');
  // The last step is the tag, not a memo edit.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Tag as/);
});

test('t then one digit sets the stance and closes; n past the last annotation goes back to the first and says so', async ({
  app,
}) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Два заявления', text);
  await g.selectByMouse('принять программу');
  await page.keyboard.press('2');
  await g.selectByMouse('усилить обмен');
  await page.keyboard.press('2');
  await expect(g.annotationRows()).toHaveCount(2);

  // The second proposal is selected (just tagged): t, then 2 — no Enter.
  await page.keyboard.press('t');
  const stance = page.getByRole('dialog', { name: 'Stance' });
  await expect(stance).toBeVisible();
  await page.keyboard.press('2');
  await expect(stance).toBeHidden();
  await expect(page.locator('#detail-stance')).toHaveValue('opposes');

  // n at the last annotation: round to the first, with a notice.
  await page.locator('.reader-text').focus();
  await page.keyboard.press('n');
  await expect(page.locator('.notice').filter({ hasText: 'back to the first' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected annotation' }).locator('.detail-quote')).toContainText(
    'принять программу',
  );
});

test('the speaker is suggested from a registry name after the statement, untagged («…», — заявил Садыков)', async ({
  app,
}) => {
  const { page } = app;
  const g = new GlossatorPage(page);
  await g.addText('Цитата', '«Нужно усилить обмен данными между службами», — заявил Садыков на брифинге.');
  await g.selectByMouse('Нужно усилить обмен данными между службами');
  await page.keyboard.press('2');
  const panel = page.getByRole('region', { name: 'Selected annotation' });
  await expect(panel.locator('.suggestion')).toContainText(
    'Suggested speaker: Ерлан Садыков (named after the statement)',
  );
  await page.keyboard.press('s');
  const speaker = page.getByRole('dialog', { name: 'Speaker' });
  await expect(speaker.getByRole('option').first()).toContainText('Ерлан Садыков');
  await page.keyboard.press('Enter');
  await expect(speaker).toBeHidden();
  await expect(panel.getByTestId('detail-speaker')).toHaveText('Ерлан Садыков');
});
