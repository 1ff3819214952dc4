import { describe, expect, it } from 'vitest';
import type { BundlePreview, PreviewCoder, PreviewRecord } from '../../../../shared/bundles/bundle-preview.ts';
import { defaultDecisions, isDefault, layerReplacements } from './bundle-decisions.ts';

const coder = (id: string, extra: Partial<PreviewCoder> = {}): PreviewCoder => ({
  coder: { id, name: `name of ${id}` },
  annotations: 3,
  links: 1,
  documents: 2,
  isMe: false,
  mineDiffers: null,
  defaultTarget: 'new',
  targets: [],
  ...extra,
});

const record = (theirId: string, choiceKey: string | null, defaultChoice: PreviewRecord['defaultChoice']) =>
  ({
    kind: 'tag',
    theirId,
    ourId: choiceKey ? theirId : null,
    name: theirId,
    ourName: null,
    status: choiceKey ? 'differs' : 'new',
    fields: choiceKey ? ['color'] : [],
    choiceKey,
    defaultChoice,
    shortcutProblem: null,
  }) satisfies PreviewRecord;

function preview(coders: PreviewCoder[], records: PreviewRecord[] = []): BundlePreview {
  return {
    previewId: 'preview-1',
    format: 'bundle',
    rejected: [],
    notes: [],
    origin: {
      project: { id: 'p', name: 'P' },
      exportedBy: { id: 'b', name: 'B' },
      created: '2026-12-02T02:00:00.000Z',
      appVersion: '1',
      formatVersion: 1,
    },
    coders,
    documents: [
      {
        theirId: 'd1',
        ourId: 'd1',
        title: 'here',
        status: 'same',
        matchedBy: 'id',
        annotations: {},
        reanchored: 0,
        orphaned: 0,
      },
      {
        theirId: 'd2',
        ourId: null,
        title: 'new',
        status: 'new',
        matchedBy: null,
        annotations: {},
        reanchored: 0,
        orphaned: 0,
      },
    ],
    records,
    sameRecords: { tags: 0, actors: 0, linkTypes: 0, concepts: 0 },
    links: { new: 0, same: 0, unplaced: [] },
    tagMappings: { new: 0, same: 0 },
    orphans: [],
    counts: {
      added: {
        documents: 1,
        annotations: 0,
        links: 0,
        coders: 0,
        tagMappings: 0,
        tags: 0,
        actors: 0,
        linkTypes: 0,
        concepts: 0,
      },
      replaced: { annotations: 0, links: 0 },
      orphans: 0,
      ignoredMine: 0,
    },
    curation: null,
    nothingNew: false,
  };
}

describe('the decisions of a bundle preview', () => {
  it('start from the defaults: each colleague where the core proposes, never me; each difference as proposed', () => {
    const p = preview(
      [coder('b', { defaultTarget: 'b' }), coder('c'), coder('me', { isMe: true, defaultTarget: 'new' })],
      [record('t1', 'tag:t1', 'ours'), record('t2', null, null)],
    );
    expect(defaultDecisions(p)).toEqual({
      coders: { b: 'b', c: 'new' },
      choices: { 'tag:t1': 'ours' },
      replaceLayers: false,
    });
  });

  it('know when the user changed a default', () => {
    const p = preview([coder('b')], [record('t1', 'tag:t1', 'ours')]);
    const d = defaultDecisions(p);
    expect(isDefault(p, d)).toBe(true);
    expect(isDefault(p, { ...d, choices: { 'tag:t1': 'theirs' } })).toBe(false);
    expect(isDefault(p, { ...d, coders: { b: 'x' } })).toBe(false);
  });

  it('say which layers of ours a mapping replaces, in the documents that are here', () => {
    const target = { coderId: 'b', name: 'Борис', annotations: 5, links: 2, replaces: true };
    const quiet = { coderId: 'x', name: 'Икс', annotations: 0, links: 0, replaces: false };
    const p = preview([coder('b', { defaultTarget: 'b', targets: [target, quiet] })]);
    expect(layerReplacements(p, { b: 'b' })).toEqual([
      { theirId: 'b', coderId: 'b', coderName: 'Борис', annotations: 5, links: 2, documents: 1 },
    ]);
    expect(layerReplacements(p, { b: 'new' })).toEqual([]);
    expect(layerReplacements(p, { b: 'x' })).toEqual([]);
  });
});
