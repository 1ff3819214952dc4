import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { addSampleContent } from './sample-project.ts';

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
