import { describe, expect, it } from 'vitest';
import { CodebookSchema, defaultCodebook } from '../model/codebook.ts';
import { codebookProblem } from './codebook-problem.ts';
import { isReservedKey } from './shortcuts.ts';
import { tagPathLabel, tagsInTreeOrder } from './tag-tree.ts';

/** Hue in degrees (0–360) of a #rrggbb colour. */
function hue(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('defaultCodebook', () => {
  const { tags } = defaultCodebook();

  it('keeps the three original tags exactly', () => {
    expect(tags.filter((t) => t.parent === null).slice(0, 3)).toEqual([
      {
        id: 'claim',
        name: 'Claim',
        parent: null,
        color: '#e8a33d',
        description: 'A statement about the world: a threat assessment, a cause, a number, a judgement.',
        shortcut: '1',
        kind: 'statement',
      },
      {
        id: 'proposal',
        name: 'Proposal',
        parent: null,
        color: '#3d8be8',
        description: 'A call for action: adopt, expand, create, prohibit, cooperate.',
        shortcut: '2',
        kind: 'statement',
      },
      {
        id: 'actor-mention',
        name: 'Actor mention',
        parent: null,
        color: '#4caf6e',
        description: 'A person, agency, state or alliance named in the text.',
        shortcut: '3',
        kind: 'actor-mention',
      },
    ]);
  });

  it('passes the schema and the codebook checks', () => {
    expect(CodebookSchema.safeParse({ tags }).success).toBe(true);
    expect(codebookProblem(tags)).toBeNull();
  });

  it('is stored in tree order', () => {
    expect(tagsInTreeOrder(tags).map((r) => `${'  '.repeat(r.depth)}${r.tag.id}`)).toEqual([
      'claim',
      '  claim-threat-assessment',
      '  claim-causal',
      '  claim-normative',
      '  claim-factual',
      '  claim-attribution',
      'proposal',
      '  proposal-cooperation',
      '  proposal-legal-measure',
      '  proposal-security-measure',
      '  proposal-prevention',
      '  proposal-information',
      'actor-mention',
      'threat-type',
      '  threat-terrorism',
      '  threat-extremism',
      '  threat-separatism',
      '  threat-online-radicalisation',
      '  threat-hybrid',
      '  threat-drug-trafficking',
      'source-attribution',
    ]);
    expect(tags.map((t) => t.id)).toEqual(tagsInTreeOrder(tags).map((r) => r.tag.id));
  });

  it('names sub-tags readably', () => {
    expect(tagPathLabel(tags, 'proposal-cooperation')).toBe('Proposal › Cooperation');
    expect(tagPathLabel(tags, 'threat-online-radicalisation')).toBe('Threat type › Online radicalisation');
    expect(tagPathLabel(tags, 'source-attribution')).toBe('Source / attribution');
  });

  it('gives sub-tags the kind of their parent', () => {
    for (const tag of tags) {
      const parent = tags.find((t) => t.id === tag.parent);
      if (parent) expect([tag.id, tag.kind]).toEqual([tag.id, parent.kind]);
    }
    expect(tags.find((t) => t.id === 'threat-type')?.kind).toBe('plain');
    expect(tags.find((t) => t.id === 'source-attribution')?.kind).toBe('plain');
  });

  it('uses distinct colours, sub-tags in a shade of their parent', () => {
    expect(new Set(tags.map((t) => t.color.toLowerCase())).size).toBe(tags.length);
    for (const tag of tags) {
      const parent = tags.find((t) => t.id === tag.parent);
      if (!parent) continue;
      const diff = Math.abs(hue(tag.color) - hue(parent.color));
      expect([tag.id, Math.min(diff, 360 - diff) < 6]).toEqual([tag.id, true]);
    }
  });

  it('puts shortcuts on a few tags only, digits, none on a command key', () => {
    const shortcuts = tags.filter((t) => t.shortcut !== null).map((t) => `${t.shortcut} ${t.id}`);
    expect(shortcuts).toEqual([
      '1 claim',
      '4 claim-threat-assessment',
      '5 claim-causal',
      '2 proposal',
      '6 proposal-cooperation',
      '7 proposal-security-measure',
      '8 proposal-prevention',
      '3 actor-mention',
    ]);
    expect(tags.some((t) => t.shortcut !== null && isReservedKey(t.shortcut))).toBe(false);
  });

  it('describes every tag in one sentence', () => {
    for (const tag of tags) {
      expect(tag.description.length).toBeGreaterThan(30);
      expect(tag.description.trim().endsWith('.')).toBe(true);
    }
    expect(tags.find((t) => t.id === 'source-attribution')?.description).toContain('«передаёт Aqnews.kz»');
  });

  it('returns a fresh copy each time', () => {
    const a = defaultCodebook();
    a.tags[0]!.name = 'Changed';
    expect(defaultCodebook().tags[0]!.name).toBe('Claim');
  });
});
