import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coder } from '../../../../shared/model/coder.ts';
import { applyBundle, defaultDecisions, previewBundleFile } from '../../bundles/bundle-import.ts';
import { exportBundle } from '../../bundles/bundle-export.ts';
import { readBundle } from '../../bundles/read-bundle.ts';
import { layout } from '../../store/project-layout.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { projectHashes } from '../../testing/project-hashes.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';
import { tempDir } from '../../testing/temp-dir.ts';

const bea: Coder = { id: 'coder-bea', name: 'Беатриса Константиновна' };
const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество.';

type Side = SessionDriver & { dir: string };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openIn(dir: string, coder: Coder = testCoder): Promise<Side> {
  const driver = await sessionDriver(dir, coder);
  cleanups.push(() => driver.session.close());
  return { dir, ...driver };
}

async function freshProject(coder: Coder = testCoder): Promise<Side> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return openIn(dir, coder);
}

/** A project with a document annotated by its coder (so they are one of its coders). */
async function annotated(side: Side, tags: string[] = ['claim', 'claim-causal']): Promise<string> {
  const doc = await side.call('addDocument', { title: 'Текст', text });
  for (const [i, tagId] of tags.entries()) {
    await side.call('createAnnotation', { documentId: doc.id, tagId, start: i * 10, end: i * 10 + 7 });
  }
  return doc.id;
}

const tagName = (side: Side, id: string) => side.session.store.codebook().tags.find((t) => t.id === id)?.name ?? id;
const mappingsFile = (dir: string) => layout.tagMappingsFile(dir);

describe('tag mappings in the store', () => {
  it('a project without tag-mappings.json opens with none, and opening writes no such file', async () => {
    const t = await freshProject();
    await annotated(t);
    expect(await t.call('listTagMappings', {})).toEqual([]);
    expect(t.session.store.coderCodebooks()).toEqual([]);
    expect(existsSync(mappingsFile(t.dir))).toBe(false);
  });

  /** Reopens the project over `content` written as tag-mappings.json: it is set aside, kept as it was, and a
   *  later mapping leaves the copy alone. */
  async function setAsideOnOpen(content: string) {
    const t = await freshProject();
    await annotated(t);
    await t.call('saveTagMapping', { coderId: testCoder.id, fromTagId: 'claim-causal', toTagId: 'claim' });
    await t.session.close();
    await writeFile(mappingsFile(t.dir), content);
    const again = await openIn(t.dir);
    expect(await again.call('listTagMappings', {})).toEqual([]);
    const info = await again.call('getProjectInfo', {});
    const problem = info.problems.find((p) => p.file === 'tag-mappings.json');
    expect(problem?.setAsideAs).toMatch(/^tag-mappings\.damaged-.+\.json$/);
    const copy = join(t.dir, problem?.setAsideAs as string);
    expect(await readFile(copy, 'utf8')).toBe(content);
    await again.call('saveTagMapping', { coderId: testCoder.id, fromTagId: 'claim', toTagId: 'proposal' });
    expect(await again.call('listTagMappings', {})).toMatchObject([{ fromTagId: 'claim', toTagId: 'proposal' }]);
    expect(await readFile(copy, 'utf8')).toBe(content);
    expect(JSON.parse(await readFile(mappingsFile(t.dir), 'utf8')).mappings).toHaveLength(1);
  }

  it('a damaged tag-mappings.json is set aside as it was and reported; the project opens with none', async () => {
    await setAsideOnOpen('{"schemaVersion": 4, "mappings": [{"id": 1}]');
  });

  const mapping = (id: string, fromTagId: string, toTagId: string) => ({
    id,
    coderId: testCoder.id,
    fromTagId,
    toTagId,
    created: '2026-12-01T10:00:00.000Z',
    modified: '2026-12-01T10:00:00.000Z',
  });
  const file = (...mappings: ReturnType<typeof mapping>[]) =>
    `${JSON.stringify({ schemaVersion: 4, mappings, coderCodebooks: [] }, null, 2)}\n`;

  it('the same file with one mapping per coder’s tag opens as written (the two below differ only in that)', async () => {
    const t = await freshProject();
    await annotated(t);
    await t.session.close();
    const one = mapping('m1', 'claim-causal', 'claim');
    await writeFile(mappingsFile(t.dir), file(one, mapping('m2', 'claim', 'proposal')));
    const again = await openIn(t.dir);
    expect(await again.call('listTagMappings', {})).toHaveLength(2);
    expect((await again.call('getProjectInfo', {})).problems).toEqual([]);
  });

  it('a file with two mappings of one coder’s tag is damaged (which one wins would depend on order)', async () => {
    await setAsideOnOpen(file(mapping('m1', 'claim-causal', 'claim'), mapping('m2', 'claim-causal', 'proposal')));
  });

  it('a file with a tag mapped onto itself is damaged', async () => {
    await setAsideOnOpen(file(mapping('m1', 'claim', 'claim')));
  });

  it('saves a mapping (one undo step), keeps it on reopen, replaces that coder’s mapping of that tag, undoes each', async () => {
    const t = await freshProject();
    await annotated(t);
    const saved = await t.call('saveTagMapping', {
      coderId: testCoder.id,
      fromTagId: 'claim-causal',
      toTagId: 'claim',
    });
    expect(saved).toMatchObject({ coderId: testCoder.id, fromTagId: 'claim-causal', toTagId: 'claim' });
    expect((await t.call('getHistory', {})).undo).toMatchObject({
      key: 'history:mapTag',
      params: { coder: testCoder.name, to: 'Claim' },
    });
    const onDisk = JSON.parse(await readFile(mappingsFile(t.dir), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 4, mappings: [saved], coderCodebooks: [] });

    await t.session.close();
    const again = await openIn(t.dir);
    expect(await again.call('listTagMappings', {})).toEqual([saved]);

    const changed = await again.call('saveTagMapping', {
      coderId: testCoder.id,
      fromTagId: 'claim-causal',
      toTagId: 'proposal',
    });
    expect(changed.id).toBe(saved.id);
    expect(await again.call('listTagMappings', {})).toEqual([changed]);
    // The same mapping again is no step.
    await again.call('saveTagMapping', { coderId: testCoder.id, fromTagId: 'claim-causal', toTagId: 'proposal' });
    await again.call('undo', {});
    expect(await again.call('listTagMappings', {})).toEqual([saved]);

    await again.call('deleteTagMapping', { mappingId: saved.id });
    expect(await again.call('listTagMappings', {})).toEqual([]);
    expect(existsSync(mappingsFile(t.dir))).toBe(false);
    expect((await again.call('undo', {})).label).toMatchObject({ key: 'history:unmapTag' });
    expect(await again.call('listTagMappings', {})).toEqual([saved]);
    await again.call('redo', {});
    expect(await again.call('listTagMappings', {})).toEqual([]);
  });

  it('refuses an unknown coder, an unknown tag, a tag onto itself and an unknown mapping, changing nothing', async () => {
    const t = await freshProject();
    await annotated(t);
    const before = await projectHashes(t.dir);
    const history = await t.call('getHistory', {});
    const cases: Array<[unknown, string]> = [
      [{ coderId: 'nobody', fromTagId: 'claim', toTagId: 'proposal' }, 'not-found'],
      [{ coderId: testCoder.id, fromTagId: 'no-such-tag', toTagId: 'proposal' }, 'not-found'],
      [{ coderId: testCoder.id, fromTagId: 'claim', toTagId: 'no-such-tag' }, 'not-found'],
      [{ coderId: testCoder.id, fromTagId: 'claim', toTagId: 'claim' }, 'invalid-input'],
    ];
    for (const [input, code] of cases) expect((await t.fail('saveTagMapping', input)).code).toBe(code);
    expect(
      (await t.fail('saveTagMapping', { coderId: testCoder.id, fromTagId: 'claim', toTagId: 'claim' })).message,
    ).toBe('A tag cannot be mapped onto itself. Nothing was changed.');
    expect((await t.fail('deleteTagMapping', { mappingId: 'gone' })).code).toBe('not-found');
    expect((await t.fail('compareCodebooks', { coderA: testCoder.id, coderB: 'nobody' })).code).toBe('not-found');
    expect(await projectHashes(t.dir)).toEqual(before);
    expect(await t.call('getHistory', {})).toEqual(history);
  });

  it('a merged or deleted tag takes its mappings along in the same step: redirected or removed; undo brings them back', async () => {
    const t = await freshProject();
    await annotated(t);
    const onto = await t.call('saveTagMapping', {
      coderId: testCoder.id,
      fromTagId: 'proposal',
      toTagId: 'claim-causal',
    });
    const of = await t.call('saveTagMapping', { coderId: testCoder.id, fromTagId: 'claim-causal', toTagId: 'claim' });
    await t.call('mergeTags', { fromId: 'claim-causal', intoId: 'claim-threat-assessment' });
    const after = await t.call('listTagMappings', {});
    // Onto the merged tag: now onto its target. Of the merged tag: gone (its annotations carry the target).
    expect(after).toEqual([expect.objectContaining({ id: onto.id, toTagId: 'claim-threat-assessment' })]);
    await t.call('undo', {});
    expect(await t.call('listTagMappings', {})).toEqual([onto, of]);

    // Deleting with the annotations: a mapping onto it has nowhere to go.
    await t.call('deleteTag', { tagId: 'claim-causal', deleteAnnotations: true });
    expect(await t.call('listTagMappings', {})).toEqual([]);
    await t.call('undo', {});
    expect(await t.call('listTagMappings', {})).toEqual([onto, of]);
  });

  it('compares two coders’ use of the codebook through the call, mappings applied', async () => {
    const t = await freshProject();
    const docId = await annotated(t, ['claim', 'claim-causal']);
    await t.session.close();
    const other = await openIn(t.dir, bea);
    await other.call('createAnnotation', { documentId: docId, tagId: 'claim', start: 0, end: 7 });
    await other.call('createAnnotation', { documentId: docId, tagId: 'proposal', start: 31, end: 38 });
    await other.session.close();
    const me = await openIn(t.dir);
    await me.call('saveTagMapping', { coderId: bea.id, fromTagId: 'proposal', toTagId: 'claim-causal' });
    const cmp = await me.call('compareCodebooks', { coderA: testCoder.id, coderB: bea.id });
    // Equal uses: by name.
    expect(cmp.shared).toEqual(
      [
        { tagId: 'claim', usesA: 1, usesB: 1 },
        { tagId: 'claim-causal', usesA: 1, usesB: 1 },
      ].sort((x, y) => tagName(me, x.tagId).localeCompare(tagName(me, y.tagId), 'ru')),
    );
    expect(cmp.onlyA).toEqual([]);
    expect(cmp.onlyB).toEqual([]);
    expect(cmp.mappings).toHaveLength(1);
  });
});

describe('tag mappings in bundles', () => {
  it('export writes the layers’ mappings; import adds them remapped, counts them, keeps the colleague’s codebook', async () => {
    // Bea's project: her tag «Угроза» under Claim, and a mapping of it.
    const b = await freshProject(bea);
    await annotated(b, ['claim']);
    const theirs = await b.call('createTag', { name: 'Угроза', parent: 'claim' });
    await b.call('createAnnotation', {
      documentId: b.session.store.listDocumentInfos()[0]!.id,
      tagId: theirs.id,
      start: 20,
      end: 29,
    });
    const mapping = await b.call('saveTagMapping', { coderId: bea.id, fromTagId: theirs.id, toTagId: 'claim' });
    await b.call('updateTag', { tagId: 'proposal', name: 'Предложение Беатрисы' });
    const path = join(b.dir, '..', `bea-${Date.now()}.glossator`);
    cleanups.push(async () => {
      await import('node:fs/promises').then((fs) => fs.rm(path, { force: true }));
    });
    await exportBundle(b.session.store, { documents: { all: true }, layers: { coderIds: [bea.id] } }, path);
    const read = await readBundle(path);
    expect(read.tagMappings).toEqual([mapping]);
    await read.close();

    // My project: the same name under another id, where the import puts her tag.
    const me = await freshProject();
    await annotated(me, ['claim']);
    const ours = await me.call('createTag', { name: 'Угроза', parent: 'claim' });
    expect(ours.id).not.toBe(theirs.id);
    const preview = await previewBundleFile(me.session, path);
    expect(preview.tagMappings).toEqual({ new: 1, same: 0 });
    expect(preview.counts.added.tagMappings).toBe(1);
    const applied = await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(applied.summary.tagMappings).toBe(1);
    expect(me.session.store.tagMappings()).toEqual([{ ...mapping, fromTagId: ours.id }]);
    const [snapshot] = me.session.store.coderCodebooks();
    expect(snapshot).toMatchObject({ id: bea.id, mappedTo: { [theirs.id]: ours.id } });
    expect(snapshot?.tags).toContainEqual({ id: theirs.id, name: 'Угроза', parent: 'claim' });
    expect(snapshot?.tags).toContainEqual({ id: 'proposal', name: 'Предложение Беатрисы', parent: null });

    // What comparing sees: her rename, and her tag put under ours with the same name.
    const cmp = await me.call('compareCodebooks', { coderA: testCoder.id, coderB: bea.id });
    expect(cmp.renamed).toContainEqual({ tagId: 'proposal', nameA: 'Proposal', nameB: 'Предложение Беатрисы' });
    expect(cmp.sameNameOtherId).toContainEqual({ name: 'Угроза', tagIdA: ours.id, tagIdB: theirs.id });

    // The same bundle again adds nothing: the mapping is here, the snapshot the same.
    const again = await previewBundleFile(me.session, path);
    expect(again.tagMappings).toEqual({ new: 0, same: 1 });
    expect(again.nothingNew).toBe(true);

    // One undo takes the import back with its mappings and the snapshot.
    await me.call('undo', {});
    expect(me.session.store.tagMappings()).toEqual([]);
    expect(me.session.store.coderCodebooks()).toEqual([]);
    expect(existsSync(mappingsFile(me.dir))).toBe(false);
  });

  it('a bundle without mappings has no tag-mappings.json (older Glossators read it)', async () => {
    const b = await freshProject(bea);
    await annotated(b);
    const path = join(b.dir, '..', `plain-${Date.now()}.glossator`);
    cleanups.push(async () => {
      await import('node:fs/promises').then((fs) => fs.rm(path, { force: true }));
    });
    await exportBundle(b.session.store, { documents: { all: true }, layers: { all: true } }, path);
    const read = await readBundle(path);
    expect(read.tagMappings).toEqual([]);
    await read.close();
    const zip = await readFile(path);
    expect(zip.includes(Buffer.from('tag-mappings.json'))).toBe(false);
  });
});
