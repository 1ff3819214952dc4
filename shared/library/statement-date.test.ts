import { describe, expect, it } from 'vitest';
import { compareStatementDates, rowStatementDate, statementDate } from './statement-date.ts';

describe('statementDate', () => {
  it('prefers the statement’s own date to its document’s', () => {
    expect(statementDate({ statementDate: '2023-09' }, '2024-01-02')).toBe('2023-09');
    expect(statementDate({ statementDate: '2023' }, '08.09.2023')).toBe('2023');
  });

  it('reads the document dates researchers type, to the day', () => {
    expect(statementDate({}, '2023-09-08')).toBe('2023-09-08');
    expect(statementDate({}, '2023-09-08T12:51:30+03:00')).toBe('2023-09-08');
    expect(statementDate({}, '08.09.2023')).toBe('2023-09-08');
    expect(statementDate({}, '8.9.2023 9:05')).toBe('2023-09-08');
    expect(statementDate({}, '2023-09')).toBe('2023-09');
    expect(statementDate({}, '2023')).toBe('2023');
  });

  it('is null when neither date can be read', () => {
    expect(statementDate({}, null)).toBeNull();
    expect(statementDate({}, undefined)).toBeNull();
    expect(statementDate({}, 'вчера')).toBeNull();
  });

  it('reads a listed row the same way', () => {
    expect(rowStatementDate({ annotation: {}, documentDate: '08.09.2023' })).toBe('2023-09-08');
    expect(rowStatementDate({ annotation: { statementDate: '2024' }, documentDate: '08.09.2023' })).toBe('2024');
  });
});

describe('compareStatementDates', () => {
  it('orders mixed precisions as text, undated last', () => {
    const dates = ['2024-03-14', null, '2023', '2023-09-08', '2023-09', null, '2024'];
    expect(dates.sort(compareStatementDates)).toEqual([
      '2023',
      '2023-09',
      '2023-09-08',
      '2024',
      '2024-03-14',
      null,
      null,
    ]);
  });
});
