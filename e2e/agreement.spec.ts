import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { type AgreementInput, agreementReport } from '../shared/agreement/agreement-report.ts';
import type { Annotation } from '../shared/model/annotation.ts';
import type { Codebook } from '../shared/model/codebook.ts';
import type { TagMapping } from '../shared/model/tag-mapping.ts';
import { readSeed, seedsMissing } from '../shared/testing/read-seed.ts';
import { type Call, pageApi, serveAs } from './coder-server.ts';
import { expect, test } from './fixtures.ts';
import { importBundleInLibrary } from './import-bundle.ts';

/**
 * A team lead reviews a colleague's tag set. Boris codes seed 004 in a
 * project of his own (with a tag of his own) and sends a bundle; Anna, who
 * coded the same article, imports it as his layer. The Compare view shows
 * each kind of difference and walks them by key; the Agreement view's
 * figures are those of the unit-tested function on the same data; mapping
 * Boris's tag onto Anna's changes κ; the tables and charts download.
 */
const ANNA = 'Анна Сергеевна Ковалёва-Рождественская';
const BORIS = 'Борис Александрович Петров-Водкин';
test.use({ coderName: ANNA });

const shots = resolve(import.meta.dirname, '..', 'reports', 'agreement');
const cliEntry = resolve(import.meta.dirname, '..', 'out', 'main', 'cli.js');
const run = promisify(execFile);

const AGREE = 'число региональных и локальных конфликтов выросло почти на 30 процентов';
const THREAT = 'На этом фоне усиливается угроза международного терроризма';
const ATTACK = 'теракт в Москве, унёсший жизни свыше 100 человек';
const ATTACK_LONGER = 'недавний теракт в Москве, унёсший жизни свыше 100 человек';
const FORBID = 'Нельзя допустить, чтобы проявления терроризма, экстремизма и сепаратизма использовались';
const CONDEMNED = 'Теракт в Подмосковье решительно осуждается всем мировым сообществом';
const BORIS_TAG = 'Оценка угрозы (по методике Бориса)';

/** A coefficient as the report prints it in English: three decimals, never "-0.000". */
function formatFigure(value: number, _language: 'en'): string {
  const rounded = Math.round(value * 1000) / 1000;
  return new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
    rounded === 0 ? 0 : rounded,
  );
}

const spanOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
};

/** Boris's own project: seed 004 coded with his tag among the codebook's; his layer exported by the CLI. */
async function borisBundle(text: string, title: string, file: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'glossator-e2e-boris-'));
  const config = await mkdtemp(join(tmpdir(), 'glossator-e2e-boris-config-'));
  let documentId = '';
  const server = await serveAs(dir, config, BORIS, { sample: true });
  try {
    const { call } = server;
    documentId = (await call<{ id: string }>('addDocument', { title, text })).id;
    const own = await call<{ id: string }>('createTag', { name: BORIS_TAG, parent: 'claim' });
    const tag = async (words: string, tagId: string) =>
      call('createAnnotation', { documentId, tagId, ...spanOf(text, words) });
    await tag(AGREE, 'claim');
    await tag(THREAT, own.id);
    await tag(ATTACK_LONGER, 'claim-factual');
    await tag(FORBID, 'claim');
    await tag(CONDEMNED, 'claim');
  } finally {
    await server.stop();
  }
  await run(process.execPath, [
    cliEntry,
    'export',
    '--project',
    dir,
    '--format',
    'bundle',
    '--out',
    file,
    '--layer',
    BORIS,
    '--document',
    documentId,
    '--config',
    config,
    '--coder',
    BORIS,
  ]);
  await rm(dir, { recursive: true, force: true });
  await rm(config, { recursive: true, force: true });
}

/** The report the unit-tested function gives on the project's data, as the Agreement view asks for it by default. */
async function expectedReport(call: Call, coderIds: string[]) {
  const info = await call<{ coders: Array<{ id: string; name: string }> }>('getProjectInfo', {});
  const documents = await call<
    Array<{ id: string; title: string; textLength: number; metadata: Record<string, string> }>
  >('listDocuments', {});
  const input: AgreementInput = {
    coders: coderIds.map((id) => ({ id, name: info.coders.find((c) => c.id === id)?.name ?? id })),
    documents: await Promise.all(
      documents.map(async (d) => ({
        id: d.id,
        title: d.title,
        textLength: d.textLength,
        date: d.metadata.date ?? null,
        annotations: await call<Annotation[]>('listAnnotations', { documentId: d.id }),
      })),
    ),
    codebook: await call<Codebook>('getCodebook', {}),
    mappings: await call<TagMapping[]>('listTagMappings', {}),
    query: { tagIds: null, withSubtags: true, unit: { mode: 'overlap', threshold: 0.5 } },
  };
  return agreementReport(input);
}

const cardValue = (page: Page, coefficient: string) =>
  page.locator(`.agreement-card[data-coefficient="${coefficient}"] .agreement-value`);

test('compare two coders on seed 004 (one layer from a bundle), walk the disagreements, measure agreement, map a tag, download tables and charts', async ({
  app,
}, testInfo) => {
  if (seedsMissing) {
    console.log(`agreement.spec: skipped, ${seedsMissing}`);
    test.skip(true, seedsMissing);
  }
  test.setTimeout(120_000);
  await mkdir(shots, { recursive: true });
  const text = readSeed('004');
  const title = text.split('\n')[0] as string;
  const bundle = testInfo.outputPath('boris.glossator');
  await borisBundle(text, title, bundle);

  // Anna's project: the sample texts removed, seed 004 coded by her.
  const page = app.page;
  const call = pageApi(page);
  await expect(page.locator('.library')).toBeVisible();
  await call('removeSampleTexts', {});
  const documentId = (await call<{ id: string }>('addDocument', { title, text })).id;
  const tag = (words: string, tagId: string) => call('createAnnotation', { documentId, tagId, ...spanOf(text, words) });
  await tag(AGREE, 'claim');
  await tag(THREAT, 'claim-threat-assessment');
  await tag(ATTACK, 'claim-factual');
  await tag(FORBID, 'proposal');
  await page.reload();

  // Boris's bundle, imported through the Library as his layer.
  await importBundleInLibrary(page, bundle, BORIS);
  const info = await call<{ coder: { id: string }; coders: Array<{ id: string; name: string }> }>('getProjectInfo', {});
  const annaId = info.coder.id;
  const borisId = info.coders.find((c) => c.name === BORIS)?.id as string;
  expect(borisId).toBeTruthy();

  // The Compare view: the article first in the corpus list, then its units, each kind counted.
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const corpus = page.getByRole('list', { name: 'Documents by disagreements' });
  await expect(corpus.locator('button.cmp-corpus-row').first()).toContainText(title);
  await corpus.locator('button.cmp-corpus-row').first().click();
  const legend = page.getByRole('region', { name: 'Kinds of unit, with their counts' });
  const count = (kind: string) =>
    legend
      .locator('li')
      .filter({ has: page.locator('.cmp-legend-name', { hasText: new RegExp(`^${kind}$`) }) })
      .locator('.cmp-legend-count');
  await expect(count('Agree')).toHaveText('1');
  await expect(count('Tag differs')).toHaveText('2');
  await expect(count('Boundary differs')).toHaveText('1');
  await expect(count('Only one coder')).toHaveText('1');

  // Next disagreement by key: the first unit that differs, every coder's version side by side.
  const textPane = page.locator('.cmp-scroll');
  await textPane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(']');
  const detail = page.getByRole('complementary', { name: 'The selected unit, every coder’s version' });
  await expect(detail).toContainText(ANNA);
  await expect(detail).toContainText(BORIS);
  await expect(detail.locator('tr.differs').first()).toBeVisible();
  const first = await detail.textContent();
  await page.keyboard.press(']');
  await expect(detail).not.toHaveText(first ?? '');
  await page.keyboard.press('[');
  await expect(detail).toHaveText(first ?? '');
  await page.screenshot({ path: join(shots, 'compare-columns-en.png') });
  await page.locator('.cmp-layout label', { hasText: 'In one text' }).click();
  await expect(page.getByRole('radio', { name: 'In one text' })).toBeChecked();
  await expect(page.locator('.cmp-u.selected').first()).toBeVisible();
  await page.screenshot({ path: join(shots, 'compare-stacked-en.png') });

  // The Reader's "Compare with…" comes back to the same comparison.
  await page.evaluate((id) => {
    location.hash = `#/doc/${id}`;
  }, documentId);
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${documentId}`));
  await expect(count('Agree')).toHaveText('1');

  // The Agreement view: the figures are the unit-tested function's on the same data.
  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await page.getByRole('button', { name: 'Compute agreement' }).click();
  await expect(cardValue(page, 'cohen')).toBeVisible();
  const before = await expectedReport(call, [annaId, borisId]);
  expect(before.overall.cohen?.value).not.toBeNull();
  for (const name of ['percent', 'cohen', 'fleiss', 'alpha', 'ac1'] as const) {
    const value = before.overall[name]?.value;
    if (value === null || value === undefined) throw new Error(`${name} has no value on this data`);
    await expect(cardValue(page, name)).toHaveText(formatFigure(value, 'en'));
  }
  const unitizing = before.overall.unitizing.value;
  expect(unitizing).not.toBeNull();
  await expect(cardValue(page, 'unitizing')).toHaveText(formatFigure(unitizing as number, 'en'));
  await page.locator('#agreement-overall').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'agreement-report-en.png') });
  const matrix = page.locator('section.agreement-chart').first();
  await matrix.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'agreement-charts-en.png') });

  // Map Boris's own tag onto Anna's «Threat assessment»: κ changes, to the function's new figure.
  const section = page.locator('section.codebook-comparison');
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: new RegExp(`Map .* ${BORIS_TAG.slice(0, 12)}`) }).click();
  await page.keyboard.type('Threat assessment');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('region', { name: 'Mappings' }).locator('.cbc-mapping')).toHaveCount(1);
  const after = await expectedReport(call, [annaId, borisId]);
  expect(after.overall.cohen?.value).not.toBe(before.overall.cohen?.value);
  // The report follows the mapping by itself (an undo or edit would ask to compute again).
  await expect(cardValue(page, 'cohen')).toHaveText(formatFigure(after.overall.cohen?.value as number, 'en'));

  // The tables as CSV, the charts as SVG and PNG.
  const download = async (button: ReturnType<Page['getByRole']>) => {
    const waiting = page.waitForEvent('download');
    await button.click();
    const file = await (await waiting).path();
    return readFile(file);
  };
  const units = (await download(page.getByRole('button', { name: /^Units: one row per unit/ }))).toString('utf8');
  expect(units).toContain('document_id,document_title,start,end,class');
  expect(units).toContain(BORIS);
  const summary = (await download(page.getByRole('button', { name: /^Summary: every figure/ }))).toString('utf8');
  expect(summary).toMatch(/overall,.*,cohen,/);
  const svg = await download(page.getByRole('button', { name: /Confusion matrix.*SVG/ }));
  expect(svg.toString('utf8')).toContain('<svg');
  const png = await download(page.getByRole('button', { name: /Confusion matrix.*PNG/ }));
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
});
