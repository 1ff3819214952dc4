import { describe, expect, it } from 'vitest';
import { readCsv } from '../formats/csv/read-csv.ts';
import { decision } from './curatable-links.fixture.ts';
import { decisionLogColumns, type DecisionRow } from './curation-types.ts';
import { decisionLogCsv } from './decision-log-csv.ts';

const edited: DecisionRow = {
  decision: decision('t2', 'take-edited', [['alice', 'a1']], 'c1', {
    documentId: 'doc1',
    start: 3,
    end: 17,
    considered: [
      { coderId: 'bob', id: 'b1' },
      { coderId: 'carol', id: 'k1' },
    ],
    takenFrom: 'alice',
    edited: ['span', 'stance'],
    fieldsFrom: { stance: 'bob' },
    replaces: ['t1', 'm1'],
    reason: '=HYPERLINK("http://x")',
    quickReasons: ['codebook rule 3', 'boundary: whole sentence'],
    curatorName: 'Анна, куратор',
    at: '2026-03-01T10:00:00.000Z',
  }),
  documentTitle: 'Выступление "министра"',
  tagId: 'claim',
  quote: 'рост угрозы',
  gone: ['b1'],
  replacedBy: null,
  conflict: true,
};
const rejected: DecisionRow = {
  decision: decision('r1', 'reject-all', [], undefined, {
    considered: [{ coderId: 'bob', id: 'b2' }],
    reason: 'noise',
  }),
  documentTitle: 'Второй',
  tagId: null,
  quote: '',
  gone: [],
  replacedBy: 'r2',
  conflict: false,
};

describe('decisionLogCsv', () => {
  const csv = decisionLogCsv([edited, rejected], { tagName: (id) => (id === 'claim' ? 'Утверждение' : id) });
  const { rows } = readCsv(csv);

  it('starts with a BOM and the columns exactly, CRLF after each record', () => {
    expect(csv.startsWith('\uFEFFdecision_id,document_id,')).toBe(true);
    expect(rows[0]).toEqual([...decisionLogColumns]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(3);
  });

  it('writes one row per decision: lists joined by "; ", coder records as coder:id, a formula made text', () => {
    const row = Object.fromEntries(decisionLogColumns.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toEqual({
      decision_id: 't2',
      document_id: 'doc1',
      document_title: 'Выступление "министра"',
      start: '3',
      end: '17',
      quote: 'рост угрозы',
      decision: 'take-edited',
      taken_from: 'alice',
      edited_fields: 'span; stance',
      fields_from: 'stance:bob',
      result_id: 'c1',
      result_tag: 'Утверждение',
      sources: 'alice:a1',
      considered: 'bob:b1; carol:k1',
      sources_gone: 'b1',
      replaces: 't1; m1',
      replaced_by: '',
      conflict: 'true',
      quick_reasons: 'codebook rule 3; boundary: whole sentence',
      reason: `'=HYPERLINK("http://x")`,
      curator_id: 'u1',
      curator: 'Анна, куратор',
      decided_at: '2026-03-01T10:00:00.000Z',
    });
    expect(rows[2]?.slice(0, 8)).toEqual(['r1', 'd1', 'Второй', '0', '1', '', 'reject-all', '']);
    expect(rows[2]?.[decisionLogColumns.indexOf('replaced_by')]).toBe('r2');
    expect(rows[2]?.[decisionLogColumns.indexOf('conflict')]).toBe('false');
  });

  it('leaves the BOM out when asked', () => {
    expect(decisionLogCsv([], { tagName: String, bom: false })).toBe(`${decisionLogColumns.join(',')}\r\n`);
  });
});
