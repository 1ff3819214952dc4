import { describe, expect, it } from 'vitest';
import { bundleFileTable, specOf } from './bundle-file-table.ts';
import { parseBundleJson } from './bundle-json.ts';
import { bundlePaths, parseBundlePath, tablePaths } from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';

describe('the table of bundle files', () => {
  it('reads back every path it writes', () => {
    expect(parseBundlePath(bundlePaths.document('d1'))).toEqual({ kind: 'document', documentId: 'd1' });
    expect(parseBundlePath(bundlePaths.text('d1'))).toEqual({ kind: 'text', documentId: 'd1' });
    expect(parseBundlePath(bundlePaths.original('d1'))).toEqual({ kind: 'original', documentId: 'd1' });
    expect(parseBundlePath(bundlePaths.annotations('d1', 'c-1'))).toEqual({
      kind: 'annotations',
      documentId: 'd1',
      coderId: 'c-1',
    });
    expect(parseBundlePath(bundlePaths.links('c_2'))).toEqual({ kind: 'links', coderId: 'c_2' });
    for (const [table, path] of Object.entries(tablePaths))
      expect(parseBundlePath(path)).toEqual({ kind: 'table', table });
  });

  it('knows no other name: no folder climbing, no nested folders, no ids outside the safe alphabet', () => {
    for (const path of [
      'manifest.json',
      'documents/../codebook.json',
      'documents/d1/../../etc/passwd',
      'documents/d1/sub/text.txt',
      'documents/.d1/text.txt',
      'documents/d1/annotations..json',
      'documents/d1/annotations.a.b.json',
      'links.json',
      'links.a/b.json',
      'Codebook.json',
      'documents/d1/text.TXT',
      '',
    ]) {
      expect(parseBundlePath(path), path).toBeNull();
    }
  });

  it('gives every kind a cap, texts the most a text can be as UTF-8', () => {
    const text = parseBundlePath('documents/d1/text.txt');
    expect(text && specOf(text)).toMatchObject({ form: 'text', maxBytes: 20 * 1024 * 1024 * 3 });
    for (const spec of Object.values(bundleFileTable)) expect(spec.maxBytes).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('parseBundleJson', () => {
  it('refuses prototype keys however they are written, and leaves Object.prototype alone', () => {
    for (const text of [
      '{"__proto__": {"polluted": 1}}',
      '[{"a": {"constructor": {"prototype": {"polluted": 1}}}}]',
      '{"\\u005f_proto__": {"polluted": 1}}',
      '{"prototype": 1}',
    ]) {
      expect(() => parseBundleJson('x.json', text)).toThrow(BundleProblem);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads words that merely contain those names as values', () => {
    expect(parseBundleJson('x.json', '{"note": "the constructor of __proto__"}')).toEqual({
      note: 'the constructor of __proto__',
    });
  });
});
