import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Coder } from '../../../../shared/model/coder.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { createHandlers } from '../create-handlers.ts';
import { ProjectSession } from '../project-session.ts';

const colleague: Coder = { id: 'coder-b', name: 'Мария' };
const text = 'Токаев заявил, что ШОС должна принять программу сотрудничества.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

it("counts each coder's annotations and links, across documents and layers", async () => {
  const a = new ProjectSession(testCoder);
  await a.open(dir, { withSample: false });
  let api = createHandlers(a);
  expect(await api.getLayerCounts({})).toEqual({});
  const one = await api.addDocument({ title: 'Один', text });
  const two = await api.addDocument({ title: 'Два', text });
  const claim = await api.createAnnotation({ documentId: one.id, tagId: 'claim', ...span('Токаев заявил') });
  const proposal = await api.createAnnotation({ documentId: two.id, tagId: 'proposal', ...span('принять программу') });
  await api.createLink({ fromId: claim.id, toId: proposal.id, typeId: 'supports' });
  await a.close();

  const b = new ProjectSession(colleague);
  await b.open(dir, { withSample: false });
  api = createHandlers(b);
  await api.createAnnotation({ documentId: one.id, tagId: 'claim', ...span('ШОС') });
  expect(await api.getLayerCounts({})).toEqual({
    [testCoder.id]: { annotations: 2, links: 1 },
    [colleague.id]: { annotations: 1, links: 0 },
  });
  await b.close();
});
