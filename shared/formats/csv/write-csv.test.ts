import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.ts';
import { csvField, writeCsv } from './write-csv.ts';

describe('writeCsv (RFC 4180)', () => {
  it('ends every record with CRLF, the header first like any row', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
    expect(writeCsv([])).toBe('');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('x, y')).toBe('"x, y"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('Ленин сказал')).toBe('Ленин сказал');
  });

  it('neutralises formula-like text for spreadsheets with a leading apostrophe', () => {
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, never neutralised; empty for null and non-finite numbers', () => {
    expect(writeCsv([[-0.25, 0, 1e-7, null, undefined, Number.NaN, true]])).toBe('-0.25,0,1e-7,,,,true\r\n');
  });

  it('an optional BOM, so Excel reads UTF-8', () => {
    expect(writeCsv([['кодер']], { bom: true })).toBe('\uFEFFкодер\r\n');
  });

  it('reads back through the strict reader, cell for cell', () => {
    const rows = [
      ['документ', 'memo', 'n'],
      ['Статья "1"', 'a,b\r\nc', '3'],
      ['', '🙂', ''],
    ];
    expect(readCsv(writeCsv(rows, { bom: true })).rows).toEqual(rows);
  });
});
