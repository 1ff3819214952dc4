import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { fixtureComparison, fixtureText } from './compare.fixture.ts';
import { indexComparison } from './comparison-index.ts';
import { unitVersions, type VersionContext } from './unit-versions.ts';

const tag = (id: string, kind: Tag['kind']): Tag =>
  ({ id, name: id, color: '#336699', parentId: null, kind }) as unknown as Tag;
const context: VersionContext = {
  tags: new Map([
    ['claim', tag('claim', 'statement')],
    ['proposal', tag('proposal', 'statement')],
  ]),
  actorName: (id) => `actor ${id}`,
  conceptName: (id) => `concept ${id}`,
  stanceLabel: (s) => `stance ${s}`,
  documentDate: '2024-05-06',
};
const index = indexComparison(fixtureText, fixtureComparison());
const rowsOf = (i: number) => unitVersions(index.units[i]!, index.members[i]!, context);

describe('unitVersions', () => {
  it('shows an agreement with nothing marked, and only the fields someone filled', () => {
    const rows = rowsOf(0);
    expect(rows.map((r) => r.field)).toEqual(['tag', 'quote', 'span', 'speaker', 'date', 'memo']);
    expect(rows.every((r) => !r.differs)).toBe(true);
    expect(rows.find((r) => r.field === 'speaker')?.values).toEqual(['actor x', 'actor x']);
    // A statement's date is its document's when it has none of its own.
    expect(rows.find((r) => r.field === 'date')?.values).toEqual(['2024-05-06', '2024-05-06']);
  });

  it('marks a different tag, and a different span with its quote', () => {
    expect(
      rowsOf(1)
        .filter((r) => r.differs)
        .map((r) => r.field),
    ).toEqual(['tag']);
    const boundary = rowsOf(2);
    expect(boundary.filter((r) => r.differs).map((r) => r.field)).toEqual(['quote', 'span', 'stance']);
    expect(boundary.find((r) => r.field === 'stance')?.values).toEqual([null, 'stance supports']);
  });

  it('gives nulls for the coder who has no annotation in the unit', () => {
    const rows = rowsOf(4);
    expect(rows.find((r) => r.field === 'tag')?.values).toEqual(['claim', null]);
    expect(rows.find((r) => r.field === 'tag')?.differs).toBe(true);
  });

  it('compares tags after mapping: a mapped tag that counts as the other coder’s is no difference', () => {
    const mapped = { ...index.units[1]!, labels: ['claim', 'claim'], class: 'agree' as const, differs: [] };
    const tagRow = unitVersions(mapped, index.members[1]!, context).find((r) => r.field === 'tag');
    expect(tagRow).toMatchObject({ values: ['claim', 'proposal'], differs: false });
  });

  it('leaves out the date of what is not a statement', () => {
    const plain = new Map([['claim', tag('claim', 'plain')]]);
    const rows = unitVersions(index.units[0]!, index.members[0]!, { ...context, tags: plain });
    expect(rows.some((r) => r.field === 'date')).toBe(false);
  });
});
