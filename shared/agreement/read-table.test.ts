import { describe, expect, it } from 'vitest';
import { CsvProblem } from '../formats/csv/read-csv.ts';
import { looksLikeFormula, maxTableCells, readReliabilityTable } from './read-table.ts';

function problem(input: string | Uint8Array) {
  try {
    readReliabilityTable(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvProblem);
    return (error as CsvProblem).text;
  }
  throw new Error('expected a CsvProblem');
}

describe('readReliabilityTable (units × coders)', () => {
  it('reads coder names from the header, one unit per row, an empty cell as a missing value', () => {
    const data = readReliabilityTable('Анна,Борис,C\r\nутверждение,утверждение,\r\n,предложение,-1\r\n"a, b",x,+2\r\n');
    expect(data.coders).toEqual(['Анна', 'Борис', 'C']);
    expect(data.units).toEqual([
      ['утверждение', 'утверждение', null],
      [null, 'предложение', '-1'],
      ['a, b', 'x', '+2'],
    ]);
  });

  it('trims cells and coder names: "A" and "A " are one category, a cell of only spaces is a missing value', () => {
    const data = readReliabilityTable(' Анна , Борис\r\nA,A \r\n   ,B\r\n" x ",x\r\n');
    expect(data.coders).toEqual(['Анна', 'Борис']);
    expect(data.units).toEqual([
      ['A', 'A'],
      [null, 'B'],
      ['x', 'x'],
    ]);
    expect(problem('A,B\n  ,x\ny, \n')).toEqual({ key: 'cli:tableNoPairs', params: { count: 2 } });
    expect(problem('A,B,A \nx,y,z\n')).toEqual({ key: 'cli:tableDuplicateCoder', params: { coder: 'A' } });
    expect(problem('A,B\nx, =1+1\n')).toMatchObject({ key: 'cli:tableFormula', params: { column: 2 } });
  });

  it('refuses an empty table, one coder, a blank or repeated coder name', () => {
    expect(problem('')).toEqual({ key: 'cli:tableEmpty' });
    expect(problem('\r\n')).toEqual({ key: 'cli:tableEmpty' });
    expect(problem('A\nx\ny\n')).toEqual({ key: 'cli:tableOneCoder', params: { coder: 'A' } });
    expect(problem('A, \nx,y\n')).toEqual({ key: 'cli:tableBlankCoder', params: { column: 2 } });
    expect(problem('A,B,A\nx,y,z\n')).toEqual({ key: 'cli:tableDuplicateCoder', params: { coder: 'A' } });
  });

  it('refuses a ragged row, naming its line (a quoted line break counts)', () => {
    expect(problem('A,B\nx,y\n"two\nlines",y\nz\n')).toEqual({
      key: 'cli:tableRagged',
      params: { line: 5, count: 1, coders: 2 },
    });
    expect(problem('A,B\nx,y,z\n')).toEqual({ key: 'cli:tableRagged', params: { line: 2, count: 3, coders: 2 } });
  });

  it('refuses a table where no unit has two values', () => {
    expect(problem('A,B\n')).toEqual({ key: 'cli:tableNoPairs', params: { count: 0 } });
    expect(problem('A,B\nx,\n,y\n')).toEqual({ key: 'cli:tableNoPairs', params: { count: 2 } });
  });

  it('refuses a formula-like cell, quoting only its start; signed numbers are categories', () => {
    expect(problem(`A,B\nx,y\nx,"=cmd|' /C calc'!A0${'x'.repeat(100)}"\n`)).toEqual({
      key: 'cli:tableFormula',
      params: { line: 3, column: 2, coder: 'B', cell: `=cmd|' /C calc'!A0${'x'.repeat(22)}…` },
    });
    for (const cell of ['=1+1', '+cmd', '-x', '@SUM(A1)', '\tx', '\r=1', '='])
      expect(looksLikeFormula(cell)).toBe(true);
    for (const cell of ['-1', '+2', '-0.5', '3', 'claim', "'=x", 'a=b']) expect(looksLikeFormula(cell)).toBe(false);
  });

  it('refuses non-UTF-8 bytes and tables over the cell limit while reading', () => {
    expect(problem(new Uint8Array([0x41, 0x2c, 0x42, 0x0a, 0xff, 0x2c, 0x79]))).toMatchObject({
      key: 'cli:csvNotUtf8',
    });
    const rows = maxTableCells / 2;
    const big = `A,B\n${'x,y\n'.repeat(rows)}`;
    expect(problem(big)).toEqual({ key: 'cli:csvTooManyCells', params: { limit: maxTableCells } });
    expect(readReliabilityTable(`A,B\n${'x,y\n'.repeat(rows - 1)}`).units).toHaveLength(rows - 1);
  });
});
