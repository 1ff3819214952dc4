import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import { translator } from '../i18n/i18n.ts';
import { wordMessage } from '../i18n/word.ts';
import { defaultCodebook, type Tag } from '../model/codebook.ts';
import { codebookProblem } from './codebook-problem.ts';
import { mergeCodebooks } from './merge-codebooks.ts';

function tag(id: string, parent: string | null, extra: Partial<Tag> = {}): Tag {
  return { id, name: id, parent, color: '#123456', description: '', shortcut: null, kind: 'plain', ...extra };
}

const base = (): Tag[] => defaultCodebook().tags;

describe('mergeCodebooks', () => {
  it('changes nothing when a codebook is merged with itself', () => {
    const merged = mergeCodebooks(base(), base());
    expect(merged).toEqual({ tags: base(), added: 0, updated: 0, shortcutConflicts: [] });
  });

  it('matches by id: takes colour, description and kind, keeps name and place', () => {
    const current = base();
    const incoming = [
      tag('threat-hybrid', null, {
        name: 'Гибридные угрозы',
        color: '#ff0000',
        description: 'Новое описание.',
        kind: 'statement',
      }),
    ];
    const merged = mergeCodebooks(current, incoming);
    expect(merged.added).toBe(0);
    expect(merged.updated).toBe(1);
    expect(merged.tags.find((t) => t.id === 'threat-hybrid')).toEqual({
      id: 'threat-hybrid',
      name: 'Hybrid threat',
      parent: 'threat-type',
      color: '#ff0000',
      description: 'Новое описание.',
      shortcut: null,
      kind: 'statement',
    });
    expect(current).toEqual(base());
  });

  it('matches by name under the matched parent, ignoring case', () => {
    const incoming = [
      tag('x-threats', null, { name: 'THREAT TYPE', color: '#8e5bd7' }),
      tag('x-terror', 'x-threats', { name: 'terrorism', description: 'Shared definition.' }),
      tag('x-cyber', 'x-threats', { name: 'Cyber attacks', color: '#9966cc' }),
      tag('x-apt', 'x-cyber', { name: 'APT groups' }),
    ];
    const merged = mergeCodebooks(base(), incoming);
    expect([merged.added, merged.updated]).toEqual([2, 2]);
    expect(merged.tags.find((t) => t.id === 'threat-terrorism')).toMatchObject({
      name: 'Terrorism',
      description: 'Shared definition.',
    });
    expect(merged.tags.slice(-2)).toEqual([
      tag('x-cyber', 'threat-type', { name: 'Cyber attacks', color: '#9966cc' }),
      tag('x-apt', 'x-cyber', { name: 'APT groups' }),
    ]);
    expect(merged.tags.some((t) => t.id === 'x-threats' || t.id === 'x-terror')).toBe(false);
    expect(codebookProblem(merged.tags)).toBeNull();
  });

  it('does not match a name under another parent', () => {
    // "Terrorism" exists under Threat type; under Proposal (matched by id) it is a new sub-tag.
    const merged = mergeCodebooks(base(), [tag('t2', 'proposal', { name: 'Terrorism', kind: 'statement' })]);
    expect([merged.added, merged.updated]).toEqual([1, 0]);
    expect(merged.tags.at(-1)).toMatchObject({ id: 't2', parent: 'proposal', name: 'Terrorism' });
    // Under a new top-level tag, too.
    const other = mergeCodebooks(base(), [tag('p', null, { name: 'Other' }), tag('t3', 'p', { name: 'Terrorism' })]);
    expect(other.added).toBe(2);
    expect(other.tags.at(-1)).toMatchObject({ id: 't3', parent: 'p', name: 'Terrorism' });
  });

  it('adds tags whose parent is an incoming tag that was matched', () => {
    const incoming = [tag('my-claim', null, { name: 'claim', kind: 'statement' }), tag('cl-new', 'my-claim')];
    const merged = mergeCodebooks(base(), incoming);
    expect(merged.tags.at(-1)).toMatchObject({ id: 'cl-new', parent: 'claim' });
  });

  it('never removes current tags', () => {
    const merged = mergeCodebooks(base(), [tag('only', null)]);
    expect(merged.tags.map((t) => t.id)).toEqual([...base().map((t) => t.id), 'only']);
  });

  it('gives a fresh id when the incoming id clashes, ignoring case', () => {
    const current = [tag('Sanctions', null, { name: 'Sanctions' }), tag('sanctions-2', null, { name: 'Other' })];
    const merged = mergeCodebooks(current, [tag('sanctions', null, { name: 'Санкции' })]);
    expect(merged.tags.at(-1)).toMatchObject({ id: 'sanctions-3', name: 'Санкции' });
    const long = 'a'.repeat(64);
    const again = mergeCodebooks([tag(long.toUpperCase(), null, { name: 'Long' })], [tag(long, null, { name: 'New' })]);
    expect(again.tags.at(-1)?.id).toBe(`${'a'.repeat(62)}-2`);
    expect(again.tags.at(-1)?.id.length).toBe(64);
  });

  it('renames a new tag whose name a sibling already has', () => {
    // Incoming "b" claims current "a" by id, so its name twin "a" cannot match it again.
    const current = [tag('a', null, { name: 'Sanctions' })];
    const merged = mergeCodebooks(current, [tag('a', null, { name: 'Other' }), tag('b', null, { name: 'sanctions' })]);
    expect(merged.tags.map((t) => t.name)).toEqual(['Sanctions', 'sanctions (2)']);
  });

  it('takes free incoming shortcuts', () => {
    const merged = mergeCodebooks(base(), [
      tag('threat-terrorism', null, { shortcut: 'x', color: '#3d1f70' }),
      tag('new', null, { shortcut: '9' }),
    ]);
    expect(merged.tags.find((t) => t.id === 'threat-terrorism')?.shortcut).toBe('x');
    expect(merged.tags.at(-1)?.shortcut).toBe('9');
    expect(merged.shortcutConflicts).toEqual([]);
    expect([merged.added, merged.updated]).toEqual([1, 1]);
  });

  it('keeps a current shortcut when the incoming tag has none', () => {
    const merged = mergeCodebooks(base(), [tag('claim', null, { color: '#e8a33d', kind: 'statement' })]);
    expect(merged.tags[0]?.shortcut).toBe('1');
  });

  it('drops shortcuts that are reserved or taken, and says why', () => {
    const merged = mergeCodebooks(base(), [
      tag('threat-terrorism', null, { shortcut: 's' }),
      tag('new-a', null, { name: 'Sanctions', shortcut: '2' }),
      tag('new-b', 'new-a', { name: 'Targeted', shortcut: 'a' }),
      tag('proposal', null, { shortcut: '4', kind: 'statement', color: '#3d8be8' }),
    ]);
    // Handled parents first, in the incoming order.
    expect(merged.shortcutConflicts.map(inEnglish)).toEqual([
      'The shortcut “s” of Threat type › Terrorism was not imported: “s” is the key for setting the speaker.',
      'The shortcut “2” of Sanctions was not imported: “2” is already the shortcut of Proposal.',
      'The shortcut “a” of Sanctions › Targeted was not imported: “a” is the key for tagging a mention of an actor.',
      'The shortcut “4” of Proposal was not imported: “4” is already the shortcut of Claim › Threat assessment.',
    ]);
    // Each clash is a message, worded in the user's language where it is shown.
    expect(wordMessage(translator('ru'), merged.shortcutConflicts[1])).toMatch(
      /^Клавиша «2» тега Sanctions не импортирована: /,
    );
    expect(merged.tags.find((t) => t.id === 'proposal')?.shortcut).toBe('2');
    expect(merged.tags.find((t) => t.id === 'threat-terrorism')?.shortcut).toBeNull();
    expect(merged.tags.slice(-2).map((t) => t.shortcut)).toEqual([null, null]);
    expect(codebookProblem(merged.tags)).toBeNull();
  });

  it('merges thousands of tags quickly', () => {
    const current = Array.from({ length: 5_000 }, (_, i) => tag(`c${i}`, i < 50 ? null : `c${i % 50}`));
    const incoming = Array.from({ length: 5_000 }, (_, i) =>
      tag(`i${i}`, i < 50 ? null : `i${i % 50}`, { name: i % 2 ? `c${i}` : `new${i}` }),
    );
    const started = Date.now();
    const merged = mergeCodebooks(current, incoming);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(merged.tags.length).toBe(current.length + merged.added);
    expect(codebookProblem(merged.tags)).toBeNull();
  });
});
