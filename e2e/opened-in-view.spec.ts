import type { Page } from '@playwright/test';
import { readSeed, seedPrefixes, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, test } from './fixtures.ts';
import { GlossatorPage } from './reader-page.ts';

/** Whether the flashed target lies inside the Reader's visible text (its scrolling container). */
function flashInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const flash = document.querySelector('.ann-flash');
    if (!flash) return false;
    let box: Element | null = flash.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
    const view = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const at = flash.getBoundingClientRect();
    return at.top >= view.top && at.bottom <= view.bottom;
  });
}

test('every concordance line opens with its match in view and flashed, however the text settles around it', async ({
  app,
}) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  test.setTimeout(120_000);
  const { page } = app;
  const g = new GlossatorPage(page);
  for (const prefix of seedPrefixes()) {
    const text = readSeed(prefix);
    await g.addText(`${prefix} ${text.split('\n')[0]?.slice(0, 60)}`, text);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
  }
  for (const query of ['Токаеву', 'ШОС']) {
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search query').fill(query);
    const lines = page.locator('.concordance-list .concordance-row');
    await expect(lines.first()).toBeVisible();
    const count = Math.min(await lines.count(), 10);
    for (let i = 0; i < count; i++) {
      await lines.nth(i).click();
      await expect(page.locator('.ann-flash')).toBeVisible();
      // Past the time the text takes to settle (content drawn as it comes near the screen).
      await page.waitForTimeout(900);
      expect(await flashInView(page), `${query}, line ${i + 1}`).toBe(true);
      await page.goBack();
      await expect(lines.first()).toBeVisible();
    }
  }
});
