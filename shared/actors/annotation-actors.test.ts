import { describe, expect, it } from 'vitest';
import { actorIdsOf, involvesActor, isPartyToStatement, replaceActor } from './annotation-actors.ts';

const statement = { id: 's', actorId: 'knb', speakerId: 'tokayev', addresseeId: 'tokayev' };

describe('actorIdsOf', () => {
  it('lists the named actor, the speaker and the addressee, each once', () => {
    expect(actorIdsOf(statement)).toEqual(['knb', 'tokayev']);
    expect(actorIdsOf({ addresseeId: 'odkb' })).toEqual(['odkb']);
    expect(actorIdsOf({})).toEqual([]);
  });
});

describe('involvesActor and isPartyToStatement', () => {
  it('tell an actor named in a passage from one making or receiving the statement', () => {
    expect(involvesActor(statement, 'knb')).toBe(true);
    expect(isPartyToStatement(statement, 'knb')).toBe(false);
    expect(involvesActor(statement, 'tokayev')).toBe(true);
    expect(isPartyToStatement({ addresseeId: 'tokayev' }, 'tokayev')).toBe(true);
    expect(involvesActor(statement, 'odkb')).toBe(false);
  });
});

describe('replaceActor', () => {
  it('moves every role of one actor to another, leaving the original alone', () => {
    expect(replaceActor(statement, 'tokayev', 'president')).toEqual({
      id: 's',
      actorId: 'knb',
      speakerId: 'president',
      addresseeId: 'president',
    });
    expect(statement.speakerId).toBe('tokayev');
  });

  it('removes the fields when the actor goes', () => {
    const without = replaceActor(statement, 'tokayev', null);
    expect(without).toEqual({ id: 's', actorId: 'knb' });
    expect('speakerId' in without).toBe(false);
  });
});
