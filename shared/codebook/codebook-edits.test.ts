import { describe, expect, it } from 'vitest';
import { defaultCodebook, type Tag } from '../model/codebook.ts';
import { CodebookError } from './codebook-error.ts';
import { addTag, planDelete, planMerge, updateTag } from './codebook-edits.ts';

const base = defaultCodebook().tags;
const frozen = (): readonly Tag[] => Object.freeze(base.map((t) => Object.freeze({ ...t })));

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodebookError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a CodebookError');
}

describe('addTag', () => {
  it('appends a sub-tag with its parent’s kind and defaults', () => {
    const tags = frozen();
    const next = addTag(tags, { id: 'proposal-sanctions', name: ' Sanctions ', parent: 'proposal', color: '#5a9be0' });
    expect(next.length).toBe(tags.length + 1);
    expect(next.at(-1)).toEqual({
      id: 'proposal-sanctions',
      name: 'Sanctions',
      parent: 'proposal',
      color: '#5a9be0',
      description: '',
      shortcut: null,
      kind: 'statement',
    });
    expect(tags.length).toBe(base.length);
  });
  it('makes top-level tags plain unless told otherwise', () => {
    const next = addTag(frozen(), { id: 'region', name: 'Region', parent: null, color: '#aa3377', shortcut: 'x' });
    expect(next.at(-1)).toMatchObject({ kind: 'plain', shortcut: 'x' });
    const actor = addTag(frozen(), { id: 'x', name: 'X', parent: null, color: '#aa3377', kind: 'actor-mention' });
    expect(actor.at(-1)?.kind).toBe('actor-mention');
  });
  it('refuses a taken id, a missing parent, a twin name or a bad shortcut', () => {
    const tags = frozen();
    expect(errorOf(() => addTag(tags, { id: 'claim', name: 'New', parent: null, color: '#000000' }))).toEqual({
      code: 'conflict',
      message: 'There is already a tag with the id “claim”.',
    });
    expect(errorOf(() => addTag(tags, { id: 'n1', name: 'New', parent: 'ghost', color: '#000000' }))).toEqual({
      code: 'not-found',
      message: 'There is no parent tag with the id “ghost”.',
    });
    expect(
      errorOf(() => addTag(tags, { id: 'n1', name: 'cooperation', parent: 'proposal', color: '#000000' })),
    ).toEqual({
      code: 'conflict',
      message: 'There is already a tag named “Cooperation” under “Proposal”.',
    });
    expect(errorOf(() => addTag(tags, { id: 'n1', name: 'CLAIM', parent: null, color: '#000000' })).message).toBe(
      'There is already a tag named “Claim” at the top level.',
    );
    expect(
      errorOf(() => addTag(tags, { id: 'n1', name: 'N', parent: null, color: '#000000', shortcut: 's' })).message,
    ).toBe('“s” is the key for setting the speaker.');
    expect(
      errorOf(() => addTag(tags, { id: 'n1', name: 'N', parent: null, color: '#000000', shortcut: '4' })).message,
    ).toBe('“4” is already the shortcut of Claim › Threat assessment.');
  });
  it('reports malformed fields by name', () => {
    const tags = frozen();
    expect(errorOf(() => addTag(tags, { id: 'n1', name: '  ', parent: null, color: '#000000' })).message).toBe(
      'A tag needs a name.',
    );
    expect(errorOf(() => addTag(tags, { id: 'n1', name: 'N', parent: null, color: 'red' })).message).toBe(
      'Colour: must be a colour like #1f77b4.',
    );
    expect(errorOf(() => addTag(tags, { id: '../x', name: 'N', parent: null, color: '#000000' })).message).toBe(
      'Id: must be 1–64 letters, digits, "-" or "_".',
    );
    expect(errorOf(() => addTag(tags, { id: 'n1', name: 'N'.repeat(201), parent: null, color: '#000000' }))).toEqual({
      code: 'too-large',
      message: 'Name is too long: at most 200 characters.',
    });
  });
});

describe('updateTag', () => {
  it('changes only the given fields and returns a new list', () => {
    const tags = frozen();
    const next = updateTag(tags, 'threat-hybrid', { name: 'Hybrid warfare', color: '#bb9dea', shortcut: 'h' });
    expect(next.find((t) => t.id === 'threat-hybrid')).toEqual({
      ...base.find((t) => t.id === 'threat-hybrid'),
      name: 'Hybrid warfare',
      color: '#bb9dea',
      shortcut: 'h',
    });
    expect(next.map((t) => t.id)).toEqual(base.map((t) => t.id));
    expect(next[0]).toBe(tags[0]);
  });
  it('ignores fields outside the editable ones', () => {
    const next = updateTag(frozen(), 'claim', { name: 'Claims', id: 'other' } as never);
    expect(next[0]).toMatchObject({ id: 'claim', name: 'Claims' });
  });
  it('moves a tag, keeping its own kind', () => {
    const next = updateTag(frozen(), 'threat-drug-trafficking', { parent: 'claim' });
    expect(next.find((t) => t.id === 'threat-drug-trafficking')).toMatchObject({ parent: 'claim', kind: 'plain' });
    expect(updateTag(frozen(), 'claim-causal', { parent: null }).find((t) => t.id === 'claim-causal')?.parent).toBe(
      null,
    );
  });
  it('clears and keeps shortcuts', () => {
    expect(updateTag(frozen(), 'claim', { shortcut: null })[0]?.shortcut).toBeNull();
    expect(updateTag(frozen(), 'claim', { description: 'x' })[0]?.shortcut).toBe('1');
  });
  it('refuses unknown tags, moves under its own sub-tag, twin names and taken keys', () => {
    const tags = frozen();
    expect(errorOf(() => updateTag(tags, 'ghost', { name: 'X' }))).toEqual({
      code: 'not-found',
      message: 'There is no tag with the id “ghost”.',
    });
    expect(errorOf(() => updateTag(tags, 'proposal', { parent: 'proposal-prevention' }))).toEqual({
      code: 'invalid-input',
      message: '“Proposal” cannot be moved under its own sub-tag “Proposal › Prevention”.',
    });
    expect(errorOf(() => updateTag(tags, 'proposal', { parent: 'ghost' })).code).toBe('not-found');
    expect(errorOf(() => updateTag(tags, 'claim-causal', { name: 'normative' })).message).toBe(
      'There is already a tag named “Normative” under “Claim”.',
    );
    expect(errorOf(() => updateTag(tags, 'threat-hybrid', { parent: 'claim', name: 'Causal' })).message).toBe(
      'There is already a tag named “Causal” under “Claim”.',
    );
    expect(errorOf(() => updateTag(tags, 'threat-hybrid', { shortcut: '2' })).message).toBe(
      '“2” is already the shortcut of Proposal.',
    );
    expect(errorOf(() => updateTag(tags, 'threat-hybrid', { shortcut: 'm' })).message).toBe(
      '“m” is the key for editing the memo.',
    );
  });
});

describe('planMerge', () => {
  it('removes the tag, moves its sub-tags and retags its annotations', () => {
    const tags = frozen();
    const plan = planMerge(tags, 'claim', 'proposal');
    expect(plan.retag).toEqual(new Map([['claim', 'proposal']]));
    expect(plan.tags.some((t) => t.id === 'claim')).toBe(false);
    expect(plan.tags.filter((t) => t.parent === 'proposal').map((t) => t.id)).toEqual([
      'claim-threat-assessment',
      'claim-causal',
      'claim-normative',
      'claim-factual',
      'claim-attribution',
      'proposal-cooperation',
      'proposal-legal-measure',
      'proposal-security-measure',
      'proposal-prevention',
      'proposal-information',
    ]);
    expect(tags.length).toBe(base.length);
  });
  it('merges a sub-tag into its parent or a sibling', () => {
    expect(planMerge(frozen(), 'threat-hybrid', 'threat-type').tags.length).toBe(base.length - 1);
    const plan = planMerge(frozen(), 'claim-normative', 'claim-causal');
    expect(plan.retag.get('claim-normative')).toBe('claim-causal');
  });
  it('keeps grandchildren under their own parent', () => {
    const tags = addTag(frozen(), { id: 'isis', name: 'ISIS', parent: 'threat-terrorism', color: '#3d1f71' });
    const plan = planMerge(tags, 'threat-type', 'claim');
    expect(plan.tags.find((t) => t.id === 'threat-terrorism')?.parent).toBe('claim');
    expect(plan.tags.find((t) => t.id === 'isis')?.parent).toBe('threat-terrorism');
  });
  it('refuses merging into itself, its own sub-tag, unknown tags, and twin sub-tag names', () => {
    const tags = frozen();
    expect(errorOf(() => planMerge(tags, 'claim', 'claim')).message).toBe('“Claim” cannot be merged into itself.');
    expect(errorOf(() => planMerge(tags, 'claim', 'claim-causal'))).toEqual({
      code: 'invalid-input',
      message: '“Claim” cannot be merged into its own sub-tag “Claim › Causal”.',
    });
    expect(errorOf(() => planMerge(tags, 'ghost', 'claim')).message).toBe(
      'There is no tag with the id “ghost” to merge.',
    );
    expect(errorOf(() => planMerge(tags, 'claim', 'ghost')).message).toBe(
      'There is no tag with the id “ghost” to merge into.',
    );
    const twins = addTag(tags, { id: 'p-causal', name: 'Causal', parent: 'proposal', color: '#3d8be9' });
    expect(errorOf(() => planMerge(twins, 'claim', 'proposal'))).toEqual({
      code: 'conflict',
      message:
        '“Proposal” already has a sub-tag named “Causal”, and so has “Claim”. Rename or merge one of them first.',
    });
  });
});

describe('planDelete', () => {
  it('deletes a tag with its sub-tags and moves their annotations', () => {
    const tags = frozen();
    const plan = planDelete(tags, 'threat-type', { moveTo: 'claim' });
    expect(plan.tags.length).toBe(base.length - 7);
    expect(plan.removedTagIds).toEqual([
      'threat-type',
      'threat-terrorism',
      'threat-extremism',
      'threat-separatism',
      'threat-online-radicalisation',
      'threat-hybrid',
      'threat-drug-trafficking',
    ]);
    expect([...plan.retag.values()]).toEqual(Array(7).fill('claim'));
    expect(plan.retag.get('threat-hybrid')).toBe('claim');
    expect(plan.deleteTagIds.size).toBe(0);
    expect(tags.length).toBe(base.length);
  });
  it('deletes the annotations when asked to', () => {
    const plan = planDelete(frozen(), 'claim-causal', 'delete-annotations');
    expect(plan.deleteTagIds).toEqual(new Set(['claim-causal']));
    expect(plan.retag.size).toBe(0);
    expect(plan.tags.some((t) => t.id === 'claim-causal')).toBe(false);
  });
  it('refuses moving annotations to a tag that is deleted too', () => {
    const tags = frozen();
    expect(errorOf(() => planDelete(tags, 'threat-type', { moveTo: 'threat-type' }))).toEqual({
      code: 'invalid-input',
      message: 'Annotations cannot be moved to “Threat type”: it is the tag being deleted.',
    });
    expect(errorOf(() => planDelete(tags, 'threat-type', { moveTo: 'threat-hybrid' })).message).toBe(
      'Annotations cannot be moved to “Hybrid threat”: it is a sub-tag of “Threat type” and is deleted with it.',
    );
  });
  it('refuses unknown ids', () => {
    expect(errorOf(() => planDelete(frozen(), 'ghost', 'delete-annotations'))).toEqual({
      code: 'not-found',
      message: 'There is no tag with the id “ghost” to delete.',
    });
    expect(errorOf(() => planDelete(frozen(), 'claim', { moveTo: 'ghost' })).message).toBe(
      'There is no tag with the id “ghost” to move annotations to.',
    );
  });
});
