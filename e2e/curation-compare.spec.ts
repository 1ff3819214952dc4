import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { asCoder, pageApi } from './coder-server.ts';
import { sentences, tagAll } from './curation-setup.ts';
import { expect, test } from './fixtures.ts';

/**
 * The Compare view's curation mode, through the window only: two coders on
 * seed 003, Curate on, Merge what agrees in its dialog, the next undecided
 * unit by key, Reject all with a reason typed in the reason box, Undo, and
 * the document marked done. Screenshot: reports/curation/compare-curate.png.
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин';
test.use({ coderName: ANNA });

const count = (page: import('@playwright/test').Page, state: string) =>
  page.locator(`[data-testid=curate-legend] li[data-state=${state}] .cmp-legend-count`);

test('curation mode: merge what agrees, reject all by key with a reason, undo, mark done', async ({ app }) => {
  test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
  test.setTimeout(120_000);
  const text = readSeed('003');
  const title = text.split('\n').find((l) => /\p{L}{3}/u.test(l)) as string;
  const [s1, s2, s3, s4] = sentences(text) as [string, string, string, string];
  const { id: documentId } = await pageApi(app.page)<{ id: string }>('addDocument', { title, text });
  await tagAll(pageApi(app.page), documentId, text, [
    [s1, 'claim'],
    [s2, 'claim'],
    [s3, 'claim'],
    [s4, 'claim-factual'],
  ]);
  const page = await app.restart(() =>
    asCoder(app.projectDir, BORIS, (call) =>
      tagAll(call, documentId, text, [
        [s1, 'claim'],
        [s2, 'claim-factual'],
        [s3.slice(0, Math.floor(s3.length * 0.7)), 'claim'],
        [s4, 'claim-factual'],
      ]),
    ),
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate((id) => {
    location.hash = `#/compare/${id}`;
  }, documentId);
  // As a user does: a click on the switch's label.
  await page.locator('label.cur-switch').click();
  await expect(page.getByTestId('curate-switch')).toBeChecked();
  await expect(count(page, 'undecided')).toHaveText('4');

  // Merge what agrees (unanimous, this document): s1 and s4 agree.
  await page.getByTestId('merge-open').click();
  await page.getByTestId('merge-run').click();
  await expect(page.getByTestId('merge-summary')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(count(page, 'decided')).toHaveText('2');
  await expect(count(page, 'undecided')).toHaveText('2');
  await expect(page.getByTestId('curation-status')).toHaveAttribute('data-status', 'in-progress');

  // The next undecided unit by key, then Reject all (X): a reason is asked for, typed, and Enter sends.
  await page.keyboard.press('Period');
  await expect(page.getByTestId('curate-state')).toHaveAttribute('data-state', 'undecided');
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
