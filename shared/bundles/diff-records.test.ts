import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { Tag } from '../model/codebook.ts';
import { diffRecords, type RecordSets } from './diff-records.ts';

const tag = (id: string, name: string, extra: Partial<Tag> = {}): Tag => ({
  id,
  name,
  parent: null,
  color: '#111111',
  description: '',
  shortcut: null,
  kind: 'plain',
  ...extra,
});
const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name,
  type: 'organization',
  aliases: [],
  affiliations: [],
  notes: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  ...extra,
});
const sets = (parts: Partial<RecordSets>): RecordSets => ({
  tags: [],
  actors: [],
  linkTypes: [],
  concepts: [],
  ...parts,
});
let n = 0;
const fresh = () => `fresh-${++n}`;

describe('diffRecords', () => {
  const ours = sets({
    tags: [tag('claim', 'Claim', { shortcut: '1' }), tag('threat', 'Threat'), tag('mine', 'Mine')],
    actors: [actor('sco', 'ШОС'), actor('kz', 'Казахстан')],
  });
  const theirs = sets({
    tags: [
      tag('claim', 'Claim', { color: '#222222', shortcut: '1' }),
      tag('threat-2', 'threat'),
      tag('sub', 'Sub', { parent: 'threat-2', shortcut: '1' }),
    ],
    actors: [
      actor('sco', 'SCO', { affiliations: [{ organizationId: 'kz2', role: 'member', from: null, to: null }] }),
      actor('kz2', 'Казахстан'),
    ],
  });

  it('by default: the same is the same, differences keep ours, a same name maps onto ours, new ones are added', () => {
    const plan = diffRecords(ours, theirs, {}, fresh);
    expect(plan.previews.map((p) => [p.choiceKey ?? p.theirId, p.status, p.fields])).toEqual([
      ['tag:claim', 'differs', ['color']],
      ['tag:threat-2', 'same-name', ['name']],
      ['sub', 'new', []],
      ['actor:sco', 'differs', ['name', 'affiliations']],
      ['actor:kz2', 'same-name', []],
    ]);
    expect(plan.maps.tag.get('threat-2')).toBe('threat');
    expect(plan.maps.actor.get('kz2')).toBe('kz');
    // The new sub-tag hangs under our tag of that name, without the shortcut ours holds.
    const sub = plan.tags?.find((t) => t.id === 'sub');
    expect(sub).toMatchObject({ parent: 'threat', shortcut: null });
    expect(plan.previews.find((p) => p.theirId === 'sub')?.shortcutProblem).toMatchObject({
      key: 'errors:shortcutTaken',
    });
    expect(plan.tags?.find((t) => t.id === 'claim')?.color).toBe('#111111');
    expect(plan.actors).toEqual([]);
    expect(plan.added).toEqual({ tags: 1, actors: 0, linkTypes: 0, concepts: 0 });
  });

  it('theirs puts their fields on our record; both adds theirs under a fresh id and a free name', () => {
    const plan = diffRecords(
      ours,
      theirs,
      { 'tag:claim': 'theirs', 'actor:sco': 'both', 'tag:threat-2': 'both' },
      fresh,
    );
    expect(plan.tags?.find((t) => t.id === 'claim')).toMatchObject({ color: '#222222', shortcut: '1', name: 'Claim' });
    expect(plan.updated).toBe(1);
    const kept = plan.actors.find((a) => a.name === 'SCO');
    expect(kept?.id).toMatch(/^fresh-/);
    expect(plan.maps.actor.get('sco')).toBe(kept?.id);
    // Its affiliation names their Kazakhstan, which is our kz.
    expect(kept?.affiliations[0]?.organizationId).toBe('kz');
    // A same-name tag kept both: under its own id (free here), renamed beside ours.
    const both = plan.tags?.find((t) => t.id === 'threat-2');
    expect(both?.name).toBe('threat (2)');
    expect(plan.tags?.find((t) => t.id === 'sub')?.parent).toBe('threat-2');
  });

  it('the same records again: nothing to decide, nothing to put', () => {
    const plan = diffRecords(ours, ours, {}, fresh);
    expect(plan.previews).toEqual([]);
    expect(plan.same).toEqual({ tags: 3, actors: 2, linkTypes: 0, concepts: 0 });
    expect(plan.tags).toBeNull();
    expect(plan.actors).toEqual([]);
  });

  it('a parent taken over that would put a tag under itself keeps ours', () => {
    const here = sets({ tags: [tag('a', 'A'), tag('b', 'B', { parent: 'a' })] });
    const there = sets({ tags: [tag('b', 'B'), tag('a', 'A', { parent: 'b' })] });
    const plan = diffRecords(here, there, { 'tag:a': 'theirs', 'tag:b': 'ours' }, fresh);
    expect(plan.tags?.find((t) => t.id === 'a')?.parent).toBeNull();
  });
});
