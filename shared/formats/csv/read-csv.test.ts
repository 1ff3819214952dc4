import { describe, expect, it } from 'vitest';
import { CsvProblem, decodeUtf8, firstInvalidUtf8, readCsv } from './read-csv.ts';

function problem(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CsvProblem);
    return (error as CsvProblem).text;
  }
  throw new Error('expected a CsvProblem');
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('readCsv (RFC 4180, strict)', () => {
  it('reads fields, CRLF and LF records, quoted commas, quotes and line breaks, and the start line of each record', () => {
    const { rows, lines } = readCsv('a,b\r\n"x, y","say ""hi"""\n"two\r\nlines",\r\n,\r\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', ''],
      ['', ''],
    ]);
    expect(lines).toEqual([1, 2, 3, 5]);
  });

  it('reads the last record without a line break, drops a BOM, and keeps spaces as written', () => {
    expect(readCsv('\uFEFFa, b\r\n c,d').rows).toEqual([
      ['a', ' b'],
      [' c', 'd'],
    ]);
    expect(readCsv('').rows).toEqual([]);
    expect(readCsv('\uFEFF').rows).toEqual([]);
    expect(readCsv('a,').rows).toEqual([['a', '']]);
    expect(readCsv('""').rows).toEqual([['']]);
  });

  it('decodes UTF-8 bytes, Cyrillic and astral characters included', () => {
    const text = 'кодер,🙂\r\nутверждение,"предложение"\r\n';
    expect(readCsv(new TextEncoder().encode(`\uFEFF${text}`)).rows).toEqual([
      ['кодер', '🙂'],
      ['утверждение', 'предложение'],
    ]);
  });

  it('refuses a quoted field never closed, text after a closing quote, a stray quote and a bare CR, saying where', () => {
    expect(problem(() => readCsv('a,b\r\n"open,b\r\nc,d\r\n'))).toEqual({
      key: 'cli:csvUnclosedQuote',
      params: { line: 2 },
    });
    expect(problem(() => readCsv('a,b\n"x"y,b\n'))).toEqual({
      key: 'cli:csvTextAfterQuote',
      params: { line: 2, field: 1 },
    });
    expect(problem(() => readCsv('a,b\n"multi\nline" x,b\n'))).toEqual({
      key: 'cli:csvTextAfterQuote',
      params: { line: 3, field: 1 },
    });
    expect(problem(() => readCsv('a,b\nx,ab"c\n'))).toEqual({
      key: 'cli:csvStrayQuote',
      params: { line: 2, field: 2 },
    });
    expect(problem(() => readCsv('a,b\rc,d'))).toEqual({ key: 'cli:csvBareCr', params: { line: 1 } });
  });

  it('stops reading as soon as the file holds more cells than allowed', () => {
    expect(readCsv('a,b\nc,d\n', { maxCells: 4 }).rows).toHaveLength(2);
    expect(problem(() => readCsv('a,b\nc,d\ne\n', { maxCells: 4 }))).toEqual({
      key: 'cli:csvTooManyCells',
      params: { limit: 4 },
    });
  });

  it('refuses bytes that are not UTF-8, naming the first bad byte and its line', () => {
    // "a,b\n" then "é" in Latin-1 (0xE9), as a spreadsheet saving "CSV (Windows)" writes it.
    expect(problem(() => readCsv(bytes(0x61, 0x2c, 0x62, 0x0a, 0x63, 0xe9, 0x2c, 0x64)))).toEqual({
      key: 'cli:csvNotUtf8',
      params: { byte: 6, line: 2 },
    });
    expect(() => decodeUtf8(bytes(0xd0, 0xba))).not.toThrow();
  });

  it('finds overlong forms, surrogates, truncated sequences and bytes past U+10FFFF', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('ок 🙂'))).toBe(9);
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2); // cut short
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0); // a lone continuation byte
  });
});
