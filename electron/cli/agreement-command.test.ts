import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cohenKappa } from '../../shared/agreement/cohen-kappa.ts';
import { krippendorffAlpha } from '../../shared/agreement/krippendorff-alpha.ts';
import { dataC, fromTable } from '../../shared/agreement/reference-data.fixture.ts';
import type { ReliabilityData } from '../../shared/agreement/reliability-data.ts';
import type { Coder } from '../../shared/model/coder.ts';
import { sessionDriver } from '../core/testing/test-session.ts';
import { projectHashes } from '../core/testing/project-hashes.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { runCliIn } from './testing/cli-runs.ts';

let work: { dir: string; cleanup: () => Promise<void> };

const cli = (...argv: string[]) => runCliIn(join(work.dir, 'config'), argv);

function csv(data: ReliabilityData): string {
  return [data.coders, ...data.units.map((row) => row.map((cell) => cell ?? ''))].map((r) => r.join(',')).join('\r\n');
}

async function table(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(work.dir, name);
  await writeFile(path, content);
  return path;
}

const jsonKeys = [
  'coders',
  'units',
  'percent_agreement',
  'cohen_kappa',
  'fleiss_kappa',
  'fleiss_units',
  'krippendorff_alpha_nominal',
  'gwet_ac1',
];

beforeEach(async () => {
  work = await tempDir();
});
afterEach(async () => {
  await work.cleanup();
});

describe('npm run cli -- agreement --table', () => {
  it('prints exactly the issue’s keys for Krippendorff’s data C: α 0.743421, Fleiss over the 8 complete units, no Cohen for 4 coders', async () => {
    const { code, out, err } = await cli('agreement', '--table', await table('c.csv', csv(dataC)), '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(jsonKeys);
    expect(json.coders).toEqual(['A', 'B', 'C', 'D']);
    expect(json.units).toBe(12);
    expect(json.krippendorff_alpha_nominal).toBeCloseTo(0.743421, 6);
    expect(json.cohen_kappa).toBeNull();
    expect(json.fleiss_units).toBe(8);
    expect(typeof json.fleiss_kappa).toBe('number');
    expect(typeof json.gwet_ac1).toBe('number');
    expect(typeof json.percent_agreement).toBe('number');
  });

  it('gives Cohen’s κ 0.400 for the 50-item two-coder example, and the same figures as the functions', async () => {
    const data = fromTable([
      [20, 5],
      [10, 15],
    ]);
    const json = JSON.parse((await cli('agreement', '--table', await table('k.csv', csv(data)), '--json')).out);
    expect(json.cohen_kappa).toBeCloseTo(0.4, 9);
    expect(json.cohen_kappa).toBe(cohenKappa(data).value);
    expect(json.krippendorff_alpha_nominal).toBe(krippendorffAlpha(data).value);
    expect(json.percent_agreement).toBeCloseTo(35 / 50, 12);
  });

  it('prints a table in words: each figure with its units, an undefined one with its reason, in English and in Russian', async () => {
    const path = await table('c.csv', csv(dataC));
    const en = await cli('agreement', '--table', path);
    expect(en.code).toBe(0);
    expect(en.out).toContain('Agreement of A, B, C, D over 12 units');
    expect(en.out).toMatch(/Krippendorff’s alpha \(nominal\) +0\.743 +units used: 11 of 12/);
    expect(en.out).toMatch(/Cohen’s kappa +undefined: two coders only/);
    const ru = await cli('agreement', '--table', path, '--lang', 'ru');
    expect(ru.out).toContain('Согласие кодировщиков A, B, C, D: 12 единиц');
    expect(ru.out).toMatch(/Каппа Коэна +не определяется: только для двух кодировщиков/);
  });

  it('refuses each kind of bad table with its own message and exit status 1', async () => {
    const cases: Array<[string, string | Uint8Array, RegExp]> = [
      ['one.csv', 'A\nx\ny\n', /names one coder only \(“A”\)/],
      ['ragged.csv', 'A,B\nx,y\nx\n', /Line 3 has 1 cell; the header names 2 coders/],
      ['nopairs.csv', 'A,B\nx,\n,y\n', /of 2 units, none was coded by two or more coders/],
      [
        'latin1.csv',
        new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0x63, 0xe9, 0x2c, 0x64]),
        /not UTF-8 text: byte 6 \(line 2\)/,
      ],
      [
        'formula.csv',
        'A,B\nx,"=cmd|\' /C calc\'!A0"\n',
        /Line 2, column 2 \(B\): “=cmd\|' \/C calc'!A0” looks like a spreadsheet formula/,
      ],
      ['quote.csv', 'A,B\nx,"y\n', /never closed/],
      ['empty.csv', '', /The table is empty/],
    ];
    for (const [name, content, expected] of cases) {
      const result = await cli('agreement', '--table', await table(name, content), '--json');
      expect(result.out, name).toBe('');
      expect(result.err, name).toMatch(expected);
      expect(result.code, name).toBe(1);
    }
  });

  it('refuses a table of more than 2,000,000 cells', async () => {
    const result = await cli('agreement', '--table', await table('big.csv', `A,B\n${'x,y\n'.repeat(1_000_000)}`));
    expect(result.err).toMatch(/more than 2000000 cells/);
    expect(result.code).toBe(1);
  }, 20_000);

  it('says what is wrong with the command line: a missing file, project options, both forms, no form', async () => {
    const missing = await cli('agreement', '--table', join(work.dir, 'nothing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`There is no file ${join(work.dir, 'nothing.csv')}.`);
    const folder = await cli('agreement', '--table', work.dir);
    expect([folder.code, folder.err]).toEqual([1, `Could not read the table ${work.dir} (EISDIR).`]);
    const path = await table('k.csv', 'A,B\nx,x\n');
    const layers = await cli('agreement', '--table', path, '--layers', 'A,B');
    expect([layers.code, layers.err]).toEqual([2, '--layers is for agreement --project, not --table.']);
    const both = await cli('agreement', '--table', path, '--project', work.dir);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/either a project \(--project\) or a table \(--table\)/);
    const none = await cli('agreement');
    expect([none.code, none.err]).toEqual([2, 'agreement needs --project DIR, or --table FILE.csv.']);
  });
});

describe('npm run cli -- agreement --project', () => {
  const coderB: Coder = { id: 'coder-b', name: 'Анастасия Колесникова-Щербакова' };
  const text = 'Эксперт заявил о росте угрозы. Министр предложил меры. Депутат возразил.';
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  let project: string;

  beforeEach(async () => {
    project = join(work.dir, 'project');
    const a = await sessionDriver(project);
    const doc = await a.call('addDocument', { title: 'Текст', text });
    await a.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Эксперт заявил') });
    await a.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...span('Министр предложил меры') });
    await a.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Депутат возразил') });
    await a.session.close();
    const b = await sessionDriver(project, coderB);
    await b.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Эксперт заявил') });
    await b.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Министр предложил меры') });
    await b.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Депутат') });
    await b.session.close();
  });

  it('prints the issue’s keys over every layer, and changes nothing in the project', async () => {
    const before = await projectHashes(project);
    const { code, out, err } = await cli('agreement', '--project', project, '--json', '--unit', 'exact');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(jsonKeys);
    expect(json.coders).toEqual(['Test Coder', coderB.name]);
    // Exact spans: two units both coded (claim/claim, proposal/claim), and "Депутат возразил" vs "Депутат" apart.
    expect(json.units).toBe(4);
    expect(json.fleiss_units).toBe(2);
    expect(json.percent_agreement).toBeCloseTo(0.5, 12);
    expect(json.cohen_kappa).toBe(
      cohenKappa({
        coders: ['a', 'b'],
        units: [
          ['claim', 'claim'],
          ['proposal', 'claim'],
        ],
      }).value,
    );
    expect(await projectHashes(project)).toEqual(before);
  });

  it('aligns overlapping spans under --unit overlap, and takes layers by name and tags by id', async () => {
    const overlap = JSON.parse(
      (await cli('agreement', '--project', project, '--json', '--unit', 'overlap', '--threshold', '0.2')).out,
    );
    expect(overlap.units).toBe(3);
    expect(overlap.fleiss_units).toBe(3);
    const named = JSON.parse(
      (
        await cli(
          'agreement',
          '--project',
          project,
          '--json',
          '--layers',
          `${coderB.name},coder-test`,
          '--tags',
          'claim',
        )
      ).out,
    );
    expect(named.coders).toEqual([coderB.name, 'Test Coder']);
  });

  it('prints how units were formed and every figure in words', async () => {
    const { out } = await cli('agreement', '--project', project, '--unit', 'exact');
    expect(out).toContain('Agreement of Test Coder, Анастасия Колесникова-Щербакова in 1 document, 4 units');
    expect(out).toContain('Units: exact span match · found 4 · complete (every coder) 2 · incomplete 2');
    expect(out).toMatch(/Krippendorff’s unitizing alpha \(αu\) +/);
  });

  it('says "no common units" for coders who coded different documents, and prints every figure as null', async () => {
    const c = await sessionDriver(project, { id: 'coder-c', name: 'Третий' });
    const other = await c.call('addDocument', { title: 'Другой', text: 'Только третий кодировщик.' });
    await c.call('createAnnotation', { documentId: other.id, tagId: 'claim', start: 0, end: 6 });
    await c.session.close();
    const json = JSON.parse(
      (await cli('agreement', '--project', project, '--json', '--layers', 'coder-test,Третий')).out,
    );
    expect(json).toMatchObject({ units: 4, fleiss_units: 0, percent_agreement: null, cohen_kappa: null });
    expect([json.fleiss_kappa, json.krippendorff_alpha_nominal, json.gwet_ac1]).toEqual([null, null, null]);
    const words = await cli('agreement', '--project', project, '--layers', 'coder-test,Третий', '--lang', 'ru');
    expect(words.code).toBe(0);
    expect(words.out).toContain('Нет общих единиц');
    expect(words.out).toMatch(/Каппа Коэна +не определяется: нет ни одной пригодной единицы/);
  });

  it('refuses a bad unit rule, an unknown layer or tag, and a single layer', async () => {
    expect((await cli('agreement', '--project', project, '--unit', 'fuzzy')).code).toBe(2);
    const threshold = await cli('agreement', '--project', project, '--threshold', '2');
    expect([threshold.code, threshold.err]).toEqual([
      2,
      '--threshold must be a number from 0 to 1 (the overlap, intersection over union), not “2”.',
    ]);
    expect((await cli('agreement', '--project', project, '--unit', 'exact', '--threshold', '0.5')).code).toBe(2);
    const layer = await cli('agreement', '--project', project, '--layers', 'Nobody,coder-test');
    expect([layer.code, layer.err]).toEqual([1, expect.stringContaining('no coder “Nobody”')]);
    const tag = await cli('agreement', '--project', project, '--tags', 'no-such-tag');
    expect([tag.code, tag.err]).toEqual([1, expect.stringContaining('no-such-tag')]);
    const one = await cli('agreement', '--project', project, '--layers', 'coder-test');
    expect([one.code, one.err]).toEqual([1, 'Agreement needs two or more coders’ layers; this project has 1 layer.']);
  });
});
