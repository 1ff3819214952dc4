import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import { type SessionDriver, sessionDriver } from '../testing/test-session.ts';
import { layout } from '../store/project-layout.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { projectHashes } from '../testing/project-hashes.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { applyBundle, bundlePreviews, defaultDecisions, previewBundle } from './bundle-import.ts';
import { bundleOf, testBundle } from './bundle-import-test-bundle.ts';

const bea: Coder = { id: 'coder-bea', name: 'Bea' };
const carl: Coder = { id: 'coder-carl', name: 'Carl' };

type Side = Pick<SessionDriver, 'session' | 'call'> & { dir: string };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A project of its own in a temporary folder, open as `coder`, driven through the contract. */
async function openAs(coder: Coder): Promise<Side> {
  const { dir, cleanup } = await tempDir();
  const driver = await sessionDriver(dir, coder);
  cleanups.push(async () => {
    await driver.session.close();
    await cleanup();
  });
  return { dir, session: driver.session, call: driver.call };
}

/** Annotates the first occurrence of `words` in a document, as the side's coder. */
async function annotate(side: Side, documentId: string, words: string, tagId = 'claim'): Promise<Annotation> {
  const { text } = await side.call('getDocument', { documentId });
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in ${documentId}`);
  return side.call('createAnnotation', { documentId, tagId, start, end: start + words.length });
}

/** Bea's project: three texts that test what a text can hold, annotated, with a link and records of her own. */
async function beasProject() {
  const b = await openAs(bea);
  const emoji = await b.call('addDocument', {
    title: 'Emoji',
    text: 'Саммит 👩‍💻 ШОС 𝔸 обсудил терроризм и сепаратизм.',
  });
  const crlf = await b.call('addDocument', { title: 'CRLF', text: 'Line one\r\nLine two: cooperation\r\n' });
  const nfd = await b.call('addDocument', { title: 'NFD', text: 'Cafe\u0301 и е\u0308лка: extremism' });
  const actor = await b.call('createActor', { name: 'ШОС', type: 'organization' });
  const concept = await b.call('createConcept', { name: 'Программа 2025–2027' });
  const a1 = await annotate(b, emoji.id, 'терроризм');
  const a2 = await annotate(b, crlf.id, 'cooperation', 'proposal');
  const a3 = await annotate(b, nfd.id, 'ёлка');
  const a4 = await annotate(b, emoji.id, 'ШОС', 'actor-mention');
  await b.call('updateAnnotation', { annotationId: a4.id, actorId: actor.actor.id });
  await b.call('updateAnnotation', { annotationId: a2.id, conceptId: concept.id, speakerId: actor.actor.id });
  const link = await b.call('createLink', { fromId: a1.id, toId: a2.id, typeId: 'supports' });
  return { b, docs: { emoji, crlf, nfd }, annotations: [a1, a2, a3, a4], link, actor: actor.actor, concept };
}

async function fileBytes(dir: string, rel: string): Promise<Buffer> {
  return readFile(`${dir}/${rel}`);
}

describe('importing a bundle', () => {
  it('round trip into an empty project: the same records, texts byte-identical, a new layer', async () => {
    const { b, docs, annotations, link, actor, concept } = await beasProject();
    const me = await openAs(testCoder);
    const bundle = await bundleOf(b.session.store, { layers: [bea.id] });

    const preview = await previewBundle(me.session, bundle);
    expect(preview.documents.map((d) => d.status)).toEqual(['new', 'new', 'new']);
    expect(preview.coders).toMatchObject([{ coder: bea, isMe: false, defaultTarget: 'new', annotations: 4, links: 1 }]);
    expect(preview.counts.added).toMatchObject({
      documents: 3,
      annotations: 4,
      links: 1,
      coders: 1,
      actors: 1,
      concepts: 1,
    });
    expect(preview.counts.replaced).toEqual({ annotations: 0, links: 0 });
    expect(preview.nothingNew).toBe(false);
    // The preview reads no text of a new document: they are read one at a time when imported.
    expect(bundle.textsRead).toBe(0);

    const { summary, edit } = await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(edit).not.toBeNull();
    expect(summary).toMatchObject({ documents: 3, annotations: 4, links: 1, coders: 1, orphans: 0 });
    expect(bundle.closed).toBe(true);
    expect(bundlePreviews(me.session).get(preview.previewId)).toBeNull();

    const store = me.session.store;
    expect(store.info().coders).toContainEqual(bea);
    for (const doc of Object.values(docs)) {
      expect(store.documentInfo(doc.id)).toEqual(b.session.store.documentInfo(doc.id));
      // The files themselves: text and original as Bea's project wrote them, to the byte.
      const rel = `documents/${doc.id}/text.json`;
      expect((await fileBytes(me.dir, rel)).equals(await fileBytes(b.dir, rel))).toBe(true);
      const layer = `documents/${doc.id}/annotations.${bea.id}.json`;
      expect((await fileBytes(me.dir, layer)).equals(await fileBytes(b.dir, layer))).toBe(true);
    }
    expect((await store.text(docs.crlf.id)).originalText).toBe('Line one\r\nLine two: cooperation\r\n');
    expect((await store.text(docs.nfd.id)).originalText).toBe('Cafe\u0301 и е\u0308лка: extremism');
    for (const a of annotations) expect(store.annotation(a.id)).toEqual(b.session.store.annotation(a.id));
    expect(store.links()).toEqual([link]);
    expect(store.actors()).toContainEqual(actor);
    expect(store.concepts()).toContainEqual(concept);
    expect(store.annotationsOf(docs.emoji.id).filter((a) => a.coderId === testCoder.id)).toEqual([]);
  });

  it('re-importing the same bundle changes nothing: nothing new, no undo step, every file byte-identical', async () => {
    const { b } = await beasProject();
    const me = await openAs(testCoder);
    const first = await previewBundle(me.session, await bundleOf(b.session.store));
    await applyBundle(me.session, first.previewId, defaultDecisions);
    const undoBefore = me.session.history.labels();
    const before = await projectHashes(me.dir);

    const again = await previewBundle(me.session, await bundleOf(b.session.store));
    expect(again.nothingNew).toBe(true);
    expect(again.documents.map((d) => d.status)).toEqual(['same', 'same', 'same']);
    expect(again.counts.added).toMatchObject({ documents: 0, annotations: 0, links: 0, coders: 0, tags: 0 });
    expect(again.records).toEqual([]);
    const { edit, summary } = await applyBundle(me.session, again.previewId, defaultDecisions);
    expect(edit).toBeNull();
    expect(summary.annotations).toBe(0);
    expect(me.session.history.labels()).toEqual(undoBefore);
    expect(await projectHashes(me.dir)).toEqual(before);
  });

  it('maps a layer onto an existing coder or a new one, never onto me', async () => {
    const { b, annotations } = await beasProject();
    const me = await openAs(testCoder);
    // Carl's layer arrives first (a bundle of his, with no annotations): he is a coder here now.
    const carls = testBundle({ coders: [carl], documents: [] });
    await applyBundle(me.session, (await previewBundle(me.session, carls)).previewId, defaultDecisions);
    expect(me.session.store.info().coders).toContainEqual(carl);

    const preview = await previewBundle(me.session, await bundleOf(b.session.store, { layers: [bea.id] }));
    expect(preview.coders[0]?.targets.map((t) => t.coderId)).toEqual([carl.id]);
    expect(preview.coders[0]?.targets[0]).toMatchObject({ annotations: 0, links: 0, replaces: false });
    await expect(
      applyBundle(me.session, preview.previewId, { ...defaultDecisions, coders: { [bea.id]: testCoder.id } }),
    ).rejects.toMatchObject({ code: 'invalid-input', text: { key: 'bundles:cannotMapOntoMe' } });
    await expect(
      applyBundle(me.session, preview.previewId, { ...defaultDecisions, coders: { [bea.id]: 'coder-nobody' } }),
    ).rejects.toMatchObject({ code: 'invalid-input', text: { key: 'bundles:noSuchCoder' } });

    await applyBundle(me.session, preview.previewId, { ...defaultDecisions, coders: { [bea.id]: carl.id } });
    const store = me.session.store;
    for (const a of annotations) expect(store.annotation(a.id).coderId).toBe(carl.id);
    expect(store.links().map((l) => l.coderId)).toEqual([carl.id]);
    expect(store.info().coders.map((c) => c.id)).not.toContain(bea.id);
  });

  it('a new layer whose id is taken here gets a fresh coder id, with their name', async () => {
    const { b } = await beasProject();
    const me = await openAs(testCoder);
    await applyBundle(
      me.session,
      (await previewBundle(me.session, testBundle({ coders: [bea], documents: [] }))).previewId,
      defaultDecisions,
    );
    const preview = await previewBundle(me.session, await bundleOf(b.session.store, { layers: [bea.id] }));
    expect(preview.coders[0]?.defaultTarget).toBe(bea.id);
    await applyBundle(me.session, preview.previewId, { ...defaultDecisions, coders: { [bea.id]: 'new' } });
    const added = me.session.store.info().coders.filter((c) => c.name === bea.name && c.id !== bea.id);
    expect(added).toHaveLength(1);
    expect(me.session.store.links()[0]?.coderId).toBe(added[0]?.id);
  });

  it('my own layer coming back is compared and ignored: my files stay byte-identical', async () => {
    const { b, docs } = await beasProject();
    const me = await openAs(testCoder);
    await applyBundle(
      me.session,
      (await previewBundle(me.session, await bundleOf(b.session.store))).previewId,
      defaultDecisions,
    );
    const mine = await annotate(me, docs.emoji.id, 'сепаратизм');
    const myLayer = layout.layerFile(me.dir, docs.emoji.id, testCoder.id);
    const myFile = await readFile(myLayer);

    // My work, changed elsewhere (a note added, one annotation more), comes back in a bundle.
    const changed = { ...mine, note: 'changed by someone else' };
    const extra = { ...mine, id: 'mine-extra', note: '' };
    const bundle = testBundle({
      coders: [testCoder],
      documents: [{ info: docs.emoji, text: (await me.session.store.text(docs.emoji.id)).text, originalText: '' }],
      annotations: [changed, extra],
      tags: [...me.session.store.codebook().tags],
    });
    const preview = await previewBundle(me.session, bundle);
    expect(preview.coders).toMatchObject([{ isMe: true, mineDiffers: 2, annotations: 2 }]);
    expect(preview.counts.ignoredMine).toBe(2);
    expect(preview.nothingNew).toBe(true);
    const { edit } = await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(edit).toBeNull();
    expect((await readFile(myLayer)).equals(myFile)).toBe(true);
  });

  it('a newer bundle from the same colleague replaces their layer only after asking, and nothing else', async () => {
    const { b, docs, annotations } = await beasProject();
    const me = await openAs(testCoder);
    await applyBundle(
      me.session,
      (await previewBundle(me.session, await bundleOf(b.session.store))).previewId,
      defaultDecisions,
    );
    const mine = await annotate(me, docs.crlf.id, 'Line one');
    const myLayer = layout.layerFile(me.dir, docs.crlf.id, testCoder.id);
    const myFile = await readFile(myLayer);

    // Bea works on: deletes one annotation, edits another's memo, adds one.
    const [a1, a2, a3] = annotations;
    await b.call('deleteAnnotation', { annotationId: a3!.id });
    await b.call('updateAnnotation', { annotationId: a1!.id, note: 'revised' });
    const added = await annotate(b, docs.crlf.id, 'Line two');
    const preview = await previewBundle(me.session, await bundleOf(b.session.store, { layers: [bea.id] }));
    expect(preview.coders[0]).toMatchObject({ defaultTarget: bea.id });
    expect(preview.coders[0]?.targets.find((t) => t.coderId === bea.id)).toMatchObject({
      replaces: true,
      annotations: 4,
    });
    expect(preview.counts.replaced.annotations).toBe(2);
    expect(preview.counts.added.annotations).toBe(1);

    const before = await projectHashes(me.dir);
    await expect(applyBundle(me.session, preview.previewId, defaultDecisions)).rejects.toMatchObject({
      code: 'conflict',
      text: { key: 'bundles:replaceNotConfirmed' },
    });
    expect(await projectHashes(me.dir)).toEqual(before);

    const { summary } = await applyBundle(me.session, preview.previewId, { ...defaultDecisions, replaceLayers: true });
    expect(summary).toMatchObject({ annotations: 1, replacedAnnotations: 1, removedAnnotations: 1 });
    const store = me.session.store;
    expect(store.hasAnnotation(a3!.id)).toBe(false);
    expect(store.annotation(a1!.id).note).toBe('revised');
    expect(store.annotation(a2!.id)).toEqual(b.session.store.annotation(a2!.id));
    expect(store.annotation(added.id).coderId).toBe(bea.id);
    expect(store.annotation(mine.id)).toEqual(mine);
    expect((await readFile(myLayer)).equals(myFile)).toBe(true);
  });

  it('re-anchors annotations onto a differently cleaned text by their quotes, keeping one that cannot be placed as an orphan', async () => {
    const me = await openAs(testCoder);
    const ours = await me.call('addDocument', { title: 'Ours', text: 'Заявление. Альфа и бета.' });
    const theirText = 'ЗАГОЛОВОК\nЗаявление. Альфа, гамма и бета.';
    const info = { ...ours, title: 'Theirs', textLength: theirText.length };
    const { annotationCount: _, tagIds: _t, actorIds: _a, coderIds: _c, ...theirInfo } = info;
    const span = (words: string, id: string) => {
      const start = theirText.indexOf(words);
      return annotateSpan(theirText, {
        id,
        documentId: ours.id,
        coderId: bea.id,
        tagId: 'claim',
        start,
        end: start + words.length,
      });
    };
    const bundle = testBundle({
      coders: [bea],
      documents: [{ info: theirInfo, text: theirText, originalText: theirText }],
      annotations: [span('Альфа', 'ann-alpha'), span('гамма', 'ann-gamma'), span('бета', 'ann-beta')],
      tags: [...me.session.store.codebook().tags],
    });
    const preview = await previewBundle(me.session, bundle);
    expect(preview.documents).toMatchObject([
      { status: 'different-text', matchedBy: 'id', reanchored: 2, orphaned: 1 },
    ]);
    expect(preview.orphans).toMatchObject([
      { annotationId: 'ann-gamma', quote: 'гамма', documentId: ours.id, coderId: bea.id },
    ]);
    expect(preview.counts.orphans).toBe(1);

    await applyBundle(me.session, preview.previewId, defaultDecisions);
    const store = me.session.store;
    const text = (await store.text(ours.id)).text;
    const alpha = store.annotation('ann-alpha');
    expect(text.slice(alpha.start, alpha.end)).toBe('Альфа');
    expect(alpha.quote.prefix).toBe('Заявление. ');
    const beta = store.annotation('ann-beta');
    expect(text.slice(beta.start, beta.end)).toBe('бета');
    const gamma = store.annotation('ann-gamma');
    expect(gamma).toMatchObject({ orphaned: true, quote: { exact: 'гамма' } });
    expect(gamma.start).toBe(gamma.end);
    // Our text is ours: not replaced by theirs.
    expect(text).toBe('Заявление. Альфа и бета.');

    // The same bundle again: the re-anchored layer is found as it was put.
    const again = await previewBundle(me.session, bundle);
    expect(again.nothingNew).toBe(true);
  });

  it('a document of the same text under another id is matched by sourceHash', async () => {
    const { b, docs, annotations } = await beasProject();
    const me = await openAs(testCoder);
    const mine = await me.call('addDocument', { title: 'My copy', text: 'Line one\r\nLine two: cooperation\r\n' });
    const preview = await previewBundle(me.session, await bundleOf(b.session.store, { layers: [bea.id] }));
    const row = preview.documents.find((d) => d.theirId === docs.crlf.id);
    expect(row).toMatchObject({ ourId: mine.id, status: 'same', matchedBy: 'source-hash' });
    await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(me.session.store.hasDocument(docs.crlf.id)).toBe(false);
    expect(me.session.store.annotation(annotations[1]!.id).documentId).toBe(mine.id);
  });

  it('record differences: ours, theirs or both, with references remapped', async () => {
    const { b, annotations, actor, concept } = await beasProject();
    const me = await openAs(testCoder);
    await applyBundle(
      me.session,
      (await previewBundle(me.session, await bundleOf(b.session.store))).previewId,
      defaultDecisions,
    );
    // Both sides change the same records differently; Bea also adds a tag under a name we have under another id.
    await b.call('updateTag', { tagId: 'claim', color: '#123456' });
    await b.call('updateActor', { actorId: actor.id, name: 'Шанхайская организация сотрудничества' });
    await b.call('updateConcept', { conceptId: concept.id, name: 'Программа, версия Беи' });
    const ourTag = await me.call('createTag', { name: 'Угроза', parent: null });
    const theirTag = await b.call('createTag', { name: 'угроза', parent: null });
    const tagged = await annotate(b, b.session.store.listDocumentInfos()[0]!.id, 'Саммит', theirTag.id);

    const preview = await previewBundle(me.session, await bundleOf(b.session.store, { layers: [bea.id] }));
    const byKey = new Map(preview.records.map((r) => [r.choiceKey, r]));
    expect(byKey.get('tag:claim')).toMatchObject({ status: 'differs', fields: ['color'], defaultChoice: 'ours' });
    expect(byKey.get(`tag:${theirTag.id}`)).toMatchObject({ status: 'same-name', ourId: ourTag.id });
    expect(byKey.get(`actor:${actor.id}`)).toMatchObject({ status: 'differs', fields: ['name'] });
    expect(byKey.get(`concept:${concept.id}`)).toMatchObject({ status: 'differs', fields: ['name'] });

    await applyBundle(me.session, preview.previewId, {
      ...defaultDecisions,
      choices: { 'tag:claim': 'ours', [`actor:${actor.id}`]: 'theirs', [`concept:${concept.id}`]: 'both' },
      // Remapping her annotation onto the concept kept beside ours changes her layer here: asked for like any replacement.
      replaceLayers: true,
    });
    const store = me.session.store;
    expect(store.codebook().tags.find((t) => t.id === 'claim')?.color).not.toBe('#123456');
    expect(store.actor(actor.id).name).toBe('Шанхайская организация сотрудничества');
    const concepts = store.concepts();
    expect(concepts.find((c) => c.id === concept.id)?.name).toBe('Программа 2025–2027');
    const kept = concepts.find((c) => c.name === 'Программа, версия Беи');
    expect(kept?.id).not.toBe(concept.id);
    // Their annotation that names the concept now names the copy kept beside ours.
    expect(store.annotation(annotations[1]!.id).conceptId).toBe(kept?.id);
    // The same-name tag: ours is used, and their annotation is remapped onto it.
    expect(store.annotation(tagged.id).tagId).toBe(ourTag.id);
    expect(store.codebook().tags.some((t) => t.id === theirTag.id)).toBe(false);
  });

  it('a new tag whose shortcut is taken here comes without it, and the preview says why', async () => {
    const me = await openAs(testCoder);
    const tags = [...me.session.store.codebook().tags];
    const theirs = {
      id: 'tag-new',
      name: 'Новый',
      parent: null,
      color: '#112233',
      description: '',
      shortcut: '1',
      kind: 'plain' as const,
    };
    const preview = await previewBundle(
      me.session,
      testBundle({ coders: [bea], documents: [], tags: [...tags, theirs] }),
    );
    expect(preview.records).toMatchObject([
      { theirId: 'tag-new', status: 'new', shortcutProblem: { key: 'errors:shortcutTaken' } },
    ]);
    await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(me.session.store.codebook().tags.find((t) => t.id === 'tag-new')?.shortcut).toBeNull();
  });

  it('undo takes the whole import back: every file byte-identical to before', async () => {
    const { b } = await beasProject();
    const me = await openAs(testCoder);
    // A project in use: a text, an actor and a concept of mine (an untouched new project has no actors.json or
    // concepts.json yet, and the store writes those files with empty lists rather than removing them).
    await me.call('addDocument', { title: 'Mine', text: 'Мой текст.' });
    await me.call('createActor', { name: 'Мой актор', type: 'person' });
    await me.call('createConcept', { name: 'Мой концепт' });
    const before = await projectHashes(me.dir);
    const preview = await previewBundle(me.session, await bundleOf(b.session.store));
    await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(me.session.history.labels().undo).toMatchObject({ key: 'history:importBundle' });
    expect(await projectHashes(me.dir)).not.toEqual(before);
    const step = await me.call('undo', {});
    expect(step.label).toMatchObject({ key: 'history:importBundle' });
    expect(await projectHashes(me.dir)).toEqual(before);
    expect(me.session.store.info().coders.map((c) => c.id)).toEqual([testCoder.id]);
  });

  it('an import that fails leaves the project byte-identical', async () => {
    const { b, docs } = await beasProject();
    const me = await openAs(testCoder);
    await me.call('addDocument', { title: 'Mine', text: 'Мой текст.' });
    const before = await projectHashes(me.dir);
    const steps = me.session.history.labels();

    // The bundle breaks while its last document is read: nothing of the first ones is kept.
    const failing = await bundleOf(b.session.store);
    const read = failing.document.bind(failing);
    failing.document = async (id) => {
      if (id === docs.nfd.id) throw new Error('the disk went away');
      return read(id);
    };
    const preview = await previewBundle(me.session, failing);
    await expect(applyBundle(me.session, preview.previewId, defaultDecisions)).rejects.toThrow('the disk went away');
    expect(await projectHashes(me.dir)).toEqual(before);

    // An id of theirs that is a record of another kind here is refused, naming it.
    const mine = me.session.store.listDocumentInfos()[0]!;
    const clash = testBundle({
      coders: [bea],
      documents: [],
      concepts: [{ id: mine.id, name: 'Концепт', description: '', created: mine.created, modified: mine.created }],
    });
    await expect(previewBundle(me.session, clash)).rejects.toMatchObject({
      code: 'conflict',
      text: { key: 'bundles:idTaken', params: { id: mine.id, kind: 'concept', other: 'document' } },
    });
    expect(clash.closed).toBe(true);
    expect(await projectHashes(me.dir)).toEqual(before);
    expect(me.session.history.labels()).toEqual(steps);
  });

  it('an annotation id of theirs that is in another layer here is refused', async () => {
    const { b, docs } = await beasProject();
    const me = await openAs(testCoder);
    await applyBundle(
      me.session,
      (await previewBundle(me.session, await bundleOf(b.session.store))).previewId,
      defaultDecisions,
    );
    const mine = await annotate(me, docs.emoji.id, 'сепаратизм');
    const text = (await me.session.store.text(docs.emoji.id)).text;
    const theirs = annotateSpan(text, {
      id: mine.id,
      documentId: docs.emoji.id,
      coderId: bea.id,
      tagId: 'claim',
      start: 0,
      end: 6,
    });
    const bundle = testBundle({
      coders: [bea],
      documents: [{ info: docs.emoji, text, originalText: text }],
      annotations: [theirs],
      tags: [...me.session.store.codebook().tags],
    });
    await expect(previewBundle(me.session, bundle)).rejects.toMatchObject({
      code: 'conflict',
      text: { key: 'bundles:annotationIdTaken' },
    });
  });

  it('a link whose end is in neither the bundle nor the project is listed and left out', async () => {
    const { b, link } = await beasProject();
    const me = await openAs(testCoder);
    const bundle = await bundleOf(b.session.store);
    bundle.links.push({ ...link, id: 'link-dangling', toId: 'ann-nowhere' });
    const preview = await previewBundle(me.session, bundle);
    expect(preview.links.unplaced).toEqual([
      { id: 'link-dangling', coderId: bea.id, fromId: link.fromId, toId: 'ann-nowhere', missing: 'to' },
    ]);
    const { summary } = await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(summary.unplacedLinks).toBe(1);
    expect(me.session.store.links().map((l) => l.id)).toEqual([link.id]);
  });

  it('a preview made for one project is not imported into another opened since', async () => {
    const { b } = await beasProject();
    const me = await openAs(testCoder);
    const preview = await previewBundle(me.session, await bundleOf(b.session.store));
    const { dir: other, cleanup } = await tempDir();
    // The session is closed before its folder goes (a backup of the open may still be writing there).
    cleanups.push(async () => {
      await me.session.close();
      await cleanup();
    });
    await me.session.open(other, { withSample: false });
    await expect(applyBundle(me.session, preview.previewId, defaultDecisions)).rejects.toMatchObject({
      code: 'not-found',
      text: { key: 'bundles:previewGone' },
    });
    expect(me.session.store.listDocumentInfos()).toEqual([]);
  });

  it('discarding a preview frees its bundle; importing a discarded preview is refused', async () => {
    const me = await openAs(testCoder);
    const bundle = testBundle({ coders: [bea], documents: [] });
    const preview = await previewBundle(me.session, bundle);
    expect(await me.call('discardBundlePreview', { previewId: preview.previewId })).toEqual({ discarded: true });
    expect(bundle.closed).toBe(true);
    await expect(
      me.call('importBundle', { previewId: preview.previewId, coders: {}, choices: {}, replaceLayers: false }),
    ).rejects.toThrow(/^not-found/);
  });
});
