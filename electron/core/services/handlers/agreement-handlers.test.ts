import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementQuery, UnitRule } from '../../../../shared/agreement/agreement-types.ts';
import { cohenKappa } from '../../../../shared/agreement/cohen-kappa.ts';
import { krippendorffAlpha } from '../../../../shared/agreement/krippendorff-alpha.ts';
import type { Cell } from '../../../../shared/agreement/reliability-data.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import { readCsv } from '../../../../shared/formats/csv/read-csv.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';

/**
 * The agreement calls through the real dispatch, on a project where two
 * coders annotated the same texts (coder A first; B opens the folder after).
 * Expected figures come from the coefficient functions on hand-made rows,
 * not from the report code under test.
 */
const coderB: Coder = { id: 'coder-b', name: 'Анастасия Владимировна Колесникова-Щербакова' };
const text1 = 'Эксперт заявил о росте угрозы. Министр предложил меры. Депутат возразил.';
const text3 = 'Министр предложил меры. Эксперт заявил о риске.';
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const exact: UnitRule = { mode: 'exact', threshold: 1 };
const coders = [testCoder.id, coderB.id];

let dir: string;
let cleanup: () => Promise<void>;
let b: SessionDriver;
let doc1: string;
let doc2: string;
let doc3: string;

const query = (over: Partial<AgreementQuery> = {}): AgreementQuery => ({
  coderIds: coders,
  documents: { all: true },
  tagIds: null,
  withSubtags: true,
  unit: exact,
  ...over,
});
const two = (rows: Cell[][]) => ({ coders: ['a', 'b'], units: rows });

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const a = await sessionDriver(dir);
  doc1 = (await a.call('addDocument', { title: 'Первый', text: text1 })).id;
  doc2 = (await a.call('addDocument', { title: 'Только у A', text: 'Эксперт заявил.' })).id;
  doc3 = (await a.call('addDocument', { title: 'Третий', text: text3 })).id;
  const annotate = (d: SessionDriver, documentId: string, text: string, tagId: string, words: string) =>
    d.call('createAnnotation', { documentId, tagId, ...span(text, words) });
  await annotate(a, doc1, text1, 'claim', 'Эксперт заявил');
  await annotate(a, doc1, text1, 'proposal', 'Министр предложил меры');
  await annotate(a, doc1, text1, 'claim', 'Депутат возразил');
  await annotate(a, doc2, 'Эксперт заявил.', 'claim', 'Эксперт заявил');
  await annotate(a, doc3, text3, 'proposal', 'Министр предложил меры');
  await annotate(a, doc3, text3, 'claim', 'Эксперт заявил');
  await a.session.close();
  b = await sessionDriver(dir, coderB);
  await annotate(b, doc1, text1, 'claim', 'Эксперт заявил');
  await annotate(b, doc1, text1, 'claim', 'Министр предложил меры');
  await annotate(b, doc1, text1, 'claim', 'Депутат');
  await annotate(b, doc3, text3, 'proposal', 'Министр предложил меры');
  await annotate(b, doc3, text3, 'claim-causal', 'Эксперт заявил');
});
afterEach(async () => {
  await b.session.close();
  await cleanup();
});

describe('computeAgreement', () => {
  it('gathers both layers over every document: units formed and counted, figures equal to the functions on the same rows', async () => {
    const report = await b.call('computeAgreement', query());
    expect(report.coders).toEqual([
      { id: testCoder.id, name: testCoder.name },
      { id: coderB.id, name: coderB.name },
    ]);
    expect(report.documents).toBe(3);
    expect(report.commonDocuments).toBe(2);
    // doc1: agree, tag differs, two spans of one coder each; doc2: A alone; doc3: agree, claim vs claim-causal.
    expect(report.formation).toMatchObject({
      found: 7,
      complete: 4,
      incomplete: 3,
      orphansExcluded: 0,
      outsideTags: 0,
    });
    const rows: Cell[][] = [
      ['claim', 'claim'],
      ['proposal', 'claim'],
      ['proposal', 'proposal'],
      ['claim', 'claim-causal'],
    ];
    expect(report.overall.cohen?.value).toBeCloseTo(cohenKappa(two(rows)).value as number, 12);
    expect(report.overall.alpha.value).toBeCloseTo(krippendorffAlpha(two(rows)).value as number, 12);
    expect(report.overall.percent.value).toBeCloseTo(0.5, 12);
    expect(report.overall.fleiss.units).toBe(4);
  });

  it('rolls sub-tags up into a chosen tag, and leaves other tags out, counted', async () => {
    const report = await b.call('computeAgreement', query({ tagIds: ['claim'] }));
    // The proposals are outside: A's two, B's one; claim-causal counts as claim.
    expect(report.formation.outsideTags).toBe(3);
    const rows: Cell[][] = [
      ['claim', 'claim'],
      ['claim', 'claim'],
    ];
    expect(report.overall.percent.value).toBe(1);
    expect(report.overall.percent.units).toBe(rows.length);
  });

  it('reads a coder’s tags through their tag mapping: mapping A’s proposal onto claim changes κ', async () => {
    const before = (await b.call('computeAgreement', query())).overall.cohen?.value;
    await b.call('saveTagMapping', { coderId: coderB.id, fromTagId: 'claim-causal', toTagId: 'claim' });
    await b.call('saveTagMapping', { coderId: testCoder.id, fromTagId: 'proposal', toTagId: 'claim' });
    const after = await b.call('computeAgreement', query());
    const rows: Cell[][] = [
      ['claim', 'claim'],
      ['claim', 'claim'],
      ['claim', 'proposal'],
      ['claim', 'claim'],
    ];
    expect(after.overall.cohen?.value).not.toBeCloseTo(before as number, 6);
    expect(after.overall.cohen?.value ?? null).toBe(cohenKappa(two(rows)).value);
    expect(after.overall.percent.value).toBeCloseTo(0.75, 12);
  });

  it('coders with no document in common get no coefficient: every figure undefined, "no-units"', async () => {
    const report = await b.call('computeAgreement', query({ documents: { ids: [doc2] } }));
    expect(report.commonDocuments).toBe(0);
    for (const figure of [report.overall.percent, report.overall.cohen, report.overall.fleiss, report.overall.alpha]) {
      expect(figure).toMatchObject({ value: null, reason: 'no-units' });
    }
    expect(report.overall.ac1.value).toBeNull();
  });

  it('refuses an unknown coder, a coder chosen twice, an unknown tag or document, and a malformed query', async () => {
    expect(await b.fail('computeAgreement', query({ coderIds: [testCoder.id, 'nobody'] }))).toMatchObject({
      code: 'not-found',
      message: 'There is no coder nobody in this project.',
    });
    expect(await b.fail('computeAgreement', query({ coderIds: [coderB.id, coderB.id] }))).toMatchObject({
      code: 'invalid-input',
    });
    expect((await b.fail('computeAgreement', query({ tagIds: ['no-such-tag'] }))).code).toBe('not-found');
    expect((await b.fail('computeAgreement', query({ documents: { ids: ['no-such-doc'] } }))).code).toBe('not-found');
    expect((await b.fail('computeAgreement', { ...query(), coderIds: [coderB.id] })).code).toBe('invalid-input');
    expect((await b.fail('computeAgreement', { ...query(), unit: { mode: 'overlap', threshold: 2 } })).code).toMatch(
      /invalid-input|too-large/,
    );
  });
});

describe('compareDocument and listDisagreements', () => {
  it('classes one document’s units, with every member annotation', async () => {
    const comparison = await b.call('compareDocument', { documentId: doc1, coderIds: coders, unit: exact });
    expect(comparison.classes).toMatchObject({ agree: 1, 'tag-differs': 1, 'only-some': 2 });
    expect(comparison.units.map((u) => u.start)).toEqual(
      [...comparison.units.map((u) => u.start)].sort((x, y) => x - y),
    );
    expect(Object.keys(comparison.annotations)).toHaveLength(6);
    const overlap = await b.call('compareDocument', {
      documentId: doc1,
      coderIds: coders,
      unit: { mode: 'overlap', threshold: 0.2 },
    });
    expect(overlap.classes).toMatchObject({ agree: 1, 'tag-differs': 1, 'boundary-differs': 1, 'only-some': 0 });
    expect((await b.fail('compareDocument', { documentId: 'nothing', coderIds: coders, unit: exact })).code).toBe(
      'not-found',
    );
  });

  it('lists the documents both coders coded, most disagreements first; a document of one coder is not listed', async () => {
    const list = await b.call('listDisagreements', { coderIds: coders, unit: exact });
    expect(list.map((d) => [d.documentId, d.title, d.units, d.disagreements])).toEqual([
      [doc1, 'Первый', 4, 3],
      [doc3, 'Третий', 2, 1],
    ]);
    expect(list[0]?.classes).toMatchObject({ agree: 1, 'tag-differs': 1, 'only-some': 2 });
  });
});

describe('exportAgreementTable', () => {
  it('writes the units and the summary table as CSV to the ticket’s file, each a valid RFC 4180 file', async () => {
    const out = await tempDir();
    try {
      for (const table of ['units', 'summary'] as const) {
        const path = join(out.dir, `${table}.csv`);
        const to = b.session.files.grantSave(path, `${table}.csv`);
        const saved = await b.call('exportAgreementTable', { query: query(), table, to });
        expect(saved.bytes).toBeGreaterThan(0);
        const written = await readFile(path, 'utf8');
        expect(written).toContain('\r\n');
        if (table === 'units') {
          expect(written).toContain(coderB.name);
          expect(written.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 7);
        } else expect(written).toMatch(/overall/);
        // Our strict reader (written apart from the writer), then csvkit's where it is installed.
        const { rows } = readCsv(new Uint8Array(await readFile(path)));
        expect(new Set(rows.map((row) => row.length)).size).toBe(1);
        if (existsSync('/usr/bin/csvclean'))
          expect(execFileSync('csvclean', ['-n', '-e', 'utf-8', path], { encoding: 'utf8' }).trim()).toBe('No errors.');
        else console.log('skipped csvclean: csvkit is not installed');
      }
    } finally {
      await out.cleanup();
    }
  });
});
