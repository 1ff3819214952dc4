import type { Page } from '@playwright/test';
import { translator } from '../shared/i18n/i18n.ts';
import { seedsMissing } from '../shared/testing/read-seed.ts';
import { pageApi } from './coder-server.ts';
import { twoLayersOn003 } from './curation-setup.ts';
import { expect, type GlossatorApp, test } from './fixtures.ts';

/**
 * The Compare view's curation mode, through the window only: two coders on
 * seed 003, Curate on, Merge what agrees in its dialog, the next undecided
 * unit by key, Reject all with a reason typed in the reason box, Undo, and
 * the document marked done; Escape and the keys behind an open merge dialog;
 * the panel in Russian. Screenshots: reports/curation/compare-curate.png and
 * /tmp/curation-compare-{en,ru,merge-ru}.png.
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин';
test.use({ coderName: ANNA });

const count = (page: Page, state: string) =>
  page.locator(`[data-testid=curate-legend] li[data-state=${state}] .cmp-legend-count`);

/** Two coders' layers on seed 003 (Boris's added through the server); the window on its Compare view, Curate on. */
async function twoLayers(app: GlossatorApp): Promise<{ page: Page; documentId: string }> {
  const { page, documentId } = await twoLayersOn003(app, BORIS);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate((id) => {
    location.hash = `#/compare/${id}`;
  }, documentId);
  // As a user does: a click on the switch's label.
  await page.locator('label.cur-switch').click();
  await expect(page.getByTestId('curate-switch')).toBeChecked();
  return { page, documentId };
}

test('curation mode: merge what agrees, reject all by key with a reason, undo, mark done', async ({ app }) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  test.setTimeout(120_000);
  const { page, documentId } = await twoLayers(app);
  await expect(count(page, 'undecided')).toHaveText('4');

  // A modal open turns the view's keys off: X, . and 1 pressed behind the merge dialog do nothing;
  // Escape closes it and the focus is back on the button that opened it.
  await page.getByTestId('merge-open').click();
  await expect(page.getByRole('dialog', { name: 'Merge what agrees' })).toBeVisible();
  for (const key of ['Period', 'KeyX', 'Digit1', 'KeyN']) await page.keyboard.press(key);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('merge-open')).toBeFocused();
  await expect(page.getByTestId('curate-panel')).toHaveCount(0);
  await expect(page.getByTestId('curate-pending')).toHaveCount(0);
  await expect(count(page, 'undecided')).toHaveText('4');
  await expect(count(page, 'decided')).toHaveText('0');

  // Merge what agrees (unanimous, this document): s1 and s4 agree.
  await page.getByTestId('merge-open').click();
  await page.getByTestId('merge-run').click();
  await expect(page.getByTestId('merge-summary')).toBeVisible();
  // Its fields are disabled now; Escape still closes it (it used to fall through to the view).
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Period');
  await expect(page.getByTestId('curate-panel')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('merge-open')).toBeFocused();
  await expect(count(page, 'decided')).toHaveText('2');
  await expect(count(page, 'undecided')).toHaveText('2');
  await expect(page.getByTestId('curation-status')).toHaveAttribute('data-status', 'in-progress');

  // The next undecided unit by key, then Reject all (X): a reason is asked for, typed, and Enter sends.
  await page.keyboard.press('Period');
  await expect(page.getByTestId('curate-state')).toHaveAttribute('data-state', 'undecided');
  await page.screenshot({ path: '/tmp/curation-compare-en.png' });
  await page.keyboard.press('KeyX');
  const reason = page.getByTestId('curate-reason');
  await expect(reason).toBeFocused();
  await reason.fill('Цитата, а не утверждение: правило кодбука 3');
  await reason.press('Enter');
  await expect(count(page, 'decided')).toHaveText('3');
  await expect(page.getByTestId('curate-state')).toHaveAttribute('data-state', 'decided');
  await page.screenshot({ path: 'reports/curation/compare-curate.png' });

  // Undo takes the decision back; the view follows.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(count(page, 'decided')).toHaveText('2');
  await expect(count(page, 'undecided')).toHaveText('2');

  await page.getByTestId('curation-done').click();
  await expect(page.getByTestId('curation-status')).toHaveAttribute('data-status', 'done');
  const log = await pageApi(page)<{ total: number }>('listDecisions', { filter: { documentId } });
  expect(log.total).toBe(2);
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  const t = translator('ru');

  test('the curation panel speaks Russian, with whole words in its narrow columns', async ({ app }) => {
    test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
    test.setTimeout(120_000);
    const { page } = await twoLayers(app);
    await page.getByTestId('merge-open').click();
    const dialog = page.getByRole('dialog', { name: t('compareCurate:mergeTitle') });
    await expect(dialog).toContainText(t('compareCurate:ruleHint-majority'));
    await page.getByTestId('merge-run').click();
    await expect(page.getByTestId('merge-summary')).toContainText('скопированы 2 единицы');
    await page.screenshot({ path: '/tmp/curation-compare-merge-ru.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await page.keyboard.press('Period');
    const panel = page.getByTestId('curate-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('curate-state')).toContainText(t('compareCurate:state-undecided'));
    const you = t('common:coderYou', { name: ANNA });
    await expect(panel.getByRole('button', { name: t('compareCurate:take', { coder: you }) })).toBeVisible();
    await expect(panel.getByRole('button', { name: t('compareCurate:take', { coder: BORIS }) })).toBeVisible();
    await expect(panel.getByTestId('curate-reject')).toContainText(t('compareCurate:rejectAll'));
    await expect(panel).not.toContainText(/Take|Reject|Reason|version/);
    // Each coder's column head keeps its words whole: no line ends inside a word (a word split
    // over two lines has two boxes), and the whole name is in the head's tooltip.
    const heads = page.locator('.cmp-versions thead th');
    await expect(heads).toHaveCount(2);
    await expect(heads.nth(0)).toHaveAttribute('title', you);
    for (const head of await heads.all()) expect(await head.evaluate(splitWords)).toEqual([]);
    expect(await panel.getByTestId(`curate-take-${await coderIdOf(page, BORIS)}`).evaluate(splitWords)).toEqual([]);
    await page.keyboard.press('KeyX');
    await expect(page.getByTestId('curate-pending')).toHaveText(
      t('compareCurate:pending', { action: t('compareCurate:pending-reject-all') }),
    );
    await page.screenshot({ path: '/tmp/curation-compare-ru.png' });
    // The edit form ("Take and edit…") in Russian too, scrolled into view for a look.
    await panel.getByTestId('curate-edit').click();
    await expect(panel).toContainText(t('compareCurate:formStartFrom'));
    // Choosing to edit replaces the Reject all that waited for a reason: one action shown waiting, not two.
    await expect(page.getByTestId('curate-pending')).toHaveCount(0);
    await expect(panel).not.toContainText(/Take|Start|End|version|Use the/);
    await page.locator('.cmp-detail').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: '/tmp/curation-compare-edit-ru.png' });

    // A narrower window: the step buttons wrap rather than run off the edge.
    await page.setViewportSize({ width: 1024, height: 768 });
    const next = page.getByTestId('curate-next');
    const bar = await page.locator('.cmp-bar').boundingBox();
    const box = await next.boundingBox();
    expect(box && bar && box.x + box.width <= bar.x + bar.width).toBe(true);
    await page.screenshot({ path: '/tmp/curation-compare-narrow-ru.png' });
  });
});

/** The words (between spaces and hyphens) of an element's text that a line break cuts in two. */
function splitWords(element: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (range.getClientRects().length > 1) cut.push(match[0]);
    }
  }
  return cut;
}

async function coderIdOf(page: Page, name: string): Promise<string> {
  const project = await pageApi(page)<{ coders: Array<{ id: string; name: string }> }>('getProjectInfo', {});
  return project.coders.find((c) => c.name === name)?.id ?? name;
}
