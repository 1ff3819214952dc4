import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { decision, row } from './curation-fixture.ts';
import { logFigures, summaryParts } from './curation-summary.ts';

const ru = translator('ru');
const en = translator('en');

describe('the curation summary', () => {
  const rows = [
    row(decision('d1'), { conflict: true, gone: ['a-1'] }),
    row(decision('d2'), { conflict: true, gone: ['a-1', 'b-2'] }),
    // Replaced: its conflict and gone source no longer stand.
    row(decision('d3'), { replacedBy: 'd2', conflict: true, gone: ['c-3'] }),
    row(decision('d4')),
  ];

  it('counts conflicts and gone sources of current decisions only, every decision in the total', () => {
    expect(logFigures(rows, 4)).toEqual({ decisions: 4, conflicts: 2, gone: 2 });
    expect(logFigures([], 0)).toEqual({ decisions: 0, conflicts: 0, gone: 0 });
    // Rows capped below the total: the total is what the log holds.
    expect(logFigures(rows, 20_000).decisions).toBe(20_000);
  });

  it('words documents by status with Russian plurals, warnings only when there are any', () => {
    const parts = summaryParts(ru, { 'not-started': 5, 'in-progress': 1, done: 3 }, logFigures(rows, 4));
    expect(parts.map((p) => p.text)).toEqual([
      '5 документов не начато',
      '1 документ в работе',
      '3 документа готовы',
      '4 решения',
      '2 решения в конфликте',
      '2 источника удалены',
    ]);
    expect(parts.filter((p) => p.warn).map((p) => p.key)).toEqual(['conflicts', 'gone']);
    const calm = summaryParts(en, { 'not-started': 1, 'in-progress': 0, done: 21 }, logFigures([], 0));
    expect(calm.map((p) => p.text)).toEqual([
      '1 document not started',
      '0 documents in progress',
      '21 documents done',
      '0 decisions',
    ]);
    expect(summaryParts(ru, { 'not-started': 21, 'in-progress': 0, done: 0 }, logFigures([], 0))[0]?.text).toBe(
      '21 документ не начат',
    );
  });
});
