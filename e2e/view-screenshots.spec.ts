import { mkdirSync } from 'node:fs';
import { translator } from '../shared/i18n/i18n.ts';
import type { Language } from '../shared/i18n/languages.ts';
import { readSeed, seedPrefixes, seedsMissing } from '../shared/testing/read-seed.ts';
import { expect, test } from './fixtures.ts';

// Screenshots of every view with the seeds' long Russian titles and names, in both languages at two window
// sizes, to look at. Not a check: run with GLOSSATOR_SCREENSHOTS=1 (files go to reports/views/<language>/<width>/).
const wanted = process.env.GLOSSATOR_SCREENSHOTS === '1';
const views = ['codebook', 'actors', 'search', 'links', 'concepts', 'network', 'backups'] as const;

for (const language of ['en', 'ru'] as Language[]) {
  test.describe(language, () => {
    test.use({ locale: language === 'ru' ? 'ru-RU' : 'en-GB' });
    const t = translator(language);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      test(`every view at ${size.width}×${size.height}`, async ({ app }) => {
        test.skip(!wanted, 'screenshots are taken only with GLOSSATOR_SCREENSHOTS=1');
        test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
        test.setTimeout(120_000);
        const { page } = app;
        await page.setViewportSize(size);
        const dir = `reports/views/${language}/${size.width}`;
        mkdirSync(dir, { recursive: true });
        const shot = (name: string) => page.screenshot({ path: `${dir}/${name}.png` });
        const tab = (view: string) =>
          page.getByRole('button', { name: t(`common:tab-${view}` as 'common:tab-library'), exact: true });
        for (const prefix of seedPrefixes()) {
          const text = readSeed(prefix);
          // The first line that reads as a headline (a seed may begin with page furniture such as "×").
          const title = text.split('\n').find((l) => /\p{L}{3}/u.test(l)) as string;
          await page.getByRole('button', { name: t('library:addText') }).click();
          const add = page.getByRole('dialog', { name: t('library:addTextTitle') });
          await add.getByLabel(t('library:titleField')).fill(title);
          await add.getByLabel(t('library:textField'), { exact: true }).fill(text);
          await add.getByRole('button', { name: t('library:addAndOpen') }).click();
          await expect(add).toBeHidden();
          await tab('library').click();
        }
        await shot('library');
        await page.locator('button.doc-row').first().click();
        await expect(page.locator('.reader-text')).toBeVisible();
        await shot('reader');
        for (const view of views) {
          await tab(view).click();
          if (view === 'search') {
            await page.locator('.search-view input').first().fill('Токаеву');
            await expect(page.locator('.concordance-list .concordance-row').first()).toBeVisible();
          }
          // An actor with an affiliation, aliases, mentions and statements.
          if (view === 'actors')
            await page
              .getByRole('button', { name: /^Ерлан Садыков/ })
              .first()
              .click();
          if (view === 'concepts')
            await page
              .locator('.concept-list button')
              .first()
              .click()
              .catch(() => {});
          if (view === 'backups') await page.getByRole('button', { name: t('backups:backUpNow') }).click();
          await page.waitForTimeout(400);
          await shot(view);
        }
      });
    }
  });
}
