import type { Page } from '@playwright/test';
import { translator } from '../shared/i18n/i18n.ts';
import type { Language } from '../shared/i18n/languages.ts';
import { seedsMissing } from '../shared/testing/read-seed.ts';
import { pageApi } from './coder-server.ts';
import { twoLayersOn003 } from './curation-setup.ts';
import { expect, test } from './fixtures.ts';

/**
 * The Curation view on two coders' layers of seed 003: merge what agrees,
 * three decisions (one taken again, so one is replaced), quick reasons; the
 * log, its filters and counts, the Library's status column and filter.
 * Screenshots go to reports/curation/ (and /tmp/curation-view.png in English).
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин';
const unit = { mode: 'overlap', threshold: 0.5 } as const;

async function curate(page: Page, documentId: string): Promise<void> {
  const call = pageApi(page);
  const project = await call<{ coder: { id: string }; coders: Array<{ id: string; name: string }> }>(
    'getProjectInfo',
    {},
  );
  const anna = project.coder.id;
  const boris = project.coders.find((c) => c.name === BORIS)?.id as string;
  const coderIds = [anna, boris];
  await call('mergeAgreeing', { coderIds, documents: { ids: [documentId] }, rule: 'unanimous', unit });
  for (const label of ['правило кодбука 3', 'граница: всё предложение', 'тег по контексту абзаца']) {
    await call('saveQuickReason', { label });
  }
  const query = { documentId, coderIds, unit };
  const undecided = async () => {
    const c = await call<{ units: Array<{ state: string }>; comparison: { units: Array<{ members: string[] }> } }>(
      'getCuration',
      query,
    );
    return c.comparison.units.filter((_, i) => c.units[i]?.state === 'undecided').map((u) => u.members);
  };
  const [first, second] = await undecided();
  await call('decideUnit', {
    query,
    members: first,
    action: { kind: 'take', coderId: boris },
    reason: { text: '', quickReasons: ['тег по контексту абзаца'] },
  });
  await call('decideUnit', {
    query,
    members: second,
    action: { kind: 'reject-all' },
    reason: { text: 'Ни одна версия не соответствует кодбуку: это цитата, а не утверждение.', quickReasons: [] },
  });
  // Decided again: the first decision is replaced, and stays in the log.
  await call('decideUnit', {
    query,
    members: first,
    action: { kind: 'take', coderId: anna },
    reason: { text: 'Обсудили на встрече команды', quickReasons: ['правило кодбука 3', 'граница: всё предложение'] },
  });
}

for (const language of ['en', 'ru'] as Language[]) {
  test.describe(language, () => {
    test.use({ locale: language === 'ru' ? 'ru-RU' : 'en-GB', coderName: ANNA });
    const t = translator(language);

    test('the decision log, its filters and the Library status', async ({ app }) => {
      test.skip(seedsMissing !== null, `seed articles absent: ${seedsMissing}`);
      test.setTimeout(120_000);
      const { page, documentId, title } = await twoLayersOn003(app, BORIS);
      await curate(page, documentId);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByRole('button', { name: t('curationView:tab'), exact: true }).click();
      const rows = page.getByTestId('decision-row');
      // Two merged, three decided (one replaced).
      await expect(rows).toHaveCount(5);
      await expect(page.getByTestId('decision-count')).toHaveText(t('curationView:shown', { shown: 5, count: 5 }));
      await expect(page.locator('tr.replaced')).toHaveCount(1);
      await expect(page.getByTestId('curation-summary')).toContainText(t('curationView:inProgress', { count: 1 }));
      await page.screenshot({ path: `reports/curation/curation-view-${language}.png` });
      if (language === 'en') await page.screenshot({ path: '/tmp/curation-view.png' });

      await page.getByLabel(t('curationView:filterKind')).selectOption('reject-all');
      await expect(rows).toHaveCount(1);
      await expect(page.getByTestId('decision-count')).toHaveText(t('curationView:shown', { shown: 1, count: 1 }));
      await page.getByRole('button', { name: t('curationView:clearFilters') }).click();
      await page.getByLabel(t('curationView:filterQuickReason')).selectOption('правило кодбука 3');
      await expect(rows).toHaveCount(1);
      await page.getByRole('button', { name: t('curationView:clearFilters') }).click();
      await page.getByLabel(t('curationView:filterWords')).fill('кодбуку');
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toHaveAttribute('data-kind', 'reject-all');
      await page.getByRole('button', { name: t('curationView:clearFilters') }).click();
      await expect(rows).toHaveCount(5);

      // A quick reason added here is one undo step.
      const reasons = page.getByTestId('quick-reasons');
      await reasons.getByLabel(t('curationView:quickReasonNew')).fill('дубль');
      await reasons.getByRole('button', { name: t('curationView:quickReasonAdd') }).click();
      await expect(reasons.locator('li')).toHaveCount(4);
      await page.getByRole('button', { name: t('common:undo') }).click();
      await expect(reasons.locator('li')).toHaveCount(3);

      // The Library: the status, its filter, and Mark curation done on the ticked document.
      await page.getByRole('button', { name: t('common:tab-library'), exact: true }).click();
      const status = page.locator(`[data-document-id="${documentId}"] .doc-curation`);
      await expect(status).toHaveAttribute('data-curation-status', 'in-progress');
      await page.getByLabel(t('curationView:libraryFilter')).selectOption('in-progress');
      await expect(page.locator('button.doc-row')).toHaveCount(1);
      await page.screenshot({ path: `reports/curation/library-${language}.png` });
      await page.getByLabel(t('library:selectDocument', { title })).check();
      await page.getByTestId('mark-curation-done').click();
      await expect(page.locator('button.doc-row')).toHaveCount(0);
      await page.getByLabel(t('curationView:libraryFilter')).selectOption('done');
      await expect(status).toHaveAttribute('data-curation-status', 'done');
      await page.getByRole('button', { name: t('common:undo') }).click();
      await page.getByLabel(t('curationView:libraryFilter')).selectOption('');
      await expect(status).toHaveAttribute('data-curation-status', 'in-progress');
    });
  });
}
