import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURATED_CODER_ID, decisionLogColumns } from '../../../shared/curation/curation-types.ts';
import { readCsv } from '../../../shared/formats/csv/read-csv.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import { testCoder } from '../../core/testing/open-test-store.ts';
import { projectHashes } from '../../core/testing/project-hashes.ts';
import { tempDir } from '../../core/testing/temp-dir.ts';
import { sessionDriver } from '../../core/testing/test-session.ts';
import { runCliIn } from '../testing/cli-runs.ts';

/**
 * `curation merge` and `curation log` on a project of two coders: A codes
 * three statements, B codes the same text and agrees on one of them (same
 * span, same tag). The CLI's user is "Куратор" of its own settings folder.
 */
const coderB: Coder = { id: 'coder-b', name: 'Борис' };
const text = 'Эксперт заявил о росте угрозы. Министр предложил меры. Депутат возразил.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

let work: { dir: string; cleanup: () => Promise<void> };
let project: string;
let doc: string;

const cli = (...argv: string[]) => runCliIn(join(work.dir, 'config'), [...argv, '--coder', 'Куратор']);
const merge = (...more: string[]) =>
  cli('curation', 'merge', '--project', project, '--coders', `${testCoder.id},${coderB.name}`, ...more);

beforeEach(async () => {
  work = await tempDir();
  project = join(work.dir, 'p');
  const a = await sessionDriver(project);
  doc = (await a.call('addDocument', { title: 'Первый', text })).id;
  await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  await a.call('createAnnotation', { documentId: doc, tagId: 'proposal', ...span('Министр предложил меры') });
  await a.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Депутат возразил') });
  await a.session.close();
  const b = await sessionDriver(project, coderB);
  await b.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Эксперт заявил') });
  await b.call('createAnnotation', { documentId: doc, tagId: 'claim', ...span('Министр предложил меры') });
  await b.session.close();
});
afterEach(async () => {
  await work.cleanup();
});

async function curatedOnDisk(): Promise<Annotation[]> {
  const file = join(project, 'documents', doc, `annotations.${CURATED_CODER_ID}.json`);
  const parsed = JSON.parse(await readFile(file, 'utf8'));
  return (Array.isArray(parsed) ? parsed : parsed.annotations) as Annotation[];
}

describe('curation merge', () => {
  it('copies the one agreeing unit into the curated layer on disk, as one undo step of the app, curated by the CLI’s user', async () => {
    const { code, out, err } = await merge();
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `Merged what ${testCoder.name}, Борис agree on (unanimous) over 1 document:`,
        '  1 unit added to the curated layer',
        '  0 agreeing units already decided, left as they were',
        '  2 units left for a decision',
      ].join('\n'),
    );
    const curated = await curatedOnDisk();
    expect(curated.map((a) => [a.coderId, a.tagId, a.start, a.end])).toEqual([
      [CURATED_CODER_ID, 'claim', span('Эксперт заявил').start, span('Эксперт заявил').end],
    ]);
    const info = JSON.parse(await readFile(join(project, 'project.json'), 'utf8'));
    expect(info.coders.map((c: Coder) => c.id)).toContain(CURATED_CODER_ID);
    // The curator looked only: not added as a coder, but named on the decision and the status.
    expect(info.coders.map((c: Coder) => c.name)).not.toContain('Куратор');
    const app = await sessionDriver(project);
    try {
      expect(app.session.history.labels().undo).toEqual({ key: 'curationUnits:mergeAgreeing', params: { count: 1 } });
      const c = await app.call('getCuration', {
        documentId: doc,
        coderIds: [testCoder.id, coderB.id],
        unit: { mode: 'overlap', threshold: 0.5 },
      });
      expect(c.status).toBe('in-progress');
      expect(c.decisions.map((d) => [d.kind, d.rule, d.curatorName])).toEqual([['merged', 'unanimous', 'Куратор']]);
      await app.call('undo', {});
      expect(
        (
          await app.call('getCuration', {
            documentId: doc,
            coderIds: [testCoder.id, coderB.id],
            unit: { mode: 'overlap', threshold: 0.5 },
          })
        ).curated,
      ).toEqual([]);
    } finally {
      await app.session.close();
    }
  });

  it('adds nothing when run again, and leaves the curated layer as it was', async () => {
    await merge();
    const before = await curatedOnDisk();
    const again = await merge('--json');
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out);
    expect(Object.keys(summary)).toEqual(['rule', 'documents', 'added', 'alreadyDecided', 'undecided']);
    expect(summary).toEqual({ rule: 'unanimous', documents: 1, added: 0, alreadyDecided: 1, undecided: 2 });
    expect(await curatedOnDisk()).toEqual(before);
  });

  it('with --rule none counts and copies nothing; majority of two is both', async () => {
    const none = JSON.parse((await merge('--rule', 'none', '--json')).out);
    expect(none).toEqual({ rule: 'none', documents: 1, added: 0, alreadyDecided: 0, undecided: 3 });
    const majority = JSON.parse((await merge('--rule', 'majority', '--json')).out);
    expect(majority).toEqual({ rule: 'majority', documents: 1, added: 1, alreadyDecided: 0, undecided: 2 });
  });

  it('speaks Russian with --lang ru', async () => {
    const { out } = await merge('--lang', 'ru');
    expect(out.split('\n')[0]).toBe(`Слито то, в чём согласны ${testCoder.name}, Борис (единогласно), по 1 документу:`);
    expect(out.split('\n')[1]).toBe('  1 единица добавлена в курированный слой');
  });
});

describe('curation log', () => {
  beforeEach(async () => {
    await merge();
  });

  it('prints the decision newest first, in words', async () => {
    const { code, out } = await cli('curation', 'log', '--project', project);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('1 decision in the log, newest first:');
    expect(lines[1]).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z {2}Первый \[0–14\] {2}merged {2}“Эксперт заявил” {2}Куратор: \(no reason\)$/,
    );
    expect(lines).toHaveLength(2);
  });

  it('prints {total, rows} with --json, each row the decision and what the log shows beside it', async () => {
    const log = JSON.parse((await cli('curation', 'log', '--project', project, '--json')).out);
    expect(Object.keys(log)).toEqual(['rows', 'total']);
    expect(log.total).toBe(1);
    const [row] = log.rows;
    expect(Object.keys(row)).toEqual(['decision', 'documentTitle', 'tagId', 'quote', 'gone', 'replacedBy', 'conflict']);
    expect([row.documentTitle, row.tagId, row.quote, row.gone, row.replacedBy, row.conflict]).toEqual([
      'Первый',
      'claim',
      'Эксперт заявил',
      [],
      null,
      false,
    ]);
    expect(row.decision.kind).toBe('merged');
    expect(row.decision.curatorName).toBe('Куратор');
    expect(row.decision.sources.map((s: { coderId: string }) => s.coderId).sort()).toEqual(
      [testCoder.id, coderB.id].sort(),
    );
  });

  it('writes the CSV with --csv: the README’s columns and the merged row', async () => {
    const file = join(work.dir, 'log.csv');
    const { code, out } = await cli('curation', 'log', '--project', project, '--csv', file);
    expect(code).toBe(0);
    expect(out).toBe(`Wrote 1 decision to ${file}`);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { rows } = readCsv(bytes.subarray(3));
    expect(rows[0]).toEqual([...decisionLogColumns]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(decisionLogColumns.map((c, i) => [c, rows[1]?.[i]]));
    expect([row.document_title, row.start, row.end, row.quote, row.decision, row.curator]).toEqual([
      'Первый',
      '0',
      '14',
      'Эксперт заявил',
      'merged',
      'Куратор',
    ]);
  });

  it('says what it wrote as {file, rows, bytes} with --csv and --json', async () => {
    const file = join(work.dir, 'log.csv');
    const saved = JSON.parse((await cli('curation', 'log', '--project', project, '--csv', file, '--json')).out);
    expect(saved).toEqual({ file, rows: 1, bytes: (await readFile(file)).length });
  });
});

describe('refusals: a message, a non-zero exit, nothing written', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['an unknown subcommand', ['curation', 'frob', '--project', '{p}'], 2, /Unknown curation command “frob”/],
    ['no subcommand', ['curation', '--project', '{p}'], 2, /Unknown curation command “”/],
    ['no --coders', ['curation', 'merge', '--project', '{p}'], 2, /needs --coders ID,ID/],
    ['one coder', ['curation', 'merge', '--project', '{p}', '--coders', testCoder.id], 2, /needs --coders ID,ID/],
    [
      'one coder named twice (id and name)',
      ['curation', 'merge', '--project', '{p}', '--coders', `${coderB.id},${coderB.name}`],
      1,
      /needs --coders ID,ID/,
    ],
    [
      'an unknown coder',
      ['curation', 'merge', '--project', '{p}', '--coders', `${testCoder.id},Никто`],
      1,
      /no coder “Никто”/,
    ],
    [
      'the curated layer as a coder',
      ['curation', 'merge', '--project', '{p}', '--coders', `${testCoder.id},${CURATED_CODER_ID}`],
      1,
      /not one of the coders to merge/,
    ],
    [
      'a bad --rule',
      ['curation', 'merge', '--project', '{p}', '--coders', `${testCoder.id},${coderB.id}`, '--rule', 'most'],
      2,
      /Unknown --rule “most”/,
    ],
    ['no --project', ['curation', 'log'], 2, /curation needs --project DIR/],
    [
      '--coders given to log',
      ['curation', 'log', '--project', '{p}', '--coders', 'a,b'],
      2,
      /Not understood: --coders/,
    ],
  ];
  for (const [what, argv, exit, said] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await projectHashes(project);
      const { code, out, err } = await cli(...argv.map((a) => (a === '{p}' ? project : a)));
      expect(err).toMatch(said);
      expect(out).toBe('');
      expect(code).toBe(exit);
      expect(await projectHashes(project)).toEqual(before);
    });
  }

  it('refuses a folder without a project', async () => {
    const { code, err } = await cli('curation', 'log', '--project', work.dir);
    expect(code).toBe(1);
    expect(err).toMatch(/holds no Glossator project/);
  });

  it('prints its own help for curation --help', async () => {
    const { code, out } = await cli('curation', '--help');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'Usage: npm run cli -- curation merge --project DIR --coders ID,ID[,ID…] [--rule unanimous|majority|none] [--json]',
    );
  });
});
