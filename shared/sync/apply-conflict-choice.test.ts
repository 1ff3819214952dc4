import { describe, expect, it } from 'vitest';
import { applyConflictChoice } from './apply-conflict-choice.ts';
import { mergeStoreFile } from './merge-store-file.ts';
import { actor, annotation, decision, files, mapping, status, tag } from './store-files.fixture.ts';

/** Every conflict of a merge resolved to one side, in turn, as the sync will apply the user's choices. */
function resolveAll(
  path: string,
  base: string | null,
  ours: string | null,
  theirs: string | null,
  choice: 'ours' | 'theirs',
) {
  const { merged, conflicts } = mergeStoreFile(path, base, ours, theirs);
  expect(conflicts.length).toBeGreaterThan(0);
  return conflicts.reduce((text, c) => applyConflictChoice(text, c, choice), merged);
}

describe('applyConflictChoice', () => {
  it('puts their version of a record changed on both sides in ours’ place, or leaves ours', () => {
    const base = files.actors([actor('a'), actor('b')]);
    const ours = files.actors([actor('a', 'ours'), actor('b', 'ours'), actor('c')]);
    const theirs = files.actors([actor('a', 'theirs'), actor('b', 'theirs')]);
    expect(resolveAll('actors.json', base, ours, theirs, 'theirs')).toBe(
      files.actors([actor('a', 'theirs'), actor('b', 'theirs'), actor('c')]),
    );
    expect(resolveAll('actors.json', base, ours, theirs, 'ours')).toBe(ours);
  });

  it('removes a record they deleted, and brings back one they changed after we deleted it', () => {
    const base = files.actors([actor('a'), actor('b')]);
    expect(
      resolveAll(
        'actors.json',
        base,
        files.actors([actor('a'), actor('b', 'ours')]),
        files.actors([actor('a')]),
        'theirs',
      ),
    ).toBe(files.actors([actor('a')]));
    expect(
      resolveAll(
        'actors.json',
        base,
        files.actors([actor('b')]),
        files.actors([actor('a', 'theirs'), actor('b')]),
        'theirs',
      ),
    ).toBe(files.actors([actor('b'), actor('a', 'theirs')]));
  });

  it('sets a field to their value, nested ones too', () => {
    const path = 'documents/d1/document.json';
    const base = files.document('d1');
    const ours = files.document('d1', { title: 'A', metadata: { source: 'a.ru', date: '2024-05-01' } });
    const theirs = files.document('d1', { title: 'B', metadata: { source: 'b.ru', date: '2024-05-01' } });
    expect(resolveAll(path, base, ours, theirs, 'theirs')).toBe(theirs);
    expect(
      resolveAll('project.json', files.project(), files.project({ name: 'A' }), files.project({ name: 'B' }), 'theirs'),
    ).toBe(files.project({ name: 'B' }));
  });

  it('resolves a codebook tag inside project.json', () => {
    const base = files.project({ tags: [tag('claim')] });
    const ours = files.project({ tags: [tag('claim', 'Утверждение')] });
    const theirs = files.project({ tags: [tag('claim', 'Тезис')] });
    expect(resolveAll('project.json', base, ours, theirs, 'theirs')).toBe(theirs);
  });

  it('sets a curation status to theirs, and leaves no file when their side emptied it', () => {
    const path = 'curation/d1.json';
    const base = files.curation('d1', status('d1', 'in-progress'), [decision('x1', 'd1')]);
    const ours = files.curation('d1', status('d1', 'done'), [decision('x1', 'd1')]);
    const theirs = files.curation('d1', status('d1', 'not-started'), [decision('x1', 'd1')]);
    expect(resolveAll(path, base, ours, theirs, 'theirs')).toBe(theirs);
    const layer = 'documents/d1/annotations.anna.json';
    const a = annotation('a', 'd1', 'anna');
    const changed = files.layer('d1', 'anna', [annotation('a', 'd1', 'anna', 'правка')]);
    expect(resolveAll(layer, files.layer('d1', 'anna', [a]), changed, null, 'theirs')).toBeNull();
  });

  it('takes their whole file, or their deletion, for a file deleted on one side', () => {
    const path = 'documents/d1/document.json';
    const base = files.document('d1');
    const changed = files.document('d1', { title: 'Другой' });
    expect(resolveAll(path, base, null, changed, 'theirs')).toBe(changed);
    expect(resolveAll(path, base, changed, null, 'theirs')).toBeNull();
    expect(resolveAll(path, base, null, changed, 'ours')).toBeNull();
  });

  it('replaces our mapping of a coder’s tag by theirs', () => {
    const ours = mapping('m1', 'boris', 'threat', 'claim');
    const theirs = mapping('m2', 'boris', 'threat', 'proposal');
    expect(
      resolveAll('tag-mappings.json', null, files.tagMappings([ours]), files.tagMappings([theirs]), 'theirs'),
    ).toBe(files.tagMappings([theirs]));
  });
});
