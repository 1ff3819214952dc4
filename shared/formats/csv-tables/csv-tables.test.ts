import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../csv/read-csv.ts';
import { type CsvTableName, csvTableFiles, csvTableNames } from './csv-tables.ts';
import { coderA, coderB, csvFixture, russianText, secondText } from './testing/csv-fixture.ts';

/** The team's CSV validator (../shared beside the repository): csv-parse strict + csvkit. */
const checkCsvScript = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'validators',
  'csv',
  'check-csv.sh',
);
const csvValidatorMissing = existsSync(checkCsvScript) ? null : `${checkCsvScript} is absent`;

function checkCsv(files: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync('sh', [checkCsvScript, ...files], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A table as R or pandas reads it: one object per row, keyed by the header. */
function read(table: CsvTableName, bom = false): Record<string, string>[] {
  const [file] = csvTableFiles(csvFixture(), { bom }, [table]);
  const [header, ...rows] = readCsv(file?.csv ?? '').rows;
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('CSV tables', () => {
  it('writes every table as RFC 4180 text: a header row, CRLF after each record, no BOM unless asked', () => {
    const files = csvTableFiles(csvFixture());
    expect(files.map((f) => f.file)).toEqual(csvTableNames.map((n) => `${n}.csv`));
    for (const { csv } of files) {
      expect(csv.startsWith('\uFEFF')).toBe(false);
      expect(csv.endsWith('\r\n')).toBe(true);
      const { rows } = readCsv(csv);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    }
    expect(
      csvTableFiles(csvFixture(), { bom: true }).every(
        (f) => f.csv.startsWith('\uFEFFdocument_id') || f.csv.startsWith('\uFEFF'),
      ),
    ).toBe(true);
  });

  it('annotations: long form, both coders, nested and overlapping spans in text order, UTF-16 offsets named', () => {
    const rows = read('annotations');
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining([
        'document_id',
        'document_title',
        'document_date',
        'annotation_id',
        'coder',
        'tag',
        'tag_path',
        'start',
        'end',
        'offset_unit',
        'text',
        'speaker',
        'stance',
        'note',
        'created',
        'modified',
        'addressee',
        'concept',
        'actor',
        'statement_date',
      ]),
    );
    expect(rows.map((r) => r.annotation_id)).toEqual(['a-causal', 'a-mention', 'a-overlap', 'a-threat', 'a-opposes']);
    for (const r of rows) {
      expect(r.offset_unit).toBe('utf-16');
      const text = r.document_id === 'doc-ru' ? russianText : secondText;
      // What a script slices with the offsets (UTF-16, as JavaScript; Python: utf-16-le bytes × 2) is the text cell.
      // The cell of text a spreadsheet would run (@угроза) carries the apostrophe; the offsets are the text's.
      expect((r.text ?? '').replace(/^'(?=[=+\-@])/, '')).toBe(text.slice(Number(r.start), Number(r.end)));
      // As R's substr and Python's slicing count: code points.
      expect((r.text ?? '').replace(/^'(?=[=+\-@])/, '')).toBe(
        [...text].slice(Number(r.code_point_start), Number(r.code_point_end)).join(''),
      );
    }
    const causal = rows[0];
    expect(causal).toMatchObject({
      document_title: 'Статья "первая", <b>жирная</b>',
      document_date: '08.09.2023',
      coder_id: coderA.id,
      coder: coderA.name,
      tag: 'Causal, "quoted"\nclaim',
      tag_path: 'Утверждение / Causal, "quoted"\nclaim',
      text: 'Президент заявил: «Мы 🙂 поддерживаем программу».',
      speaker: 'Президент 🇷🇺',
      addressee: 'ШОС, "SCO"',
      concept: 'Программа 2025–2027',
      stance: 'supports',
      note: 'He said "yes", then\r\n=1+1',
      orphaned: 'false',
    });
    // The emoji counts two UTF-16 units, one code point.
    expect(Number(causal?.end) - Number(causal?.start)).toBe(49);
    expect(Number(causal?.code_point_end) - Number(causal?.code_point_start)).toBe(48);
    // After the emoji, the two units differ by one.
    expect([rows[2]?.start, rows[2]?.code_point_start]).toEqual(['22', '22']);
    expect([rows[2]?.end, rows[2]?.code_point_end]).toEqual(['56', '55']);
    expect(rows[2]).toMatchObject({
      coder: `'${coderB.name}`,
      tag: 'Утверждение',
      tag_path: 'Утверждение',
      speaker: '',
    });
    expect(rows[3]).toMatchObject({ text: "'@угроза", note: "'@mention", tag: "'+threat" });
    expect(rows[4]).toMatchObject({ document_title: "'-minus title", statement_date: '2022-05' });
  });

  it('statements: one event per claim or proposal, dated as the app dates them, earliest first', () => {
    const rows = read('statements');
    expect(rows.map((r) => [r.statement_id, r.date, r.date_from, r.type])).toEqual([
      ['a-opposes', '2022-05', 'statement', 'proposal'],
      ['a-causal', '2023-09-08', 'document', 'claim'],
      ['a-overlap', '2023-09-08', 'document', 'claim'],
    ]);
    expect(rows[0]).toMatchObject({
      speaker_id: 'actor-council',
      speaker: 'Council',
      stance: 'opposes',
      document_id: 'doc-two',
      quote: 'opposes the plan',
      offset_unit: 'utf-16',
    });
    expect(rows[1]).toMatchObject({
      speaker: 'Президент 🇷🇺',
      addressee: 'ШОС, "SCO"',
      concept_id: 'concept-programme',
      concept: 'Программа 2025–2027',
      document_date: '08.09.2023',
      quote: 'Президент заявил: «Мы 🙂 поддерживаем программу».',
    });
  });

  it('links: source and target annotations, type and coder by name, the ends’ documents across documents', () => {
    expect(read('links')).toEqual([
      {
        link_id: 'link-1',
        source_annotation: 'a-causal',
        target_annotation: 'a-opposes',
        type_id: 'responds-to',
        type: 'Отвечает на',
        coder_id: coderA.id,
        coder: coderA.name,
        source_document_id: 'doc-ru',
        source_document_title: 'Статья "первая", <b>жирная</b>',
        source_text: 'Президент заявил: «Мы 🙂 поддерживаем программу».',
        target_document_id: 'doc-two',
        target_document_title: "'-minus title",
        target_text: 'opposes the plan',
        note: '"see" =1+1',
        created: '2026-11-30T10:00:00.000Z',
        modified: '2026-11-30T10:00:00.000Z',
      },
    ]);
  });

  it('actors with aliases and affiliations, joined in the registry and one per row in their own tables', () => {
    expect(read('actors')[0]).toMatchObject({
      actor_id: 'actor-president',
      name: 'Президент 🇷🇺',
      type: 'person',
      aliases: 'глава государства | +Путин',
      affiliations: 'ШОС, "SCO"',
      notes: 'memo with\nnewline and <script>',
    });
    expect(read('actor_aliases').map((r) => r.alias)).toEqual(['глава государства', "'+Путин"]);
    expect(read('actor_affiliations')).toEqual([
      {
        actor_id: 'actor-president',
        actor: 'Президент 🇷🇺',
        organization_id: 'actor-sco',
        organization: 'ШОС, "SCO"',
        role: 'член, "глава"',
        from: '2001',
        to: '',
      },
    ]);
  });

  it('documents with their metadata as typed, their length in UTF-16 units and their annotations counted', () => {
    expect(read('documents')).toEqual([
      expect.objectContaining({
        document_id: 'doc-ru',
        document_date: '08.09.2023',
        language: 'ru',
        text_length: String(russianText.length),
        offset_unit: 'utf-16',
        annotations: '4',
        memo: "'=SUM(A1)\nстрока",
      }),
      expect.objectContaining({
        document_id: 'doc-two',
        source: 'Gazette',
        url: 'https://example.org/a?b=1,2',
        annotations: '1',
        memo: '',
      }),
    ]);
  });

  it('tags with their paths and kinds, and the concepts', () => {
    expect(read('tags').map((r) => [r.tag_id, r.path, r.kind])).toEqual([
      ['claim', 'Утверждение', 'statement'],
      ['claim-causal', 'Утверждение / Causal, "quoted"\nclaim', 'statement'],
      ['proposal', 'Proposal', 'statement'],
      ['actor-mention', 'Actor <mention>', 'actor-mention'],
      ['threat', "'+threat", 'plain'],
    ]);
    expect(read('concepts')).toEqual([expect.objectContaining({ concept_id: 'concept-programme' })]);
  });

  it('leaves the code point cells empty when the texts were not read', () => {
    const [file] = csvTableFiles({ ...csvFixture(), codePoints: undefined }, {}, ['statements']);
    const [header, first] = readCsv(file?.csv ?? '').rows;
    expect(first?.[header?.indexOf('code_point_start') ?? -1]).toBe('');
    expect(first?.[header?.indexOf('start') ?? -1]).not.toBe('');
  });

  it('names a record the snapshot lacks by its id, and survives a cycle in the codebook', () => {
    const input = csvFixture();
    const cyclic = input.tags.map((t) => (t.id === 'claim' ? { ...t, parent: 'claim-causal' } : t));
    const [file] = csvTableFiles({ ...input, tags: cyclic, coders: [coderA], actors: [] }, {}, ['annotations']);
    const [header, , , overlap] = readCsv(file?.csv ?? '').rows;
    const at = (name: string) => overlap?.[header?.indexOf(name) ?? -1];
    expect(at('coder')).toBe(coderB.id);
    expect(at('tag_path')).toBe('Causal, "quoted"\nclaim / Утверждение');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'csv-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(csvValidatorMissing !== null)('CSV tables through ../shared/validators/csv/check-csv.sh', () => {
  if (csvValidatorMissing) console.log(`skipped: ${csvValidatorMissing}`);
  it.each([false, true])('every table passes (BOM %s)', (bom) => {
    const paths = csvTableFiles(csvFixture(), { bom }).map(({ file, csv }) => {
      const path = join(dir, `${bom ? 'bom-' : ''}${file}`);
      writeFileSync(path, csv, 'utf8');
      return path;
    });
    const { status, output } = checkCsv(paths);
    expect(output).not.toContain('FAIL');
    expect(status, output).toBe(0);
  });
});
