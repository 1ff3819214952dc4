import { describe, expect, it } from 'vitest';
import { commitMessage, readCommitMessage, readConflictTrailers } from './sync-commit-message.ts';

describe('sync commit messages', () => {
  it('carry the kind, the coder and the conflicts a merge kept ours for, and read back', () => {
    const told = [{ path: 'actors.json', kind: 'actors', id: 'a-1', at: ['actors'], coderId: 'anna' }];
    const text = commitMessage('merge', 'boris', 1, told);
    expect(text.split('\n')[0]).toBe('Glossator: merge the shared project');
    expect(readCommitMessage(text)).toEqual({ kind: 'merge', coderId: 'boris' });
    expect(readConflictTrailers(text)).toEqual(told);
    expect(commitMessage('changes', 'anna', 1).split('\n')[0]).toBe('Glossator: 1 changed file');
    expect(commitMessage('changes', 'anna', 3).split('\n')[0]).toBe('Glossator: 3 changed files');
  });

  it('skip conflict lines that are not ours: a message is a colleague’s untrusted text', () => {
    const text = [
      'hand-written commit',
      '',
      'Glossator-Conflict: {not json',
      'Glossator-Conflict: {"path":"actors.json","kind":"actors","id":"a","at":"actors","coderId":"anna"}',
      `Glossator-Conflict: {"path":"${'x'.repeat(2_000)}","kind":"actors","id":"a","at":[],"coderId":"anna"}`,
      'Glossator-Conflict: {"path":"concepts.json","kind":"concepts","id":"c","at":["concepts"],"coderId":"vera"}',
    ].join('\n');
    expect(readConflictTrailers(text)).toEqual([
      { path: 'concepts.json', kind: 'concepts', id: 'c', at: ['concepts'], coderId: 'vera' },
    ]);
    expect(readCommitMessage(text)).toEqual({ kind: null, coderId: null });
  });
});
