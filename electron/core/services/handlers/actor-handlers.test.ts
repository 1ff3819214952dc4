import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'Глава государства Токаев встретился с Tokayev Jr. Токаеву доложили о ситуации.';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Встреча', text });
});
afterEach(() => t.close());

describe('actor registry', () => {
  it('creates an actor from a selection as one step: the actor and its mention', async () => {
    const { actor, annotation } = await t.call('createActor', {
      name: 'Касым-Жомарт Токаев',
      type: 'person',
      aliases: ['Tokayev', '«глава государства»', 'Tokayev'],
      mention: { documentId: doc.id, ...at('Токаев') },
    });
    expect(actor.aliases).toEqual(['Tokayev', '«глава государства»']);
    expect(annotation).toMatchObject({ tagId: 'actor-mention', actorId: actor.id, quote: { exact: 'Токаев' } });
    await t.call('undo', {});
    expect(await t.call('listActors', {})).toEqual([]);
    expect(await t.onDisk(doc.id)).toEqual([]);
  });

  it('refuses a second actor of the same name and an unknown organisation', async () => {
    await t.call('createActor', { name: 'КНБ', type: 'agency' });
    expect((await t.fail('createActor', { name: 'кнб', type: 'agency' })).code).toBe('conflict');
    const { actor: gorbachev } = await t.call('createActor', { name: 'Михаил Горбачёв', type: 'person' });
    expect(await t.fail('createActor', { name: 'михаил  Горбачев', type: 'person' })).toMatchObject({
      code: 'conflict',
      message: 'There is already an actor named “Михаил Горбачёв”.',
    });
    expect((await t.fail('updateActor', { actorId: gorbachev.id, name: 'кнб' })).code).toBe('conflict');
    await t.call('updateActor', { actorId: gorbachev.id, name: 'Михаил Горбачев' });
    const failure = await t.fail('createActor', {
      name: 'Тукумов',
      type: 'person',
      affiliations: [{ organizationId: 'missing', role: 'директор', from: '2023', to: null }],
    });
    expect(failure.code).toBe('not-found');
  });

  it('merges two actors: names become aliases, mentions and speakers move, undo restores both', async () => {
    const { actor: a } = await t.call('createActor', {
      name: 'Токаев',
      type: 'person',
      mention: { documentId: doc.id, ...at('Токаев') },
    });
    const { actor: b } = await t.call('createActor', {
      name: 'Касым-Жомарт Токаев',
      type: 'person',
      aliases: ['Tokayev'],
    });
    const claim = await t.call('createAnnotation', {
      documentId: doc.id,
      tagId: 'claim',
      ...at('доложили'),
      speakerId: a.id,
    });
    const change = await t.call('mergeActors', { fromId: a.id, intoId: b.id });
    expect(change.removedActors).toEqual([a.id]);
    expect(change.actors.find((x) => x.id === b.id)?.aliases).toEqual(['Tokayev', 'Токаев']);
    const mentions = await t.call('getActorMentions', { actorId: b.id });
    expect(mentions.mentions.map((m) => m.annotation.quote.exact)).toEqual(['Токаев']);
    expect(mentions.statements.map((m) => m.annotation.id)).toEqual([claim.id]);
    expect(mentions.mentions[0]).toMatchObject({ documentTitle: 'Встреча' });

    await t.call('undo', {});
    expect((await t.call('listActors', {})).map((x) => x.name).sort()).toEqual(['Касым-Жомарт Токаев', 'Токаев']);
    expect((await t.onDisk(doc.id)).find((x) => x.id === claim.id)?.speakerId).toBe(a.id);
  });

  it('deletes an actor: its mentions keep their tag but no longer name it', async () => {
    const { actor, annotation } = await t.call('createActor', {
      name: 'Токаев',
      type: 'person',
      mention: { documentId: doc.id, ...at('Токаев') },
    });
    await t.call('deleteActor', { actorId: actor.id });
    const [kept] = await t.onDisk(doc.id);
    expect(kept).toMatchObject({ id: annotation!.id, tagId: 'actor-mention' });
    expect(kept!.actorId).toBeUndefined();
    expect((await t.fail('getActorMentions', { actorId: actor.id })).code).toBe('not-found');
  });

  it('keeps names with markup as plain data', async () => {
    const { actor } = await t.call('createActor', { name: '<script>alert(1)</script>', type: 'other' });
    expect((await t.call('listActors', {}))[0]!.name).toBe('<script>alert(1)</script>');
    expect(actor.id).toMatch(/^[A-Za-z0-9-]+$/);
  });
});
