import { describe, expect, it } from 'vitest';
import { exportFormats } from '../../../../shared/formats/exchange/exchange-types.ts';
import { exchangeFileKind, exchangeFileName } from './exchange-file-name.ts';

describe('exchangeFileName', () => {
  const day = new Date(2026, 11, 2);
  it('names the file by project, coder and day, ending as its format does', () => {
    expect(exchangeFileName('qdpx', 'Сарыарка', 'Анна', day)).toBe('Сарыарка — Анна — 2026-12-02.qdpx');
    expect(exchangeFileName('csv', 'P', 'A', day)).toBe('P — A — 2026-12-02 csv.zip');
    expect(exchangeFileName('brat', 'P', 'A', day)).toBe('P — A — 2026-12-02 brat.zip');
    expect(exchangeFileName('w3c', 'P/Q', 'A', day)).toBe('P Q — A — 2026-12-02.jsonld');
    expect(exchangeFileName('bundle', 'P', 'A', day)).toBe('P — A — 2026-12-02.glossator');
    expect(exchangeFileName('csv', 'P', 'A', day, 'statements')).toBe('P — A — 2026-12-02 statements.csv');
  });
  it('gives every format a file kind of the dialogs', () => {
    expect(exportFormats.map((f) => exchangeFileKind(f))).toEqual([
      'bundle',
      'zip',
      'qdpx',
      'qdc',
      'w3c',
      'zip',
      'graphml',
    ]);
    expect(exchangeFileKind('csv', 'statements')).toBe('csv');
  });
});
