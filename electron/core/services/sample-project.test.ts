import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSampleId } from '../../../shared/library/sample-content.ts';
import { projectFingerprint } from '../testing/crash-project.ts';
import { openTestStore } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { openTestSession } from '../testing/test-session.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { addSampleContent } from './sample-project.ts';
import { inEnglish } from '../../../shared/ipc/errors.ts';

let store: ProjectStore;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const made = await tempDir();
  cleanup = made.cleanup;
  store = await openTestStore(made.dir);
  await addSampleContent(store);
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

it('fills a new project with texts, actors, mentions naming them, and statements with speakers', async () => {
  expect(store.listDocuments()).toHaveLength(4);
  const names = new Map(store.actors().map((a) => [a.id, a.name]));
  expect([...names.values()]).toContain('Ерлан Садыков');
  const all = [...store.allAnnotations()];
  expect(all).toHaveLength(11);
  for (const mention of all.filter((a) => a.tagId === 'actor-mention')) {
    expect(names.get(mention.actorId ?? '')).toBe(mention.quote.exact);
  }
  const speakers = all.filter((a) => a.speakerId).map((a) => names.get(a.speakerId!));
  expect(speakers).toContain('Виктор Ремезов');
  const sadykov = store.actors().find((a) => a.name === 'Ерлан Садыков')!;
  expect(names.get(sadykov.affiliations[0]!.organizationId)).toBe('Антитеррористический центр');
});

it('has two concepts with their statements and three links, so the Concepts and Network views show something', () => {
  expect(store.concepts().map((c) => c.id)).toEqual([
    'sample-concept-information-sharing',
    'sample-concept-border-monitoring',
  ]);
  const grouped = [...store.allAnnotations()].filter((a) => a.conceptId);
  expect(grouped).toHaveLength(4);
  // Two speakers on one concept: an actor–concept network with edges, and a congruence tie.
  const speakers = new Set(
    grouped.filter((a) => a.conceptId === 'sample-concept-information-sharing').map((a) => a.speakerId),
  );
  expect(speakers.size).toBe(2);
  expect(
    store
      .links()
      .map((l) => l.typeId)
      .sort(),
  ).toEqual(['contradicts', 'elaborates', 'responds-to']);
  for (const l of store.links()) expect(store.hasAnnotation(l.fromId) && store.hasAnnotation(l.toId)).toBe(true);
});

it('marks everything it adds by its ids, which nothing the user makes can carry', async () => {
  const ids = [
    ...store.listDocumentInfos().map((d) => d.id),
    ...store.actors().map((a) => a.id),
    ...store.concepts().map((c) => c.id),
  ];
  expect(ids).toHaveLength(4 + 5 + 2);
  expect(ids.every(isSampleId)).toBe(true);
  expect(isSampleId(randomUUID())).toBe(false);
});

describe('removing the sample texts', () => {
  it('deletes the sample documents with what is attached, and the sample actors and concepts nothing left uses; one undo step', async () => {
    const t = await openTestSession();
    try {
      await addSampleContent(t.session.store);
      const text = 'Ерлан Садыков предложил усилить мониторинг границы.';
      const own = await t.call('addDocument', { title: 'Своя статья', text });
      const sadykov = t.session.store.actors().find((a) => a.name === 'Ерлан Садыков')!;
      await t.call('createAnnotation', {
        documentId: own.id,
        tagId: 'actor-mention',
        start: 0,
        end: 'Ерлан Садыков'.length,
        actorId: sadykov.id,
      });
      const statement = await t.call('createAnnotation', { documentId: own.id, tagId: 'proposal', start: 14, end: 50 });
      await t.call('updateAnnotation', { annotationId: statement.id, conceptId: 'sample-concept-border-monitoring' });
      const before = await projectFingerprint(t.session.store);

      const { change, history } = await t.call('removeSampleTexts', {});
      expect(inEnglish(history.undo)).toBe('Remove the sample texts');
      expect(change.removedDocuments).toHaveLength(4);
      expect((await t.call('listDocuments', {})).map((d) => d.id)).toEqual([own.id]);
      // Садыков is named in the user's text, and his agency is his affiliation: both stay.
      expect(
        t.session.store
          .actors()
          .map((a) => a.id)
          .sort(),
      ).toEqual(['sample-actor-atc', 'sample-actor-sadykov']);
      expect(t.session.store.concepts().map((c) => c.id)).toEqual(['sample-concept-border-monitoring']);
      expect(t.session.store.links()).toEqual([]);
      expect((await t.fail('removeSampleTexts', {})).code).toBe('not-found');

      await t.call('undo', {});
      expect(await projectFingerprint(t.session.store)).toBe(before);
    } finally {
      await t.close();
    }
  });
});
