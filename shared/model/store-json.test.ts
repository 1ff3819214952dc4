import { describe, expect, it } from 'vitest';
import { stringifyRecords } from './store-json.ts';

describe('stringifyRecords', () => {
  it('puts each array element on its own line and parses back to the same value', () => {
    const data = { schemaVersion: 1, documentId: 'd', annotations: [{ id: 'a', q: '«x»\n' }, { id: 'b' }], empty: [] };
    const text = stringifyRecords(data);
    expect(text.split('\n')).toEqual([
      '{',
      '"schemaVersion": 1,',
      '"documentId": "d",',
      '"annotations": [',
      '{"id":"a","q":"«x»\\n"},',
      '{"id":"b"}',
      '],',
      '"empty": []',
      '}',
      '',
    ]);
    expect(JSON.parse(text)).toEqual(data);
  });
  it('writes other values as plain JSON', () => {
    expect(JSON.parse(stringifyRecords([1, 2]))).toEqual([1, 2]);
    expect(JSON.parse(stringifyRecords(null))).toBeNull();
  });
});
