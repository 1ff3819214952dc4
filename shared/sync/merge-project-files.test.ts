import { describe, expect, it } from 'vitest';
import { applyConflictChoice } from './apply-conflict-choice.ts';
import { mergeProjectFiles } from './merge-project-files.ts';
import { actor, annotation, files } from './store-files.fixture.ts';

const doc = {
  info: 'documents/d1/document.json',
  text: 'documents/d1/text.json',
  layer: 'documents/d1/annotations.anna.json',
};
const a = annotation('a', 'd1', 'anna');
const b = annotation('b', 'd1', 'anna');
const base = { info: files.document('d1'), text: files.text('Глава ФСБ'), layer: files.layer('d1', 'anna', [a]) };

/** The document's three files with the given sides (null: absent there). */
const documentFiles = (ours: Partial<typeof base> | null, theirs: Partial<typeof base> | null) =>
  (['info', 'text', 'layer'] as const).map((k) => ({
    path: doc[k],
    base: base[k],
    ours: ours === null ? null : (ours[k] ?? base[k]),
    theirs: theirs === null ? null : (theirs[k] ?? base[k]),
  }));

describe('mergeProjectFiles', () => {
  it('merges files outside documents one by one and gathers their conflicts', () => {
    const result = mergeProjectFiles([
      {
        path: 'actors.json',
        base: files.actors([actor('x')]),
        ours: files.actors([actor('x', 'ours')]),
        theirs: files.actors([actor('x', 'theirs')]),
      },
      { path: 'concepts.json', base: null, ours: null, theirs: files.concepts([]) },
    ]);
    expect(result.writes).toEqual([
      { path: 'actors.json', data: files.actors([actor('x', 'ours')]) },
      { path: 'concepts.json', data: files.concepts([]) },
    ]);
    expect(result.conflicts).toMatchObject([{ path: 'actors.json', kind: 'actors', id: 'x' }]);
  });

  it('removes every file of a document deleted on one side and untouched on the other', () => {
    for (const files of [documentFiles(null, {}), documentFiles({}, null), documentFiles(null, null)]) {
      expect(mergeProjectFiles(files)).toEqual({
        writes: files.map((f) => ({ path: f.path, data: null })),
        conflicts: [],
      });
    }
  });

  it('keeps a document deleted by us deleted when they annotated it, and lets their side bring it back whole', () => {
    const theirs = { layer: files.layer('d1', 'anna', [a, b]) };
    const result = mergeProjectFiles(documentFiles(null, theirs));
    expect(result.writes.map((w) => w.data)).toEqual([null, null, null]);
    expect(result.conflicts.map((c) => [c.kind, c.path])).toEqual([
      ['file', doc.info],
      ['file', doc.text],
      ['file', doc.layer],
    ]);
    const restored = result.conflicts.map((c) => applyConflictChoice(null, c, 'theirs'));
    expect(restored).toEqual([base.info, base.text, theirs.layer]);
  });

  it('keeps a document we changed whole when they deleted it, and lets their side delete it whole', () => {
    const ours = { info: files.document('d1', { title: 'Новый' }) };
    const result = mergeProjectFiles(documentFiles(ours, null));
    expect(result.writes.map((w) => w.data)).toEqual([ours.info, base.text, base.layer]);
    expect(result.conflicts).toHaveLength(3);
    const chosen = result.conflicts.map((c, i) => applyConflictChoice(result.writes[i]?.data ?? null, c, 'theirs'));
    expect(chosen).toEqual([null, null, null]);
  });

  it('merges the files of a document both sides kept one by one', () => {
    const c = annotation('c', 'd1', 'anna');
    const result = mergeProjectFiles([
      {
        path: doc.layer,
        base: base.layer,
        ours: files.layer('d1', 'anna', [a, b]),
        theirs: files.layer('d1', 'anna', [a, c]),
      },
    ]);
    expect(result).toEqual({
      writes: [{ path: doc.layer, data: files.layer('d1', 'anna', [a, b, c]) }],
      conflicts: [],
    });
  });

  it('refuses a damaged file of a deleted document too', () => {
    const damaged = documentFiles(null, {}).map((f) => (f.path === doc.layer ? { ...f, theirs: '{' } : f));
    expect(() => mergeProjectFiles(damaged)).toThrow(expect.objectContaining({ code: 'not-json' }));
  });
});
