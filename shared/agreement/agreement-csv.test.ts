import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../formats/csv/read-csv.ts';
import { summaryTableCsv, unitsTableCsv } from './agreement-csv.ts';
import { type AgreementInput, agreementReport } from './agreement-report.ts';
import { ann, codebook } from './annotation.fixture.ts';

const input: AgreementInput = {
  coders: [
    { id: 'ann', name: 'Анна' },
    { id: 'bob', name: '=Борис' },
  ],
  documents: [
    {
      id: 'd1',
      title: 'Статья, "первая"',
      textLength: 100,
      date: null,
      annotations: [
        ann('ann', 'claim', 0, 10),
        ann('bob', 'claim', 0, 10),
        ann('ann', 'claim', 20, 30),
        ann('bob', 'proposal', 20, 30),
        ann('ann', 'threat', 40, 50),
      ],
    },
  ],
  codebook,
  mappings: [],
  query: { tagIds: null, withSubtags: false, unit: { mode: 'exact', threshold: 0 } },
};

describe('unitsTableCsv', () => {
  const text = unitsTableCsv(input);
  const rows = readCsv(text).rows;

  it('one row per unit, one column per coder with the tag name, then the tag ids; BOM and CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([
      'document_id',
      'document_title',
      'start',
      'end',
      'class',
      'Анна',
      "'=Борис",
      'Анна [tag id]',
      "'=Борис [tag id]",
    ]);
    expect(rows.slice(1)).toEqual([
      ['d1', 'Статья, "первая"', '0', '10', 'agree', 'Tag claim', 'Tag claim', 'claim', 'claim'],
      ['d1', 'Статья, "первая"', '20', '30', 'tag-differs', 'Tag claim', 'Tag proposal', 'claim', 'proposal'],
      ['d1', 'Статья, "первая"', '40', '50', 'only-some', 'Tag threat', '', 'threat', ''],
    ]);
  });

  it('without a BOM when asked', () => {
    expect(unitsTableCsv(input, { bom: false }).startsWith('document_id,')).toBe(true);
  });

  it('two coders of one name are told apart by id', () => {
    const same = unitsTableCsv({
      ...input,
      coders: [
        { id: 'ann', name: 'Анна' },
        { id: 'bob', name: 'Анна' },
      ],
    });
    expect(readCsv(same).rows[0]?.slice(5, 7)).toEqual(['Анна (ann)', 'Анна (bob)']);
  });
});

describe('summaryTableCsv', () => {
  const report = agreementReport(input);
  const rows = readCsv(summaryTableCsv(report, input)).rows;

  it('one row per figure: scope, id, name, coefficient, value, units, units found, reason code', () => {
    expect(rows[0]).toEqual(['scope', 'id', 'name', 'coefficient', 'value', 'units', 'units_found', 'reason']);
    const overall = rows.filter((r) => r[0] === 'overall').map((r) => r[3]);
    expect(overall).toEqual(['percent', 'cohen', 'fleiss', 'alpha', 'ac1', 'unitizing']);
    const percent = rows.find((r) => r[0] === 'overall' && r[3] === 'percent');
    expect(percent).toEqual(['overall', '', '', 'percent', '0.5', '2', '3', '']);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(
      new Set(['overall', 'tag', 'document', 'pair', 'variable']),
    );
  });

  it('each row names its document, tag, pair or variable by id as well as by name', () => {
    const first = (scope: string) => rows.find((r) => r[0] === scope)?.slice(1, 3);
    expect(first('document')).toEqual(['d1', 'Статья, "первая"']);
    expect(first('pair')).toEqual(['ann/bob', 'Анна / =Борис']);
    expect(first('variable')?.[0]).toBe(first('variable')?.[1]);
    const tagIds = new Set(codebook.tags.map((t) => t.id));
    const tags = rows.filter((r) => r[0] === 'tag');
    expect(tags.length).toBeGreaterThan(0);
    for (const r of tags) {
      expect(tagIds.has(r[1] as string)).toBe(true);
      expect(r[2]).toBe(codebook.tags.find((t) => t.id === r[1])?.name);
    }
  });

  it('an undefined figure: empty value and its reason as a code (no speaker named anywhere: no variation)', () => {
    const statement = rows.find((r) => r[0] === 'variable' && r[2] === 'speaker' && r[3] === 'alpha');
    expect(statement).toEqual(['variable', 'speaker', 'speaker', 'alpha', '', '2', '2', 'no-variation']);
  });
});

// The shared CSV validator (csv-parse strict + csvkit's csvclean), where ../shared is present; csvclean alone
// where the validators' npm packages are not installed (their setup.sh was not run).
const validators = resolve(import.meta.dirname, '../../../shared/validators');
const checker = join(validators, 'csv/check-csv.sh');
const csvclean = '/usr/bin/csvclean';

describe('the tables pass the CSV validator', () => {
  it('check-csv.sh (or csvclean) accepts both tables', (ctx) => {
    const full = existsSync(checker) && existsSync(join(validators, 'node_modules/csv-parse'));
    if (!full && !existsSync(csvclean)) {
      console.log(`skipped: neither ${checker} with its packages nor ${csvclean} is present`);
      ctx.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'glossator-agreement-csv-'));
    try {
      const units = join(dir, 'units.csv');
      const summary = join(dir, 'summary.csv');
      writeFileSync(units, unitsTableCsv(input, { bom: false }));
      writeFileSync(summary, summaryTableCsv(agreementReport(input), input, { bom: false }));
      if (full) {
        execFileSync('sh', [checker, units, summary], { encoding: 'utf8' });
      } else {
        console.log('csv-parse not installed for the validators: csvclean only');
        for (const file of [units, summary]) {
          expect(execFileSync(csvclean, ['-n', '-e', 'utf-8', file], { encoding: 'utf8' }).trim()).toBe('No errors.');
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
