import { describe, expect, it } from 'vitest';
import type { Actor, Affiliation } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import { planActorMerge } from './merge-actors.ts';

const then = '2026-03-01T09:00:00.000Z';
const now = '2026-03-05T17:30:00.000Z';

function actor(id: string, name: string, fields: Partial<Actor> = {}): Actor {
  return {
    id,
    name,
    type: 'agency',
    aliases: [],
    affiliations: [],
    notes: '',
    created: then,
    modified: then,
    ...fields,
  };
}

function affiliation(organizationId: string, role: string, from: string | null = null): Affiliation {
  return { organizationId, role, from, to: null };
}

function annotation(id: string, fields: Partial<Annotation>): Annotation {
  return {
    id,
    documentId: 'doc1',
    coderId: 'coder1',
    tagId: 'tag1',
    start: 0,
    end: 3,
    quote: { exact: 'КНБ', prefix: '', suffix: '' },
    note: '',
    created: then,
    modified: then,
    ...fields,
  };
}

const knb = actor('knb', 'КНБ', {
  aliases: ['КНБ РК', 'National Security Committee'],
  affiliations: [affiliation('kazakhstan', 'государственный орган')],
  notes: 'Спецслужба Казахстана.',
});
const knbDuplicate = actor('knb2', 'Комитет национальной безопасности', {
  aliases: ['кнб рк', 'КНБ', 'Комитет нацбезопасности'],
  affiliations: [affiliation('kazakhstan', 'государственный орган'), affiliation('knb', 'правопреемник')],
  notes: 'Заведён вторым кодировщиком.',
});
const sagimbayev = actor('sagimbayev', 'Ермек Сагимбаев', {
  type: 'person',
  affiliations: [affiliation('knb2', 'председатель', '2022-01'), affiliation('knb', 'председатель', '2022-01')],
});
const masimov = actor('masimov', 'Карим Масимов', {
  type: 'person',
  affiliations: [affiliation('knb2', 'председатель', '2015-09')],
});
const kazakhstan = actor('kazakhstan', 'Казахстан', { type: 'state' });
const actors = [knb, knbDuplicate, sagimbayev, masimov, kazakhstan];

const annotations = [
  annotation('a1', { actorId: 'knb2' }),
  annotation('a2', { actorId: 'knb' }),
  annotation('a3', { speakerId: 'knb2', addresseeId: 'kazakhstan', stance: 'supports' }),
  annotation('a4', { speakerId: 'masimov', addresseeId: 'knb2' }),
  annotation('a5', { speakerId: 'kazakhstan' }),
];

describe('planActorMerge', () => {
  const plan = planActorMerge(actors, annotations, 'knb2', 'knb', now);

  it('adds the name and aliases of `from` to the aliases of `into`, without repeats', () => {
    expect(plan.actor).toEqual({
      id: 'knb',
      name: 'КНБ',
      type: 'agency',
      aliases: [
        'КНБ РК',
        'National Security Committee',
        'Комитет национальной безопасности',
        'Комитет нацбезопасности',
      ],
      affiliations: [affiliation('kazakhstan', 'государственный орган')],
      notes: 'Спецслужба Казахстана.\n\nЗаведён вторым кодировщиком.',
      created: then,
      modified: now,
    });
    expect(plan.removedActorId).toBe('knb2');
  });

  it('rewrites actor, speaker and addressee references to `from` in new annotation objects', () => {
    expect(plan.changedAnnotations.map((a) => [a.id, a.actorId, a.speakerId, a.addresseeId, a.modified])).toEqual([
      ['a1', 'knb', undefined, undefined, now],
      ['a3', undefined, 'knb', 'kazakhstan', now],
      ['a4', undefined, 'masimov', 'knb', now],
    ]);
    expect(plan.changedAnnotations[1]!.stance).toBe('supports');
    expect(annotations[0]!.actorId).toBe('knb2');
    expect(annotations[0]!.modified).toBe(then);
  });

  it('relinks other actors affiliated with `from`, merging affiliations that become equal', () => {
    expect(plan.changedActors).toEqual([
      { ...sagimbayev, affiliations: [affiliation('knb', 'председатель', '2022-01')], modified: now },
      { ...masimov, affiliations: [affiliation('knb', 'председатель', '2015-09')], modified: now },
    ]);
    expect(sagimbayev.affiliations[0]!.organizationId).toBe('knb2');
  });

  it('keeps distinct affiliations of both and drops one with the merged actor itself', () => {
    const a = actor('a', 'ОДКБ', {
      type: 'organization',
      aliases: ['CSTO'],
      affiliations: [affiliation('russia', 'член', '2002')],
    });
    const b = actor('b', 'Организация Договора о коллективной безопасности', {
      type: 'organization',
      aliases: ['ОДКБ', 'csto', 'Collective Security Treaty Organization'],
      affiliations: [
        affiliation('kazakhstan', 'член', '2002'),
        affiliation('russia', 'член', '2002'),
        affiliation('a', 'то же'),
      ],
    });
    const merged = planActorMerge([a, b], [], 'b', 'a', now);
    expect(merged.actor.aliases).toEqual([
      'CSTO',
      'Организация Договора о коллективной безопасности',
      'Collective Security Treaty Organization',
    ]);
    expect(merged.actor.affiliations).toEqual([
      affiliation('russia', 'член', '2002'),
      affiliation('kazakhstan', 'член', '2002'),
    ]);
    expect(merged.actor.notes).toBe('');
    expect(merged.changedAnnotations).toEqual([]);
    expect(merged.changedActors).toEqual([]);
  });

  it('takes the one non-empty note as it is', () => {
    const sco = actor('sco', 'ШОС', { notes: '' });
    const scoLatin = actor('sco2', 'SCO', { notes: 'Создана в 2001 году.' });
    expect(planActorMerge([sco, scoLatin], [], 'sco2', 'sco', now).actor.notes).toBe('Создана в 2001 году.');
    expect(planActorMerge([sco, scoLatin], [], 'sco', 'sco2', now).actor).toMatchObject({
      name: 'SCO',
      aliases: ['ШОС'],
      notes: 'Создана в 2001 году.',
    });
  });

  it('refuses to merge an actor into itself or an unknown actor', () => {
    expect(() => planActorMerge(actors, annotations, 'knb', 'knb', now)).toThrow(
      'Cannot merge actor "knb" into itself.',
    );
    expect(() => planActorMerge(actors, annotations, 'nobody', 'knb', now)).toThrow(
      'Cannot merge: there is no actor with id "nobody".',
    );
    expect(() => planActorMerge(actors, annotations, 'knb', 'nobody', now)).toThrow(
      'Cannot merge: there is no actor with id "nobody".',
    );
  });

  it('refuses a merge whose result could not be saved', () => {
    const many = (prefix: string): string[] => Array.from({ length: 600 }, (_, i) => `${prefix} ${i}`);
    const a = actor('a', 'ШОС', { aliases: many('А') });
    const b = actor('b', 'SCO', { aliases: many('B') });
    expect(() => planActorMerge([a, b], [], 'b', 'a', now)).toThrow(
      'Cannot merge: "ШОС" would have 1201 aliases; the limit is 1000.',
    );
  });
});
