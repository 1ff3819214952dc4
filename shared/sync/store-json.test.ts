import { describe, expect, it } from 'vitest';
import { realFiles } from './real-files.fixture.ts';
import { fileKindOf } from './store-file-kinds.ts';
import { stringifyStoreFile } from './store-json.ts';

describe('stringifyStoreFile', () => {
  it.each(Object.keys(realFiles))('writes %s back exactly as the store wrote it', (path) => {
    const text = realFiles[path] as string;
    const kind = fileKindOf(path)?.kind;
    expect(kind).toBeDefined();
    expect(stringifyStoreFile(JSON.parse(text), kind!.format)).toBe(text);
  });

  it('puts every record of a list file on its own line', () => {
    const text = stringifyStoreFile(
      { schemaVersion: 4, actors: [{ id: 'a' }, { id: 'b' }], rejectedMentions: [] },
      'records',
    );
    expect(text).toBe('{\n"schemaVersion": 4,\n"actors": [\n{"id":"a"},\n{"id":"b"}\n],\n"rejectedMentions": []\n}\n');
  });

  it('knows every data file of the layout and nothing else', () => {
    for (const path of Object.keys(realFiles)) expect(fileKindOf(path)).not.toBeNull();
    expect(fileKindOf('documents/d1/annotations.json')?.kind.name).toBe('legacyAnnotations');
    expect(fileKindOf('documents/d1/annotations.anna.json')?.empty).toMatchObject({
      documentId: 'd1',
      coderId: 'anna',
    });
    for (const path of [
      'glossator.lock',
      'glossator.journal.json',
      'notes.txt',
      'documents/../x.json',
      'curation/a b.json',
    ]) {
      expect(fileKindOf(path)).toBeNull();
    }
  });
});
